import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An online hospital's consult page may show the prescription the doctor wrote under the answer: its drugs, `开方医生：`,
 * `审方药师：` and `开具时间：` a day. That day dates the prescription, a record of its own (written that day or a later
 * one), not the answer, as a reading's `记录于` does not: where the page prints no whole day of the answer's, its date is
 * none. What the blind split fresh-80 taught.
 */

const QUESTION = '宝宝皮肤刺痛几天了怎么办';
const ANSWER = ['宝宝皮肤刺痛的处理要根据病情轻重来决定：', '一、一般与带状疱疹有关，需要在医生指导下使用抗病毒药。', '总之，皮肤刺痛的原因比较多，需要在医生指导下明确原因后再治疗。'];
const page = (stamp: string, issued: string) => `<html><head><meta charset="utf-8"><title>${QUESTION} - 某某医生</title></head><body>
<div class="sum"><span>问诊摘要</span><h1>${QUESTION}</h1></div>
<div class="doc"><p class="nm">高雪 <span>主治医师</span></p><p>云岭市中心医院 · 皮肤科</p></div>
<div class="chat"><div class="s">${stamp}</div>${ANSWER.map((p) => `<div class="m"><p>${p}</p></div>`).join('')}</div>
<div class="rx"><h3>电子处方</h3><p>Rp.</p><p>阿昔洛韦片 0.1g×24片　用法：遵医嘱</p><p>开方医生：高雪　审方药师：叶琪</p><p>${issued}</p><p>处方已失效</p></div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-consult.cn/share/consult/105444' })))[0]!;

describe('a prescription’s issue day', () => {
  it('`开具时间：` under the answer dates nothing: an answer stamped without its year is undated', () => {
    const own = read(page('05-06 14:22', '开具时间：2023-05-07'));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBeNull();
    for (const label of ['开方时间：', '处方日期：', '开具日期 ']) expect(readMetaLine(`${label}2023-05-07`).dates).toEqual([]);
  });

  it('the answer’s own whole day still dates it, and a day labelled otherwise is read as before', () => {
    expect(read(page('2023-05-06 14:22', '开具时间：2023-05-07')).date).toBe('2023-05-06');
    expect(readMetaLine('回复时间：2023-05-07').dates.map((d) => d.iso)).toEqual(['2023-05-07']);
    // A day in a line that only names a prescription in passing (`复诊开药 2023-05-07`) is no issue day.
    expect(readMetaLine('复诊开药 2023-05-07').dates.map((d) => d.iso)).toEqual(['2023-05-07']);
  });
});
