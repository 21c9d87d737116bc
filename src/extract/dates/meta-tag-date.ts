/** The publishing date a page's <head> gives in its <meta> tags: a second source of the answer's date. */
import type { AnyNode, Element } from 'domhandler';
import { findDate } from './page-meta.js';
import { isArchiveAddress } from '../links/archived-link.js';

/** Where pages say when they were published, for search engines: a second source of the date. */
const DATE_META_RE = /^(?:article:published_time|datepublished|publishdate|pubdate|publish_date|date|uploaddate)$/i;
/** Open Graph's and schema.org's names for when an article was published, or a video or recording uploaded (schema.org's `uploadDate`). */
const STANDARD_DATE_META_RE = /^(?:article:published_time|datepublished|uploaddate)$/i;
/** The date of the <head>'s publishing <meta> tags, where they give one (its children only: no search of the page). */
export function metaTagDate(head: Element | undefined): { date: string; standard: boolean } | null {
  const dates = new Set<string>();
  let standard = true;
  for (const node of head?.children ?? []) {
    // A web archive's snapshot names its own address in its head: the dates there are the capture's, not the page's (archived-link.ts).
    if (node.type === 'tag' && isArchiveAddress(ownAddress(node as Element))) return null;
    if (node.type !== 'tag' || (node as Element).name !== 'meta') continue;
    const { property, itemprop, name, content } = (node as Element).attribs;
    const key = property ?? itemprop ?? name;
    const date = key && DATE_META_RE.test(key) && content ? findDate(content) : null;
    if (date) dates.add(date);
    if (date && !STANDARD_DATE_META_RE.test(key!)) standard = false;
  }
  return dates.size === 1 ? { date: [...dates][0]!, standard } : null;
}
/** The address a <head> element gives as the page's own: its canonical link, its og:url or url meta. */
function ownAddress(el: Element): string | null {
  const { rel, href, property, itemprop, content } = el.attribs;
  if (el.name === 'link' && rel?.toLowerCase() === 'canonical') return href ?? null;
  if (el.name === 'meta' && (property === 'og:url' || itemprop === 'url')) return content ?? null;
  return null;
}
/** The document's <head>: a child of <html>, or of the document where the page has no <html>. */
export function headOf(document: { children: AnyNode[] }): Element | undefined {
  for (const node of document.children) {
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'head') return el;
    if (el.name === 'html') return el.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'head');
  }
  return undefined;
}
