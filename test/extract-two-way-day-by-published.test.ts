import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A page whose only year-last day reads two ways (`10/06/2021`) shows its order where its JSON-LD `datePublished`, as
 * written with its own offset, names one reading's day; a UTC instant (a day early on an early post) names the days
 * of every zone from UTC−12 to UTC+14, one reading's at most (the two are a month apart).
 */

const QUESTION = '孕婦乾眼症的症狀有哪些？';
const ANSWER = ['乾眼症常見的表現是眼睛乾澀、異物感，看屏幕久了會加重。', '孕期可以先用不含防腐劑的人工淚液，少熬夜，症狀不緩解要到眼科求診。'];
const pageWith = (published: string) =>
  `<html lang="zh-HK"><head><meta charset="utf-8"><title>${QUESTION}</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${published}","dateModified":"2021-10-06T09:00:00+08:00"}</script></head><body><h1>${QUESTION}</h1><div class="meta"><span>發佈日期：10/06/2021</span></div><div class="a"><p>眼科醫生 任寧清 主治醫師</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a two-way day and the page’s published day', () => {
  it('reads the day the JSON-LD datePublished names, day first', () => {
    expect(pageOf(pageWith('2021-06-10T19:03:00+08:00')).date).toBe('2021-06-10');
  });

  it('reads the day a UTC instant a day early spans (a Hong Kong post before 08:00), day first', () => {
    expect(pageOf(pageWith('2021-06-09T22:03:00Z')).date).toBe('2021-06-10');
  });

  it('reads a month-first page by its UTC instant too (10/06/2021 is 6 October there)', () => {
    expect(pageOf(pageWith('2021-10-06T03:40:00Z')).date).toBe('2021-10-06');
    expect(pageOf(pageWith('2021-10-05T23:40:00+00:00')).date).toBe('2021-10-06');
  });

  it('leaves it unread where the UTC instant is days from both readings (a re-published post)', () => {
    expect(pageOf(pageWith('2021-06-12T22:03:00Z')).date).toBeNull();
  });
});
