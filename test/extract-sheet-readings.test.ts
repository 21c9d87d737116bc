import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { parseHtml } from '../src/extract/tree/parse-html.js';
import { displayOf } from '../src/extract/tree/hidden-text.js';

/**
 * A sheet's reading is kept for the pages after (hidden-text.ts: a site's pages repeat their
 * template's <style>): a page reads the same display whether its sheets were met before or not,
 * and in whatever company (what one sheet says is added to what the sheets before it said).
 */
const displayed = (html: string) => {
  const parsed = parseHtml(html, 100);
  if (!parsed.ok) throw new Error('not parsed');
  const d = displayOf(parsed.document);
  const ids = (set: ReadonlySet<Element>) => [...set].map((el) => el.attribs.id).sort();
  return { hidden: ids(d.hidden), fixed: ids(d.fixed), preformatted: ids(d.preformatted), illegible: ids(d.illegible), mayRestyle: parsed.mayRestyle };
};

const HIDES = '<style>.x{display:none}.x.on{display:block}.p{white-space:pre-line}.f{position:fixed;bottom:0}</style>';
const SHOWS = '<style>.y{display:none}@media (min-width: 1024px){.y{display:block}}.q:before{content:"答"}</style>';
const body = '<p id="1" class="x">藏</p><p id="2" class="x on">显</p><p id="3" class="y">宽屏显</p><p id="4" class="p">多\n行</p><div id="5" class="f">底栏</div><p id="6">正文</p>';
const page = (sheets: string) => `<html><head>${sheets}</head><body>${body}</body></html>`;

describe('sheet readings kept across pages', () => {
  it('a page reads the same display the first time and after', () => {
    for (const sheets of [HIDES, SHOWS, HIDES + SHOWS, SHOWS + HIDES]) {
      const first = displayed(page(sheets));
      expect(displayed(page(sheets))).toEqual(first);
      expect(displayed(page(sheets))).toEqual(first);
    }
  });

  it('a sheet met before says what it says met for the first time, in any company', () => {
    // A sheet's text with spaces added, never met before: read afresh, and saying the same.
    let fresh = 0;
    const afresh = (sheet: string) => sheet.replace('</style>', `${' '.repeat(++fresh + 40)}</style>`);
    for (const sheets of [[HIDES], [SHOWS], [HIDES, SHOWS], [SHOWS, HIDES], [SHOWS, SHOWS]]) {
      for (const s of sheets) displayed(page(s));
      expect(displayed(page(sheets.join('')))).toEqual(displayed(page(sheets.map(afresh).join(''))));
    }
    expect(displayed(page(SHOWS + HIDES))).toEqual({ hidden: ['1'], fixed: ['5'], preformatted: ['4'], illegible: [], mayRestyle: true });
  });
});
