import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { itemParts } from '../src/extract/profiles/item-parts.js';
import { cheerioQuery } from '../src/extract/reader/page-query.js';
import { youlai } from '../src/extract/profiles/youlai.js';
import { generatePages } from '../kit/pages/corpus.js';

/**
 * A related item's parts are found in one walk of the item: each must be the element the profile's
 * selector finds first in it (cheerio's `find`), and the item's text outside them what a reader sees
 * there (scripts and templates not shown).
 */
const [desktop, mobile] = youlai.layouts.map((l) => l.relatedItems!);

function itemsOf(html: string, spec: typeof desktop) {
  const $ = load(html);
  return { $, q: cheerioQuery($), items: $(spec!.item).toArray() as Element[] };
}

describe('the parts of a related item, found in one walk', () => {
  it('are the elements cheerio finds first, on youlai desktop and mobile pages', () => {
    let checked = 0;
    for (const page of generatePages({ pages: 40, seed: 3, size: 'standard', layouts: ['youlai-desktop', 'youlai-mobile'] })) {
      const spec = page.plan.layout === 'youlai-mobile' ? mobile! : desktop!;
      const { $, q, items } = itemsOf(page.body.toString(), spec);
      for (const li of items) {
        const parts = itemParts(q, li, spec);
        const first = (css?: string) => (css ? ($(li).find(css).get(0) ?? null) : null);
        expect(parts.link).toBe(first(spec.link));
        expect(parts.printed).toBe(spec.question ? first(spec.question) : first(spec.link));
        expect(parts.snippet).toBe(first(spec.snippet));
        expect(parts.meta).toBe(first(spec.meta));
        expect(parts.linkInside).toBe(false);
        // What is left outside the question, snippet and meta line: at most the question printed again (a player's title).
        const copy = $(li).clone();
        copy.find([spec.question ?? spec.link, spec.snippet, spec.meta].join(', ')).remove();
        expect(parts.rest.replace(/\s+/g, '')).toBe(copy.text().replace(/\s+/g, ''));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('tells a link inside the snippet or the meta line, and not one beside them', () => {
    const html = (snippet: string, meta: string, beside = '') =>
      `<div class="recommend"><ul><li><h3><a href="/ask/1.html">胃疼怎么办</a></h3><p class="txt">${snippet}</p><div class="voice">${meta}</div>${beside}</li></ul></div>`;
    const read = (h: string) => {
      const { q, items } = itemsOf(h, desktop);
      return itemParts(q, items[0]!, desktop!);
    };
    expect(read(html('多喝温水。', '<span>语音解答</span> <span>2021-05-18</span>')).linkInside).toBe(false);
    expect(read(html('多喝温水。<a href="/ask/1.html">查看全文</a>', '<span>语音解答</span>')).linkInside).toBe(true);
    expect(read(html('多喝温水。', '<a href="/tag/wei.html">胃病</a>')).linkInside).toBe(true);
    const beside = read(html('多喝温水。', '<span>语音解答</span>', '<a href="/more.html">更多</a>'));
    expect(beside.linkInside).toBe(false);
    expect(beside.rest).toBe('更多');
  });

  it('counts no text a browser does not show: a script, a style sheet or a template in the item', () => {
    const h = '<div class="recommend"><ul><li><h3><a href="/ask/1.html">胃疼怎么办</a></h3><script>var ad = "广告";</script><template><span>广告</span></template><p class="txt">多喝温水。</p><!-- 广告位 --><div class="voice">图文解答 2021-05-18</div></li></ul></div>';
    const { q, items } = itemsOf(h, desktop);
    expect(itemParts(q, items[0]!, desktop!).rest.trim()).toBe('');
    const shown = h.replace('<!-- 广告位 -->', '<span class="tag">广告</span>');
    const again = itemsOf(shown, desktop);
    expect(itemParts(again.q, again.items[0]!, desktop!).rest).toBe('广告');
  });
});
