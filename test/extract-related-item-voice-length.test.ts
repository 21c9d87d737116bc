import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A voice-answer app's share page lists related questions, each a link holding its question over the answer's length in seconds
 * and how many listened (`44″ 7828人听过`): that line is the item's meta (a voice answer's), none of a snippet; the item is link-only.
 * A clock's length (`02:17`) or a line of words stays as it was read. What the blind split fresh-102 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-voice.cn/share/question/100' })));
const ANSWER = ['宝宝湿疹需要结合具体情况来看，一般有以下几种情况：', '1.保持皮肤清洁湿润，每天涂抹保湿霜。', '2.如果症状持续不缓解，应尽快到皮肤科就诊。'];
const QUESTIONS = ['宝宝脸上起红疹怎么办', '婴儿湿疹反复发作怎么办', '宝宝湿疹可以洗澡吗'] as const;
const page = (meta: (i: number) => string) => `<html><head><title>宝宝湿疹怎么护理 - 某某知道</title></head><body>
<h1>宝宝湿疹怎么护理</h1>
<div class="doc"><p>王芳</p><p>主治医师 | 儿科</p><p>江州市儿童医院</p></div>
<div class="voice"><audio src="https://media.example-voice.cn/a.mp3"></audio><span>限时免费听</span><span>45″</span></div>
<div class="text"><p>文字版：</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="more"><h3>相关问题</h3>${QUESTIONS.map((q, i) => `<a class="it" href="/share/question/${200 + i}"><p>${q}</p>${meta(i)}</a>`).join('\n')}</div>
</body></html>`;

describe('a related item’s voice length and listeners under its question', () => {
  it('`44″ 7828人听过` is the item’s meta: the item is link-only', () => {
    const lines = ['<span>44″</span> <span>7828人听过</span>', '<span>1′20″</span> <span>174人听过</span>', '<span>38″</span>'];
    const [own, ...items] = read(page((i) => lines[i]!));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items).toEqual([]);
    expect(own!.related_urls).toEqual([200, 201, 202].map((n) => `https://m.example-voice.cn/share/question/${n}`));
  });

  it('a line of words after the length stays the snippet’s', () => {
    const lines = ['<p>44″ 多喝水，勤洗手。</p>', '<p>38″ 少熬夜，多休息。</p>', '<p>52″ 清淡饮食为主。</p>'];
    const [, ...items] = read(page((i) => lines[i]!));
    expect(items.map((e) => e.answer_paragraphs.length)).toEqual([1, 1, 1]);
  });
});
