import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntryDraft, PageRecord } from '../src/schema/records.js';
import { extractPage } from '../src/extract/extract-page.js';
import { PROFILES } from '../src/extract/profiles/index.js';
import { generatePages } from '../kit/pages/corpus.js';

/**
 * A profile that itemises its related list (`relatedItems`) reads each item by its selectors, and must
 * read what the genre rules read from the same list; where its selectors miss, the genre rules read it.
 */

const now = new Date(0);
/** The built-in profiles as they were before they itemised their lists: the genre rules read every list. */
const GENRE_LISTS = PROFILES.map((p) => ({ ...p, layouts: p.layouts.map(({ relatedItems: _, ...layout }) => layout) }));

const related = (page: PageRecord, profiles = PROFILES): EntryDraft[] => {
  const out = extractPage(page, { now, profiles });
  if (!out.ok) throw new Error(`${page.url}: ${out.reject.reason}`);
  return out.value.entries.filter((e) => e.origin === 'related');
};
const withoutReadBy = (items: EntryDraft[]) => items.map(({ readBy: _, ...item }) => item);
const saved = (path: string, url: string): PageRecord => ({ url, finalUrl: url, status: 200, headers: {}, body: readFileSync(path), fetchedAt: null });
const generated = () =>
  [...generatePages({ pages: 120, seed: 9, size: 'standard', layouts: ['youlai-desktop', 'youlai-mobile'] })].map(
    (p): PageRecord => ({ url: p.name, finalUrl: p.name, status: 200, headers: { 'content-type': p.contentType }, body: p.body, fetchedAt: null }),
  );

describe('a built-in profile reads its related items by selector', () => {
  const pages = [
    ...generated(),
    saved('fixtures/pages/youlai-desktop-749259.html', 'https://www.youlai.cn/ask/749259.html'),
    saved('fixtures/pages/youlai-mobile-796E93gPx5Y.html', 'https://m.youlai.cn/askmip/796E93gPx5Y.html'),
    saved('fixtures/genre/youlai-desktop-7A3F21kQx9m.html', 'https://www.youlai.cn/ask/7A3F21kQx9m.html'),
  ];

  it('marks youlai items as read by the profile', () => {
    for (const page of pages) {
      const items = related(page);
      expect(items.length, page.url).toBeGreaterThan(0);
      expect(new Set(items.map((i) => i.readBy)), page.url).toEqual(new Set(['profile']));
    }
  });

  it('reads the same questions, snippets, formats, dates and links as the genre rules, desktop and mobile', () => {
    let items = 0;
    for (const page of pages) {
      const bySelector = related(page);
      expect(withoutReadBy(bySelector), page.url).toEqual(withoutReadBy(related(page, GENRE_LISTS)));
      items += bySelector.length;
    }
    expect(items).toBeGreaterThan(pages.length * 5);
    // The lists hold both formats and dated items: the comparison covers the meta line.
    const all = pages.flatMap((p) => related(p));
    expect(new Set(all.map((i) => i.format))).toEqual(new Set(['voice', 'text', 'video']));
    expect(all.every((i) => i.date !== null && i.answerParagraphs.length > 0)).toBe(true);
  });
});

describe('where the selectors miss, the genre rules read the list', () => {
  const desktop = readFileSync('fixtures/pages/youlai-desktop-749259.html', 'utf8');
  const page = (html: string): PageRecord => ({ url: 'https://www.youlai.cn/ask/749259.html', finalUrl: 'https://www.youlai.cn/ask/749259.html', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(html), fetchedAt: null });

  it('a list in new markup (no <ul> of items) is still read, by the genre rules', () => {
    const redrawn = desktop.replace(/<ul>([\s\S]*?)<\/ul>(\s*<\/div>)/u, (_, items: string, end: string) => `<div class="list">${items.replaceAll('<li>', '<div class="it">').replaceAll('</li>', '</div>')}</div>${end}`);
    expect(redrawn).not.toContain('<li>');
    const items = related(page(redrawn));
    expect(items).toHaveLength(14);
    expect(items[0]).toMatchObject({ question: '为什么女性胸部下面会疼痛', format: 'voice', date: '2021-05-18', readBy: 'genre' });
  });

  it('an item whose link opens no page (a script) sends the whole list to the genre rules', () => {
    const scripted = desktop.replace('<a href="/ask/0A0A0Aplac1.html" target="_blank">', '<a href="javascript:void(0)" target="_blank">');
    const items = related(page(scripted));
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.readBy))).toEqual(new Set(['genre']));
    expect(items.map((i) => i.url)).not.toContain('javascript:void(0)');
  });
});
