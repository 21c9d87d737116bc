import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A heading that labels the question (`<h1>Q：question</h1>`) under a <title> that repeats the question
 * without the label: the heading is the title's, confirmed, no doubt that the question is not it.
 */

const QUESTION = '孕婦甲狀腺結節會復發嗎';
const ANSWER = ['甲狀腺結節手術後有一定的復發機率，與結節的性質和手術方式有關。', '建議產後定期回診做超音波追蹤，有變大再與醫師討論處理方式。'];
const page = (heading: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION} - 肝病Q&amp;A - 基金會</title></head><body><main><h1>${heading}</h1><div class="info"><span>發布日期：2021-12-10</span></div><div class="doctor"><p>王大明 醫師</p><p>台北仁愛醫院 內分泌科 主治醫師</p></div><div class="answer"><p class="a">A：</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.liver.example/qa/1234' }))).find((e) => e.origin === 'page')!;

describe('a heading that labels the question Q：', () => {
  it('is the question the <title> repeats: read without the label, not doubted', () => {
    const read = own(page(`<span class="q">Q：</span>${QUESTION}`));
    expect(read.question).toBe(QUESTION);
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('as the same heading with no label is', () => {
    expect(own(page(QUESTION)).flags).not.toContain('unsure_reading');
  });
});
