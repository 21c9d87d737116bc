import { load, type CheerioAPI } from 'cheerio/slim';
import { rejectOutcome, type Outcome } from '../core/outcome.js';
import type { PageRecord } from '../schema/records.js';
import { decodePage, dropControlChars } from './decode.js';
import type { EntryDraft, PageExtraction } from '../schema/records.js';
import { readGenrePage } from './genre-reader.js';
import { readWithLearnedProfile } from './learned-reader.js';
import { notAPage } from './not-a-page.js';
import { domDepth, markupDepth } from './nesting.js';
import { extractWithProfile, matchProfile } from './profile-extractor.js';
import { PROFILES, type SiteProfile } from './profiles/index.js';
import { parseQaLines } from './qa-lines.js';

export interface ExtractOptions {
  profiles?: readonly SiteProfile[];
  /** Clock for reject records; extraction itself never reads the time. */
  now?: Date;
  /** Pages nested deeper than this are rejected (`too_deep`) before any selector runs. Default 512. */
  maxDepth?: number;
}

/** Real pages of the genre nest about 30 elements deep; thousands overflow recursive walks (see nesting.ts). */
export const DEFAULT_MAX_DOM_DEPTH = 512;

/**
 * One page in, its entries out: decode the bytes, parse once (htmlparser2 via cheerio/slim,
 * twice as fast as parse5 on these pages), then read it with the site profile that
 * recognises it, or with the genre rules when none does. Pure: no I/O, no clock.
 */
/**
 * extractPage for a run: an extractor bug on one page becomes that page's reject
 * (`extractor_error`, with the stack) instead of costing the run or the crawl.
 */
export function extractPageSafely(page: PageRecord, options: ExtractOptions = {}): Outcome<PageExtraction> {
  try {
    return extractPage(page, options);
  } catch (err) {
    return rejectOutcome(page.url, 'extract', 'extractor_error', String(err instanceof Error ? err.stack : err), options.now ?? new Date(0), { status: page.status });
  }
}

export function extractPage(page: PageRecord, options: ExtractOptions = {}): Outcome<PageExtraction> {
  const now = options.now ?? new Date(0);
  if (page.body.length === 0) return rejectOutcome(page.url, 'extract', 'empty_body', 'the page has no bytes', now, { status: page.status });
  const decoded = decodePage(page.body, page.headers['content-type']);
  if (looksBinary(decoded.text)) {
    return rejectOutcome(page.url, 'decode', 'not_text', `the bytes do not decode as text (${decoded.encoding}, ${decoded.replacements} replacement characters)`, now, { status: page.status });
  }
  const text = dropControlChars(decoded.text);
  const base: Omit<PageExtraction, 'site' | 'extractor' | 'canonicalUrl' | 'entries' | 'links'> = {
    source: page.url,
    encoding: decoded.encoding,
    replacementChars: decoded.replacements,
    fetchedAt: page.fetchedAt ? page.fetchedAt.toISOString() : null,
  };
  const pageUrl = isHttpUrl(page.finalUrl) ? page.finalUrl : null;

  const other = notAPage(text);
  if (other) return rejectOutcome(page.url, 'extract', 'not_a_page', `${other}, not a page of the genre`, now, { status: page.status });

  if (isTextCopy(page, text)) {
    const { page: own, related } = parseQaLines(text.split(/\r?\n/).map((line) => ({ text: line, links: [] })));
    return { ok: true, value: { ...base, site: null, extractor: 'text-copy', canonicalUrl: null, entries: compact(own, related), links: [] } };
  }

  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DOM_DEPTH;
  const tooDeep = (detail: string) => rejectOutcome(page.url, 'extract', 'too_deep', detail, now, { status: page.status });
  // Read from the markup first: parsing itself slows down with depth (see nesting.ts).
  const nesting = markupDepth(text, maxDepth);
  if (nesting.at !== null) return tooDeep(`elements nest more than ${maxDepth} deep (level ${nesting.depth} opens at character ${nesting.at}); not parsed`);
  const $ = load(text);
  const depth = domDepth($.root().get(0)!);
  if (depth > maxDepth) return tooDeep(`elements nest ${depth} deep, over the limit of ${maxDepth}`);
  const canonicalUrl = absolute($('link[rel="canonical"]').attr('href'), pageUrl);
  const urlForHost = pageUrl ?? canonicalUrl;
  const host = urlForHost ? new URL(urlForHost).hostname : null;
  const profiles = options.profiles ?? PROFILES;
  const match = matchProfile($, profiles, host);
  const baseUrl = pageUrl ?? canonicalUrl ?? match?.layout.baseUrl ?? null;
  const resolve = (href: string) => absolute(href, baseUrl) ?? href;
  const links = uniqueLinks($, resolve);

  const structuredData = text.includes('ld+json');
  if (match) {
    // A learned profile is checked against the genre reader it was learned from (learned-reader.ts).
    const { page: own, related } = match.profile.learned
      ? readWithLearnedProfile($, match, resolve, readGenrePage($, resolve, { structuredData }))
      : extractWithProfile($, match, resolve);
    const entries = compact(own, related);
    if (own) own.url = canonicalUrl ?? pageUrl;
    return {
      ok: true,
      value: { ...base, site: match.profile.site, extractor: `${match.profile.id}/${match.layout.name}`, canonicalUrl, entries, links },
    };
  }

  const { page: own, related } = readGenrePage($, resolve, { structuredData });
  if (own) own.url = canonicalUrl ?? pageUrl;
  return {
    ok: true,
    value: { ...base, site: host, extractor: 'generic-html', canonicalUrl, entries: compact(own, related), links },
  };
}

function compact(own: EntryDraft | null, related: EntryDraft[]): EntryDraft[] {
  return own ? [own, ...related] : related;
}

/** Markup that no text copy of a page holds: a doctype, a comment, or a common tag. */
const MARKUP_RE = /<(?:!doctype\b|!--|\/?(?:html|head|body|div|p|meta|title|link|script|style|span|a|ul|ol|li|dl|dt|dd|h[1-6]|table|tr|td|section|article|main|header|footer|nav|br|img|strong|em|b|i)\b)/i;

/**
 * A declared type decides; without one (saved files: their extension is only a hint, since a
 * text copy is often saved under an .html name) the content does: HTML shows markup early on.
 */
function isTextCopy(page: PageRecord, text: string): boolean {
  const type = page.headers['content-type'] ?? '';
  if (/text\/plain/i.test(type)) return true;
  if (/html|xml/i.test(type)) return false;
  return !MARKUP_RE.test(text.slice(0, 8192));
}

/** Control characters other than whitespace are a sign of binary data, not of a page. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  const control = sample.match(/[\x00-\x08\x0e-\x1f]/g)?.length ?? 0;
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return control > sample.length * 0.01 || replaced > sample.length * 0.3;
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

function absolute(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(?:javascript|mailto|tel|data):/i.test(trimmed)) return null;
  try {
    if (base) return new URL(trimmed, base).href;
    return new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed).href;
  } catch {
    return null;
  }
}

function uniqueLinks($: CheerioAPI, resolve: (href: string) => string): string[] {
  const seen = new Set<string>();
  for (const el of $('a[href]').toArray()) {
    const href = (el as { attribs: Record<string, string> }).attribs.href;
    if (!href || /^(?:javascript|mailto|tel|data):|^#/i.test(href.trim())) continue;
    seen.add(resolve(href.trim()));
  }
  return [...seen];
}
