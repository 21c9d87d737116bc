import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { englishMeta } from '../src/extract/dates/english-meta.js';

/** A Chinese paper of Brazil: its post day in Portuguese (`sábado, 6 de maio de 2023`), or day-first `04/01/2019` beside the category. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
const QUESTION = '宝宝手上起疱疹严重吗';
const ANSWER = ['宝宝手上起疱疹需要结合具体情况来看，一般有以下几种情况：', '1.如果是手足口病引起的，需要在医生指导下使用抗病毒药。', '平时要注意保持良好的生活习惯，按时复查。'];
const post = (day: string) =>
  html(
    QUESTION,
    `<article><h1>${QUESTION}</h1><div class="entry-meta"><time class="entry-date published">${day}</time> <a href="/category/saude">医生解答</a></div>` +
      `<div class="entry-content"><p><strong>读者林女士问：</strong>宝宝手上起疱疹严重吗，平时工作比较忙。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
      `<p>——圣保罗医院儿科专科医生 蒋军桂</p></div></article>`,
  );

describe('a Brazilian Chinese paper’s post day', () => {
  it('reads a Portuguese or Spanish day, its weekday before it', () => {
    expect(englishMeta('sábado, 6 de maio de 2023')).toBe('2023-05-06');
    expect(englishMeta('quinta-feira, 15 de dezembro de 2022 14:22')).toBe('2022-12-15 14:22');
    expect(englishMeta('6 de mayo de 2023')).toBe('2023-05-06');
    expect(pageOf(post('quinta-feira, 15 de dezembro de 2022')).date).toBe('2022-12-15');
  });

  it('leaves a day-first day the page shows no order for unread, and its line out of the answer', () => {
    const entry = pageOf(post('04/01/2019'));
    expect(entry.date).toBeNull();
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});
