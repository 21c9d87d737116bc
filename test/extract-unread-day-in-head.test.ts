import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A whole day printed between the question and the answer that no rule reads, on hand-written pages: a paper's page line in a
 * form the reader has not met (the day, the paper, its page and its desk's staff). Before, the entry came out with no date and no doubt, a
 * clean-looking row missing the day the page prints; now the reading is doubted. A day the page labels as the question's
 * (`提问时间：`) is known to be none of the answer's and raises no doubt; a day the reader takes raises none either.
 */
const ANSWER = ['孩子反复咳嗽两周以上，要先查明原因，常见的是咳嗽变异性哮喘和鼻后滴流。', '夜里咳得重、运动后加重的，可以做肺功能检查。', '平时少吃冷饮，注意保暖，症状加重应及时到儿科就诊。'];
const page = (head: string) =>
  `<html><head><meta charset="utf-8"><title>孩子咳嗽两周不好怎么办</title></head><body><div class="nav"><a href="/">首页</a></div>` +
  `<h1>孩子咳嗽两周不好怎么办</h1><div class="src">${head}</div><p>回答医生：李明 主任医师 东江市儿童医院 呼吸科</p>` +
  `<div class="text">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="foot">版权所有</div></body></html>`;
const own = (head: string) => entriesOf(extractOrThrow(pageRecord(page(head)))).find((e) => e.origin === 'page')!;

describe('a whole day in the entry’s head that no rule reads', () => {
  it('leaves the date null and the reading doubted, not a quiet null', () => {
    const entry = own('2023-04-12 东江晚报 A08 · 本版编辑 王芳 · 美编 陈晨 · 校对 李强');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
  });
  it('raises no doubt where the line says the day is the question’s', () => {
    const entry = own('提问时间：2023-04-10');
    expect(entry.date).toBeNull();
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('raises no doubt where the day is read', () => {
    const entry = own('2023-04-12 09:12');
    expect(entry.date).toBe('2023-04-12');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
