import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health news site's Q&A story (traditional): a headline that may ask nothing of the reader's (`醫師解答／…怎麼辦？醫師這樣說`),
 * the expert it consulted credited at the story's head (`諮詢／{hospital}{department}{title} {name}`), the reporter's byline
 * beside the time, then `問：` the reader's question and `答：` the answer.
 */

const html = (title: string, body: string) =>
  `<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

const Q = '女性遇冷熱酸疼是什麼原因引起的';
const A = ['女性遇冷熱酸疼可能是以下原因引起：', '（1）在受涼或勞累以後，症狀時輕時重，容易反復，用藥期間不要自行加量或者停藥。', '建議及時到醫院口腔科就診，明確診斷後規範治療。'];
const story = (o: { headline?: string; credit?: string; ask?: string; body?: string } = {}) => {
  const headline = o.headline ?? '醫師解答／齲齒怎麼辦？醫師這樣說';
  const answer = o.body ?? A.map((p, i) => `<p>${i === 0 ? '<strong>答：</strong>' : ''}${p}</p>`).join('\n');
  return html(
    `${headline} | 醫病Q&A | 健康網`,
    `<nav><a href="/">健康網</a> <a href="/qa">醫病Q&amp;A</a></nav><article><h1>${headline}</h1>` +
      `<div class="info"><time>2023-05-19 14:22</time><span>文／健康網記者陳雅玲</span></div><section>` +
      `${o.credit ?? '<p>諮詢／北岸市第一人民醫院口腔科副主任醫師 範建</p>'}` +
      `${o.ask ?? `<p><strong>問：</strong>${Q}</p>`}<p>之前看過醫生，吃了藥也不見好。</p>\n${answer}\n<p>（本文經醫師審閱，內容僅供參考）</p></section></article><footer>© 健康網</footer>`,
  );
};

describe('a story’s `諮詢／` credit at its head (card-parts.ts): the consulted expert’s whole card', () => {
  it('reads the hospital and department run before the title and name after the label', () => {
    expect(pageOf(story())!.doctor).toEqual({ name: '範建', title: '副主任醫師', department: '口腔科', hospital: '北岸市第一人民醫院', hospital_grade: null });
  });

  it('takes no card from the reporter’s byline (`文／健康網記者…`) where no expert is credited', () => {
    const read = pageOf(story({ credit: '' }))!;
    expect(read.doctor.name).not.toBe('陳雅玲');
    expect(read.doctor.hospital).toBeNull();
  });
});

describe('a hooked headline over the story’s opening `問：` / `答：` pair (retitled-question.ts): the question is the reader’s', () => {
  it('reads the `問：` line, not the headline (`醫師解答／齲齒怎麼辦？醫師這樣說`)', () => {
    const read = pageOf(story())!;
    expect(read.question).toBe(Q);
    expect(read.answer_paragraphs).toEqual(A);
  });

  it('keeps the headline’s question over a `問：` the story asks itself among the answer’s paragraphs', () => {
    const body = `<p>${A[0]}</p><p>${A[1]}</p><p><strong>問：</strong>能不能自己買止痛藥吃？</p><p><strong>答：</strong>不建議自行使用，要在醫師指導下用藥，以免延誤病情，家長不要自行給孩子買藥。</p>`;
    const read = pageOf(story({ ask: '', body }))!;
    expect(read.question).not.toBe('能不能自己買止痛藥吃？');
  });
});
