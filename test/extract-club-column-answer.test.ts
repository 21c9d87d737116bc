import { describe, expect, it } from 'vitest';
import { CARD_HEAD_RE } from '../src/extract/words/answer-labels.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own site runs a patients' club column (`【糖友问答】…`): the patient's words under their label (`病友提问：…`), the
 * answer under `专家解答：` on a line of its own, then the `本期解答专家` box with the expert's bio (`name，department title。擅长…`),
 * which names no hospital: the site is the hospital (its masthead, its footer). What the split fresh-66 taught the genre reader.
 */

const URL = 'https://www.dhrmyy.cn/hzfw/byh/3321.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['血糖控制稳定后也不能自行停药，需要医生评估后逐步调整。', '平时注意饮食控制和适量运动，定期复查糖化血红蛋白。'];
const page =
  `<html><head><title>血糖控制好了能停药吗-东湖市人民医院</title></head><body>` +
  `<div class="top"><span class="hname">东湖市人民医院</span><span class="hlv">三级甲等</span></div>` +
  `<div class="article"><h1>【糖友问答】血糖控制好了能停药吗</h1><div class="info">发布时间：2023-05-06　作者：内分泌科　点击：312</div>` +
  `<div class="text"><p><strong>病友提问：</strong>血糖控制好了能停药吗？最近一段时间血糖都很平稳。</p><p><strong>专家解答：</strong></p>` +
  `${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
  `<div class="expert-box"><p class="eb-hd">本期解答专家</p><img src="/uploads/zj/1.jpg"><p>李红梅，内分泌科副主任医师。擅长糖尿病等疾病的诊治，出诊时间：周三全天。</p></div></div></div>` +
  `<div class="footer">东湖市人民医院 版权所有</div></body></html>`;

describe('a hospital club column’s answer', () => {
  it('the head of the answering expert’s box is a card head; a bare 专家 is none', () => {
    for (const head of ['本期解答专家', '本期专家', '解答专家']) expect(CARD_HEAD_RE.test(head), head).toBe(true);
    for (const head of ['专家', '医生']) expect(CARD_HEAD_RE.test(head), head).toBe(false);
  });
  it('starts under 专家解答： past the patient’s labelled words, its card the box’s bio, its hospital the site’s', () => {
    const [own] = read(page);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toEqual({ name: '李红梅', title: '副主任医师', department: '内分泌科', hospital: '东湖市人民医院', hospital_grade: '三级甲等' });
    expect(own!.date).toBe('2023-05-06');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
