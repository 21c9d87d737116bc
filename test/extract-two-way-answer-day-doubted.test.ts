import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An answer’s day printed year last with both parts 12 or under in the entry’s head, over the answer (`解答日期：04/09/2022`), on a page that shows no order of day and
 * month is left unread (year-last-date.ts): the entry says so, no clean row with no day. Where the page shows the order (another
 * day `25/08/2022`), the day is read and nothing is said. What the blind split fresh-108 taught.
 */

const QUESTION = '小孩晚上磨牙是怎么回事？';
const ANSWER = ['小孩夜间磨牙多与白天过于兴奋、睡前进食有关。', '一般不用特别处理，持续半年以上或者牙齿磨损明显，要到口腔科检查。'];
const pageWith = (days: string) => `<html><head><title>${QUESTION}</title></head><body><h1>${QUESTION}</h1>${days}
<div class="doc"><p>解答医生：陈建平</p><p>主治医师 · 江城口腔医院</p></div>
<div class="a">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-dental.sg/qa/77.html' }))).find((e) => e.origin === 'page')!;

describe('an answer day printed two ways', () => {
  it('unread and doubted where the page shows no order', () => {
    const entry = pageOf(pageWith('<p class="d">解答日期：04/09/2022</p>'));
    expect(entry.date).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('read, nothing said, where another day shows the order', () => {
    const entry = pageOf(pageWith('<p class="q">提问于 25/08/2022</p><p class="d">解答日期：04/09/2022</p>'));
    expect(entry.date).toBe('2022-09-04');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
