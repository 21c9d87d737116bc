import { describe, expect, it } from 'vitest';
import type { Expected, ExpectedItem } from '../bench/genre/family.js';
import { newTally, scoreEntries } from '../bench/genre/score.js';
import type { Entry } from '../src/schema/entry.js';

/** bench/genre/score.ts: a crawl's published entries matched to the key by address, where deduplication took some items out. */

const item = (n: number): ExpectedItem => ({ question: `第${n}个问题怎么办`, paragraphs: [`第${n}个回答。`], format: 'unknown', date: null, url: `https://s.example/q/${n}.html` });
const items = [item(1), item(2), item(3)];
const key: Expected = {
  question: '头痛怎么办',
  doctor: { name: null, title: null, department: null, hospital: null, hospital_grade: null },
  paragraphs: ['多休息。'],
  date: null,
  format: 'unknown',
  related: items,
};
// Only the fields the scoring reads.
const entry = (origin: 'page' | 'related', question: string, paragraphs: string[], url: string | null, relatedUrls: string[] = []) =>
  ({ origin, question, answer_paragraphs: paragraphs, url, related_urls: relatedUrls, doctor: key.doctor, date: null, format: 'unknown', flags: [] }) as unknown as Entry;
const own = entry('page', '头痛怎么办', ['多休息。'], 'https://s.example/q/0.html', items.map((i) => i.url));
const published = [own, entry('related', items[0]!.question, items[0]!.paragraphs, items[0]!.url), entry('related', items[2]!.question, items[2]!.paragraphs, items[2]!.url)];

describe("scoring a crawl's dataset against the key", () => {
  it('by address, an item deduplication superseded is not covered, and the others are right, not shifted into silently wrong rows', () => {
    const tally = newTally();
    scoreEntries({ label: 'p', expected: key }, published, null, tally, 0, { superseded: 1 });
    expect(tally).toMatchObject({ items: 3, itemsRight: 2, silentItems: 0, silentPages: 0, expectedEntries: 4, coveredEntries: 3 });
    expect(tally.right.related).toBe(1);
  });

  it('in order (extraction\'s entries, no deduplication), the same entries are a missing item and wrong ones', () => {
    const tally = newTally();
    scoreEntries({ label: 'p', expected: key }, published, null, tally, 0);
    expect(tally.silentItems).toBe(1);
    expect(tally.right.related).toBe(0);
  });

  it('by address, an item missing that nothing superseded leaves the related field wrong', () => {
    const tally = newTally();
    scoreEntries({ label: 'p', expected: key }, published, null, tally, 0, { superseded: 0 });
    expect(tally.right.related).toBe(0);
    expect(tally.silentItems).toBe(0);
  });
});
