import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A Q&A page whose answer's own stamp reads `回答 由 {doctor} 于 {day}`: the answer's day, no BBS line naming a post answered. */

describe('an answer’s own stamp `回答 由 … 于 …`', () => {
  it('dates the answer', () => {
    const entry = entriesOf(
      extractOrThrow(
        pageRecord(
          `<html lang="zh-CN"><head><meta charset="utf-8"><title>孩子湿疹反复怎么办 - 健康 - 北美华人健康网</title></head><body>` +
            `<div><h1>孩子湿疹反复怎么办</h1><p>提问时间：2022-03-01</p><p><strong>问：</strong>孩子湿疹反复怎么办？</p>` +
            `<p>回答 由 陈思远医生 于 2022-03-04 14:20</p>` +
            `<div><p>孩子反复湿疹，首先要做好皮肤保湿，每天洗澡后三分钟内全身涂抹无香料的润肤霜。</p><p>急性发作时可以在医生指导下短期外用弱效激素药膏。</p><p>同时注意衣物选择纯棉材质，室温不要过高。</p></div>` +
            `</div></body></html>`,
          { url: 'saved-page.html' },
        ),
      ),
    ).find((e) => e.origin === 'page')!;
    expect(entry.date).toBe('2022-03-04');
  });
});
