import type { Element, Text } from 'domhandler';
import { leadsNowhere } from '../links/resolve-url.js';
import { isArticlePager } from '../words/pager.js';
import { textContent } from '../tree/page-index.js';

/**
 * The page's neighbours in its own folder: a CMS's 上一篇 / 下一篇 (上一条, 下一条) links under an article.
 * Where the page's own address is unknown, their addresses show how the site makes its pages' addresses.
 */
const PAGER_WORD_RE = /^\s*(?:上一|下一)(?:篇|条|则|页)\s*[:：]?/u;

export function pagerSiblingHrefs(texts: readonly Text[]): string[] {
  const hrefs: string[] = [];
  for (const t of texts) {
    if (!PAGER_WORD_RE.test(t.data)) continue;
    // The word inside the link, or before it (`上一条：<a>…</a>`).
    const link = [t.parent, t.next].find((n): n is Element => !!n && n.type === 'tag' && (n as Element).name === 'a');
    const href = link?.attribs.href;
    // A pager counting the article's own pages (`第1页/共3页 1 2 3 下一页`, pager.ts): its 下一页 is the same article's next page,
    // no neighbour in the folder, and tells nothing of how the site makes its other pages' addresses.
    if (link?.parent && isArticlePager(textContent(link.parent))) continue;
    if (href && !leadsNowhere(href)) hrefs.push(href);
  }
  return hrefs;
}

/** An address's shape on its site, its numbers aside (`/news/#.html`, `/?zjdy/#.html`); null where it holds no number. */
export function addressShape(href: string): string | null {
  try {
    const { pathname, search } = new URL(href, 'http://unknown.invalid/');
    const path = `${pathname}${search}`;
    return /\d/u.test(path) ? path.replace(/\d+/gu, '#') : null;
  } catch {
    return null;
  }
}

/**
 * Whether linked titles are the page's siblings where its address is unknown: all on one host, each made as
 * the pager's neighbours are (same shape), not articles of another section.
 */
export function shapedAsSiblings(urls: readonly string[], siblings: readonly string[]): boolean {
  const shapes = new Set(siblings.map(addressShape));
  if (urls.length === 0 || shapes.size !== 1 || shapes.has(null)) return false;
  const hosts = new Set(urls.map((u) => (/^https?:\/\//iu.test(u) ? new URL(u).host : '')));
  return hosts.size === 1 && urls.every((u) => shapes.has(addressShape(u)));
}

/** A breadcrumb trail's separator between two links (`>`, `&gt;&gt;`, `»`, `›`), nothing else in the text. */
const CRUMB_SEPARATOR_RE = /^\s*(?:[>›»＞]\s*){1,2}$/u;
/**
 * The section a breadcrumb trail files the page in (`当前位置：<a href="/">主页</a> &gt; <a href="/mingyi/">名医在线</a> &gt;`): the
 * folder its last link leads to (`/mingyi/`), a path of the site below its root; null where the page prints no such trail or
 * its last link is no folder (a list script's `List.asp?ClassID=12`). Where the page's own address is unknown, it tells where
 * the site files the page.
 */
export function crumbSection(texts: readonly Text[]): string | null {
  for (const t of texts) {
    if (!CRUMB_SEPARATOR_RE.test(t.data)) continue;
    const before = t.prev;
    if (!before || before.type !== 'tag' || (before as Element).name !== 'a' || !t.parent) continue;
    const links = t.parent.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'a');
    if (links.length < 2) continue;
    const href = links[links.length - 1]!.attribs.href ?? '';
    return /^\/[^/?#]+\/(?:[^/?#]+\/)*$/u.test(href) ? href : null;
  }
  return null;
}
