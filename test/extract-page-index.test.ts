import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio/slim';
import render from 'dom-serializer';
import type { AnyNode, Document, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { FAMILIES, generatePage } from '../bench/genre/families.js';
import { generatePages } from '../kit/pages/corpus.js';
import { compileSelector, findWithin } from '../src/extract/tree/css-match.js';
import { readsAsLink } from '../src/extract/tree/custom-link.js';
import { decodePage, dropControlChars } from '../src/extract/bytes/decode.js';
import { learnProfile } from '../src/extract/profiles/learn-profile.js';
import { compactTextIs, compactTextLonger, indexPage, selectorSet, textContent } from '../src/extract/tree/page-index.js';
import { parseHtml } from '../src/extract/tree/parse-html.js';
import { PROFILES, type SiteProfile } from '../src/extract/profiles/index.js';
import { absolute, linkResolver } from '../src/extract/links/resolve-url.js';
import { fixturePath } from './helpers/pages.js';

/**
 * The one walk (page-index.ts) stands in for cheerio's queries: on every fixture page, pages of
 * every generated layout and family, and markup made to trip it, it must find exactly what
 * cheerio finds, in the same order.
 */

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : /\.html?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

function pages(): Array<{ name: string; html: string }> {
  const out: Array<{ name: string; html: string }> = [];
  for (const file of htmlFiles(fixturePath(''))) out.push({ name: file, html: dropControlChars(decodePage(readFileSync(file)).text) });
  for (const p of generatePages({ pages: 8, seed: 3, size: 'large' })) if (p.name.endsWith('.html')) out.push({ name: p.name, html: decodePage(p.body, p.contentType).text });
  for (const family of FAMILIES) {
    const page = generatePage(family, 5, 0);
    out.push({ name: family.name, html: decodePage(page.body).text });
  }
  out.push({ name: 'tricky markup', html: TRICKY });
  return out;
}

/** Markup where a careless selector engine and css-select part ways. */
const TRICKY = `<!doctype html><html><head><title>问 题</title><link rel="CANONICAL" href="/c1"><link rel="canonical" href="/c2">
<script type="Application/LD+JSON">{"@type":"Question"}</script></head>
<body><template><a href="/inside-template">x</a><div class="view"><h1>模板</h1></div></template>
<div class="view extra" id="js-content"><h1>问题</h1><span class="time">2021-05-08</span><span class="time x">2</span></div>
<div class="View"><h1>大小写</h1></div><div class="viewer"><h1>前缀</h1></div>
<dl><dt><h3>问题<em>标</em></h3></dt></dl><p>a<a>no href</a><a href="">empty</a><a HREF="/up">upper</a></p>
<div class="doc_left"><h5>王清玉<span>副主任医师</span><em>骨科</em><span>某某医院</span></h5><b class="grade">三甲</b></div>
<ul><li>1</li><li class="x">2</li><script></script><li>3</li></ul><body><p>second body</p></body>
<div attr-constructor="1"></div><svg><title>svg title</title></svg></body></html>`;

const SELECTORS = [
  'dl > dt > h3', 'div.docYes, div.text, div.doc_left', 'div.docYes', 'div.text', 'div.doc_left', '.view > h1', '#js-content',
  '.doc_info', '.ask_meta', '.view > .time', 'audio, .audiojs, mip-youlai-audio', 'mip-youlai-audio, audio.audiojs', 'h5', 'h5 > span',
  'h5 > em', 'p > span', '.grade', 'body > div:nth-of-type(2) > p', 'ul > li:nth-of-type(2)', 'li:nth-of-type(3)', 'div.view.extra',
  'div h1', 'body h1', 'html div > h1', '*', 'div > *', 'a[href]', 'link[rel="canonical"]', 'link[rel=canonical]',
  'script[type="application/ld+json"]', '[attr-constructor]', '[constructor]', 'title', 'span.time', '.View', 'h3 em',
];

function learnedProfiles(): SiteProfile[] {
  const out: SiteProfile[] = [];
  for (const family of FAMILIES.slice(0, 12)) {
    const sample = Array.from({ length: 6 }, (_, i) => generatePage(family, 11, i)).map((p) => ({ url: p.name, finalUrl: p.name, status: 200, headers: {}, body: p.body, fetchedAt: null }));
    const learned = learnProfile(sample, { site: family.site, learnedAt: new Date(0).toISOString() }).profile;
    if (learned) out.push(learned);
  }
  return out;
}

const cssOf = (s: string | { css: string }) => (typeof s === 'string' ? s : s.css);
const profileSelectors = (profiles: readonly SiteProfile[]) =>
  profiles.flatMap((p) => p.layouts.flatMap((l) => [...l.detect, ...l.question.map(cssOf), ...l.answer, ...(l.doctorCard ? [l.doctorCard] : []), ...l.date.map(cssOf), ...Object.values(l.doctor).flatMap((s) => (s ? [cssOf(s)] : []))]));

/** cheerio's tree with each custom element that carries an href named `a`, as the parse names it (custom-link.ts: the link a browser shows). */
function withCustomLinks(root: AnyNode): AnyNode {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' && readsAsLink((node as Element).name, (node as Element).attribs)) (node as Element).name = 'a';
    if ('children' in node) stack.push(...(node.children as AnyNode[]));
  }
  return root;
}

