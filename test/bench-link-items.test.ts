import { describe, expect, it } from 'vitest';
import { scoreRelated } from '../bench/genre/link-items.js';
import type { Expected, ExpectedItem } from '../bench/genre/family.js';
import type { Entry } from '../src/schema/entry.js';

/** bench/genre/eval.ts's scoring of related items keyed with no snippet: links of the page entry, not entries. */

const item = (n: number, snippet: boolean): ExpectedItem => ({ question: `第${n}个问题怎么办`, paragraphs: snippet ? [`第${n}个回答。`] : [], format: 'unknown', date: null, url: `https://s.example/q/${n}.html` });
const key = (related: ExpectedItem[]): Expected => ({
  question: '头痛怎么办',
  doctor: { name: null, title: null, department: null, hospital: null, hospital_grade: null },
  paragraphs: ['多休息。'],
  date: null,
  format: 'unknown',
  related,
});
// Only the fields scoreRelated reads.
const entry = (question: string, url: string | null, relatedUrls: string[] = []) => ({ question, url, related_urls: relatedUrls }) as unknown as Entry;
const links = [item(1, false), item(2, false), item(3, false)];

describe('link-only related items (paragraphs [])', () => {
  it('count toward no expected entry, and the related field wants their links in the page entry’s related_urls, in order', () => {
    const right = scoreRelated(key(links), entry('头痛怎么办', null, links.map((l) => l.url)), []);
    expect(right.answered).toEqual([]);
    expect(right.right).toBe(true);
    expect(scoreRelated(key(links), entry('头痛怎么办', null, []), []).right).toBe(false);
    expect(scoreRelated(key(links), entry('头痛怎么办', null, links.map((l) => l.url).reverse()), []).right).toBe(false);
  });

  it('an entry made from a link-only item is set apart as invented (wrong, silently unless flagged)', () => {
    const made = entry('第2个问题怎么办', 'https://s.example/q/2.html');
    const scored = scoreRelated(key(links), entry('头痛怎么办', null, links.map((l) => l.url)), [made]);
    expect(scored.invented).toEqual([made]);
    expect(scored.related).toEqual([]);
    expect(scored.right).toBe(true);
  });

  it('a key with no link-only item: entries matched to all items, and related_urls their links in order', () => {
    const answered = [item(1, true), item(2, true)];
    const got = [entry('第1个问题怎么办', 'https://s.example/q/1.html'), entry('第2个问题怎么办', 'https://s.example/q/2.html')];
    const urls = answered.map((a) => a.url);
    const scored = scoreRelated(key(answered), entry('头痛怎么办', null, urls), got);
    expect(scored).toEqual({ answered, related: got, invented: [], right: true, linked: true });
    expect(scoreRelated(key(answered), entry('头痛怎么办', null, urls), got.slice(1)).right).toBe(false);
    expect(scoreRelated(key(answered), entry('头痛怎么办', null, []), got).right).toBe(false);
  });

  it('a key with no items wants no related_urls: a list it does not want given as links is wrong', () => {
    expect(scoreRelated(key([]), entry('头痛怎么办', null, []), []).right).toBe(true);
    expect(scoreRelated(key([]), entry('头痛怎么办', null, ['https://s.example/q/9.html']), []).right).toBe(false);
    expect(scoreRelated(key([]), undefined, []).right).toBe(false);
  });
});
