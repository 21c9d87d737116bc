import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { mayBeCreditOrCaption } from '../src/extract/words/furniture-lines.js';

/**
 * A short line naming a desk's role or a picture's source, in a form no rule knows, read into the answer, on hand-written pages:
 * a writer's slashed credit after the answer (`（撰稿／王芳）`), a picture's source between its paragraphs (`圖／東江日報`), a
 * film crew's line (`文字整理 王芳　摄像 陈晨`). Before, the entry came out clean with the line in its answer; now it is doubted.
 * A doctor's sentence that names a review or a picture is no such line.
 */
const ANSWER = ['孩子反复咳嗽两周以上，要先查明原因，常见的是咳嗽变异性哮喘和鼻后滴流。', '夜里咳得重、运动后加重的，可以做肺功能检查。', '平时少吃冷饮，注意保暖，症状加重应及时到儿科就诊。'];
const page = (mid: string, after: string) =>
  `<html><head><meta charset="utf-8"><title>孩子咳嗽两周不好怎么办</title></head><body><div class="nav"><a href="/">首页</a></div>` +
  `<h1>孩子咳嗽两周不好怎么办</h1><div class="src">2023-04-12 09:12</div><p>回答医生：李明 主任医师 东江市儿童医院 呼吸科</p>` +
  `<div class="text"><p>${ANSWER[0]}</p>${mid}<p>${ANSWER[1]}</p><p>${ANSWER[2]}</p>${after}</div><div class="foot">版权所有</div></body></html>`;
const own = (mid: string, after: string) => entriesOf(extractOrThrow(pageRecord(page(mid, after)))).find((e) => e.origin === 'page')!;

describe('a short line naming a desk’s role or a picture’s source in the answer', () => {
  it('doubts the reading where a credit no rule knows ends the answer', () => {
    expect(own('', '<p>（撰稿／王芳）</p>').flags).toContain('unsure_reading');
  });
  it('doubts the reading where a picture’s source stands between its paragraphs', () => {
    expect(own('<p>圖／東江日報</p>', '').flags).toContain('unsure_reading');
  });
  it('leaves a clean answer undoubted', () => {
    const entry = own('', '');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('is told by its shape: short, no clause, a role or a source named', () => {
    expect(mayBeCreditOrCaption('文字整理 王芳　摄像 陈晨')).toBe(true);
    expect(mayBeCreditOrCaption('资料图')).toBe(true);
    expect(mayBeCreditOrCaption('用药方案需经医生审核，不要自行加量。')).toBe(false);
    expect(mayBeCreditOrCaption('注意事项')).toBe(false);
  });
});