describe('the one walk finds what cheerio finds', () => {
  const all = pages();
  const learned = learnedProfiles();
  const selectors = [...new Set([...SELECTORS, ...profileSelectors(PROFILES), ...profileSelectors(learned)])];

  it('learned profiles give selectors to check (nth-of-type paths among them)', () => {
    expect(learned.length).toBeGreaterThan(5);
    expect(selectors.some((s) => s.includes(':nth-of-type('))).toBe(true);
  });

  it('parses to the tree cheerio/slim builds', () => {
    for (const { name, html } of all) {
      const parsed = parseHtml(html, 512);
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(render(parsed.document), name).toBe(render(withCustomLinks(load(html).root().get(0)!)));
    }
  });

  // Every profile selector on every page and inside 40 scopes of each: a correctness check whose work takes over a
  // minute when the machine is loaded, so it has a budget of its own (not a timing: bench/ times things).
  it('every selector profiles use compiles, and matches as cheerio does, in the document and inside an element', () => {
    for (const css of selectors) expect(compileSelector(css), css).not.toBeNull();
    for (const { name, html } of all) {
      const $ = load(html);
      const document = $.root().get(0) as unknown as Document;
      const index = indexPage(document, selectorSet(selectors));
      // Elements compared by their place in document order: the very same nodes, not deep-equal copies
      // (a deep comparison of DOM nodes walks whole subtrees and made this test take a minute).
      const place = new Map($('*').toArray().map((element, i) => [element as unknown, i]));
      const places = (elements: readonly unknown[] | undefined) => elements?.map((element) => place.get(element) ?? -1);
      for (const css of selectors) {
        expect(places(index.found.get(css)), `${name}: ${css}`).toEqual(places($(css).toArray()));
        // Inside every element that holds a few elements: relative to it, as cheerio's find reads it.
        for (const scope of $('div, dl, body, h5, ul').toArray().slice(0, 40) as Element[]) {
          const within = places($(scope).find(css).toArray())!;
          expect(places(findWithin(scope, compileSelector(css)!)), `${name}: ${css} within <${scope.name}>`).toEqual(within);
          // Stopped at the first match (PageQuery.first): cheerio's first.
          expect(places(findWithin(scope, compileSelector(css)!, 1)), `${name}: first ${css} within <${scope.name}>`).toEqual(within.slice(0, 1));
        }
      }
    }
  }, 180_000);

  it('CSS it does not compile is left to cheerio', () => {
    for (const css of ['li:first-child', 'a ~ b', 'h2 + p', '[href^="/x"]', 'div:not(.a)', 'a[href="x" i]', 'svg|title', ':scope > p', 'a,', '']) {
      expect(compileSelector(css), css).toBeNull();
    }
  });

  it('links, canonical, body, title, JSON-LD and the short texts are those of cheerio and of the label search', () => {
    for (const { name, html } of all) {
      const $: CheerioAPI = load(html);
      const index = indexPage($.root().get(0) as unknown as Document, selectorSet([]));
      expect(index.anchors, name).toEqual($('a[href]').toArray());
      expect(index.canonicalHref, name).toBe($('link[rel="canonical"]').attr('href'));
      expect(index.bodies, name).toEqual($('body').toArray());
      expect(index.titles, name).toEqual($('title').toArray());
      expect(index.jsonLd, name).toEqual($('script[type="application/ld+json"]').toArray());
      expect(index.bodies.map(textContent).join(''), name).toBe($('body').text());
      expect(index.shortTexts, name).toEqual(shortTextsByRecursion($.root().get(0)!));
    }
  });

  it('selectors that each need an id or a class (those of the profiles) match as cheerio does, with elements that have neither passed over', () => {
    const hinted = [...new Set([...profileSelectors(PROFILES), ...profileSelectors(learned), '.ask_meta', '#js-content', '.view > .time', 'div.view.extra'])];
    const set = selectorSet(hinted);
    expect(set.anyTagUnhinted).toBe(false);
    expect(set.anyTag.length).toBeGreaterThan(2);
    for (const { name, html } of all) {
      const $ = load(html);
      const parsed = parseHtml(html, 512, set);
      if (!parsed.ok) throw new Error(name);
      const order = new Map(allNodes(parsed.document).map((n, i) => [n, i]));
      const cheerioOrder = new Map(allNodes($.root().get(0)!).map((n, i) => [n, i]));
      for (const css of hinted) expect(parsed.index!.found.get(css)!.map((n) => order.get(n)), `${name}: ${css}`).toEqual($(css).toArray().map((n) => cheerioOrder.get(n)));
    }
  });

  it('the index built as the page is parsed is the one the walk builds, and its body text is cheerio\'s', () => {
    const set = selectorSet(selectors);
    for (const { name, html } of all) {
      const parsed = parseHtml(html, 512, set);
      if (!parsed.ok) throw new Error(name);
      const walked = indexPage(parsed.document, set);
      // Nodes by their place in the tree: the two indexes hold the same nodes, in the same order.
      const order = new Map(allNodes(parsed.document).map((n, i) => [n, i]));
      const places = (nodes: readonly AnyNode[] | null) => nodes?.map((n) => order.get(n)) ?? null;
      const fused = parsed.index!;
      for (const key of ['anchors', 'bodies', 'titles', 'jsonLd', 'shortTexts', 'bodyTexts'] as const) {
        expect(places(fused[key]), `${name}: ${key}`).toEqual(places(walked[key]));
      }
      expect(fused.canonicalHref, name).toBe(walked.canonicalHref);
      for (const css of selectors) expect(places(fused.found.get(css)!), `${name}: ${css}`).toEqual(places(walked.found.get(css)!));
      if (fused.bodyTexts) expect(fused.bodyTexts.map((t) => t.data).join(''), name).toBe(load(html)('body').text());
    }
    // Two bodies: no single list of body text nodes, the bodies are read one by one.
    const two = parseHtml(TRICKY, 512, set);
    expect(two.ok && two.index!.bodyTexts).toBeNull();
  });

  it('compact text is read only as far as needed, with the answer the whole text gives', () => {
    for (const { name, html } of all.slice(0, 12)) {
      const $ = load(`${html}<p> 相\u3000关\u00a0推荐 </p><div>\ufeff</div>`);
      const elements = $('*').toArray();
      for (const [i, el] of elements.entries()) {
        const compact = $(el).text().replace(/\s+/g, '');
        const other = $(elements[(i * 7) % elements.length]!).text().replace(/\s+/g, '');
        expect(compactTextIs(el, compact), name).toBe(true);
        expect(compactTextIs(el, other), name).toBe(other === compact);
        expect(compactTextIs(el, compact.slice(0, -1)), name).toBe(compact === '');
        for (const limit of [compact.length - 1, compact.length, compact.length + 10]) expect(compactTextLonger(el, limit), name).toBe(compact.length > limit);
      }
    }
  });

  it('the tricky page: a case-blind rel, template contents searched (as cheerio searches them), two bodies', () => {
    const $ = load(TRICKY);
    const index = indexPage($.root().get(0) as unknown as Document, selectorSet(['.view > h1']));
    expect(index.canonicalHref).toBe('/c1');
    expect(index.anchors.map((a) => a.attribs.href)).toEqual(['/inside-template', '', '/up']);
    expect(index.found.get('.view > h1')!.map((h) => $(h).text())).toEqual(['模板', '问题']);
    expect(index.bodies).toHaveLength(2);
    expect(index.jsonLd).toHaveLength(1);
  });
});

