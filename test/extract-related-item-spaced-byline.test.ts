import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A consult app's share page lists more doctors' answers, each a link holding its question, a snippet cut short and, on its last
 * line, the answering doctor called by name with a space before the calling (`任华秀 医生`): that line is the item's byline, none
 * of its snippet. A role before the calling (`家庭 医生`) names no one, and a calling not set apart is no such line: they stay.
 * What the blind split fresh-80 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-consult.cn/share/consult/100' })));
const ANSWER = ['宝宝湿疹需要结合具体情况来看，一般有以下几种情况：', '1.保持皮肤清洁湿润，每天涂抹保湿霜。', '2.如果症状持续不缓解，应尽快到皮肤科就诊。'];
const ITEMS = [
  ['宝宝脸上起红疹怎么办', '宝宝脸上起红疹可能是以下原因引起：（1）湿疹，平时…'],
  ['婴儿湿疹反复发作怎么办', '婴儿湿疹反复发作的处理要根据病情轻重来决定：（1）…'],
  ['宝宝湿疹可以洗澡吗', '宝宝湿疹可以洗澡，需要注意水温不宜过高，洗澡后及时…'],
] as const;
const page = (byline: (i: number) => string) => `<html><head><title>宝宝湿疹怎么护理 - 某某医生</title></head><body>
<div class="sum"><span>问诊摘要</span><h1>宝宝湿疹怎么护理</h1></div>
<div class="doc"><img src="/d.png"><div><p>王芳 <span>主治医师</span> <i>认证</i></p><p>江州市儿童医院 · 儿科</p></div></div>
<div class="chat">${ANSWER.map((p) => `<div class="msg"><div class="bubble"><p>${p}</p></div></div>`).join('')}</div>
<div class="more"><h3>更多医生回答</h3>${ITEMS.map(([q, s], i) => `<a class="it" href="/share/consult/${200 + i}"><p class="q">${q}</p><p class="a">${s}</p><p class="m">${byline(i)}</p></a>`).join('\n')}</div>
</body></html>`;

describe('a related item’s doctor called by name on its last line', () => {
  it('`name 医生` under the snippet is the item’s byline: the snippet is the text above it alone', () => {
    const names = ['任华秀', '余颖明', '许桂国'];
    const [own, ...items] = read(page((i) => `${names[i]} 医生`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((e) => [e.question, e.answer_paragraphs])).toEqual(ITEMS.map(([q, s]) => [q, [s]]));
  });

  it('a role before the calling, or the calling not set apart, is no byline: it stays the snippet’s', () => {
    const lines = ['家庭 医生', '值班 医生', '找医生'];
    const [, ...items] = read(page((i) => lines[i]!));
    expect(items.map((e) => e.answer_paragraphs.at(-1))).toEqual(lines);
  });
});
