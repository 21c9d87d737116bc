import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { questionShapeDoubt } from '../src/extract/reader/own-question.js';

/**
 * A question read with meta no rule took off, on hand-written pages: a bracketed note of who asked (`（城西 陈女士）`), of when
 * (`（咨询日：2023-04-10）`), a speaker's name before a colon (`张敏主任：…`, not the card's doctor). Before, each was published
 * as a clean question; now the reading is doubted. A plain question, or one naming a year as its subject, is not.
 */
const ANSWER = ['孩子反复咳嗽两周以上，要先查明原因，常见的是咳嗽变异性哮喘和鼻后滴流。', '夜里咳得重、运动后加重的，可以做肺功能检查。', '平时少吃冷饮，注意保暖，症状加重应及时到儿科就诊。'];
const page = (h1: string) =>
  `<html><head><meta charset="utf-8"><title>${h1}</title></head><body><div class="nav"><a href="/">首页</a></div>` +
  `<h1>${h1}</h1><div class="src">2023-04-12 09:12</div><p>回答医生：李明 主任医师 东江市儿童医院 呼吸科</p>` +
  `<div class="text">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="foot">版权所有</div></body></html>`;
const own = (h1: string) => entriesOf(extractOrThrow(pageRecord(page(h1)))).find((e) => e.origin === 'page')!;

describe('a question holding meta no rule took off', () => {
  it.each(['孩子咳嗽两周不好怎么办（城西 陈女士）', '孩子咳嗽两周不好怎么办（咨询日：2023-04-10）', '张敏主任：孩子咳嗽两周不好怎么办'])('doubts the reading of %s', (h1) => {
    expect(own(h1).flags).toContain('unsure_reading');
  });
  it('leaves a plain question undoubted', () => {
    const entry = own('孩子咳嗽两周不好怎么办');
    expect(entry.question).toBe('孩子咳嗽两周不好怎么办');
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('is told by shape: a year as the subject, a bracketed aside about the illness, a kind of doctor before a colon are no meta', () => {
    expect(questionShapeDoubt('2023年孩子咳嗽两周不好怎么办')).toBeNull();
    expect(questionShapeDoubt('孩子咳嗽（有痰）两周不好怎么办')).toBeNull();
    expect(questionShapeDoubt('孩子咳嗽两周（夜里加重）怎么办')).toBeNull();
    // A kind of doctor before the colon (a column's name) names no one.
    expect(questionShapeDoubt('家庭医生：孩子咳嗽两周不好怎么办')).toBeNull();
    expect(questionShapeDoubt('张敏主任：孩子咳嗽两周不好怎么办')).not.toBeNull();
  });
});
