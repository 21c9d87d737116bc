import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An internet hospital's record lists similar consultations, each a link holding its question over who answered it where
 * (`内科 · 吴春梅`, a department and a doctor's name set apart by a dot or bar): that line is the item's byline, none of an
 * answer; the item is link-only. A line of two words that are no department and name (`早发现 · 早治疗`) stays the snippet's.
 * What the blind split fresh-102 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://hlwyy.example-hosp.cn/h5/consult/record/100' })));
const ANSWER = ['宝宝湿疹需要结合具体情况来看，一般有以下几种情况：', '1.保持皮肤清洁湿润，每天涂抹保湿霜。', '2.如果症状持续不缓解，应尽快到皮肤科就诊。'];
const QUESTIONS = ['宝宝脸上起红疹怎么办', '婴儿湿疹反复发作怎么办', '宝宝湿疹可以洗澡吗'] as const;
const page = (meta: (i: number) => string) => `<html><head><title>宝宝湿疹怎么护理 - 某某医院</title></head><body>
<h1>宝宝湿疹怎么护理</h1>
<div class="doc"><img src="/d.png"><div><p>王芳 <span>主治医师</span></p><p>江州市儿童医院 · 儿科</p></div></div>
<div class="answer">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="more"><h3>相似问诊</h3>${QUESTIONS.map((q, i) => `<a class="it" href="/h5/consult/record/${200 + i}"><p class="q">${q}</p><p class="m">${meta(i)}</p></a>`).join('\n')}</div>
</body></html>`;

describe('a related item’s department and doctor on a line under its question', () => {
  it('`内科 · 吴春梅` is the item’s byline: the item is link-only', () => {
    const lines = ['内科 · 吴春梅', '儿科 | 李国庆', '外科 · 黄明轩'];
    const [own, ...items] = read(page((i) => lines[i]!));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items).toEqual([]);
    expect(own!.related_urls).toEqual([200, 201, 202].map((n) => `https://hlwyy.example-hosp.cn/h5/consult/record/${n}`));
  });

  it('two words that are no department and name stay the snippet’s', () => {
    const lines = ['早发现 · 早治疗', '多喝水 · 勤洗手', '少熬夜 · 多休息'];
    const [, ...items] = read(page((i) => lines[i]!));
    expect(items.map((e) => e.answer_paragraphs)).toEqual(lines.map((l) => [l]));
  });
});