/** Every node of the tree in document order. */
function allNodes(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  out.push(node);
  for (const child of (node as Element).children ?? []) allNodes(child, out);
  return out;
}

/** The label search's walk as related-list.ts wrote it: text nodes of at most 96 characters, <head> passed over. */
function shortTextsByRecursion(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  for (const child of (node as Element).children ?? []) {
    if (child.type === 'text') {
      if ((child as unknown as { data: string }).data.length <= 96) out.push(child);
    } else if (!(child.type === 'tag' && ['script', 'style', 'head'].includes((child as Element).name))) shortTextsByRecursion(child, out);
  }
  return out;
}

describe('parsing with the nesting limit', () => {
  it('stops at the first element past the limit, where it opens', () => {
    const html = `${'<div>'.repeat(600)}深`;
    const parsed = parseHtml(html, 512);
    expect(parsed).toEqual({ ok: false, depth: 513, at: 512 * 5 });
    expect(parseHtml('<p>a</p></p><div><span>b</span></div>', 3)).toMatchObject({ ok: true, depth: 2 });
  });
});

describe('links resolved once per page', () => {
  it('gives what new URL gives, for plain paths and everything else', () => {
    const hrefs = ['/dise/0.html', '/a/b_c-d~e.f', '/', '/a//b', '/a/./b', '/a/../b', '/..', '/.', '/a/.', '//m.youlai.cn/x', 'x.html', '../x', '?q=1', '#top',
      '/%41', '/a b', '/a?b', '/a#b', '/中文', 'javascript:void(0)', 'mailto:a@b', 'HTTPS://WWW.EXAMPLE.CN/A', 'http://[::1]/x', '/A/B', '/a/b/..', '/a/b/.x'];
    for (const base of ['https://www.youlai.cn/ask/1.html', 'https://user:pw@Example.CN:443/a/b?c#d', 'http://example.cn:8080/', 'https://xn--fiq228c.cn/', null, 'file:///tmp/x.html', 'not a url']) {
      const resolve = linkResolver(base);
      for (const href of hrefs) {
        const want = absolute(href, base) ?? href;
        expect(resolve(href), `${href} against ${base}`).toBe(want);
        expect(resolve(href), `${href} against ${base}, again`).toBe(want);
      }
    }
  });
});
