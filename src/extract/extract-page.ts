import { load, type CheerioAPI } from 'cheerio/slim';
import type { Document } from 'domhandler';
import { rejectOutcome, type Outcome } from '../core/outcome.js';
import type { PageRecord } from '../schema/records.js';
import { decodePage, dropControlChars } from './bytes/decode.js';
import type { EntryDraft, PageExtraction } from '../schema/records.js';
import { readGenrePage } from './reader/genre-reader.js';
import { readWithLearnedProfile } from './profiles/learned-reader.js';
import { notAPage, XML_DOCUMENT } from './bytes/not-a-page.js';
import { readXmlRecord } from './layouts/xml-record.js';
import { indexPage, selectorSet, type PageIndex, type SelectorSet } from './tree/page-index.js';
import { indexedQuery } from './reader/page-query.js';
import { asPrinted, readShortPrintsInFull } from './card/short-print.js';
import { parseHtml } from './tree/parse-html.js';
import { mendText } from './markup/mend-text.js';
import { mendTree } from './tree/mend-tree.js';
import { withMailDecoded } from './bytes/quoted-printable.js';
import { unwrapSavedResponse, withSizeLinesMarked } from './bytes/saved-response.js';
import { unwrapMhtml } from './bytes/saved-mhtml.js';
import { extractWithProfile, matchProfile } from './profiles/profile-extractor.js';
import { templateMisfit } from './profiles/profile-fit.js';
import { hostFurniture, ownAgainstFurniture } from './profiles/site-furniture.js';
import { PROFILES, type Layout, type SiteProfile } from './profiles/index.js';
import type { Selector } from './profiles/profile.js';
import { parseQaLines } from './card/qa-lines.js';
import { forgetReadLines } from './dates/page-meta.js';
import { absolute, distinctResolved, linkResolver } from './links/resolve-url.js';
import { archivedOriginal, isArchiveAddress, unarchivingResolver } from './links/archived-link.js';
import { doubtMarked, holdsMark, UNREAD_MARK } from './markup/unread-marker.js';

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

/**
 * One page in, its entries out: decode the bytes, parse once (htmlparser2, the parser of
 * cheerio/slim, twice as fast as parse5 on these pages), walk the tree once for what every
 * profile's selectors, the links and the readers need (page-index.ts), then read it with the
 * site profile that recognises it, or with the genre rules when none does. Pure: no I/O, no clock.
 */
export function extractPage(page: PageRecord, options: ExtractOptions = {}): Outcome<PageExtraction> {
  const now = options.now ?? new Date(0);
  forgetReadLines(); // a page reads its lines afresh (page-meta.ts)
  if (page.body.length === 0) return rejectOutcome(page.url, 'extract', 'empty_body', 'the page has no bytes', now, { status: page.status });
  // A page saved with its HTTP response around it (`curl -i`) is the document inside, in the charset its headers name (saved-response.ts).
  const saved = unwrapSavedResponse(page.body);
  // A page saved as MHTML is the HTML part inside, in the charset that part names (saved-mhtml.ts).
  const mhtml = saved ? null : unwrapMhtml(page.body);
  const body = saved?.body ?? mhtml?.body ?? page.body;
  const contentType = mhtml?.contentType ?? page.headers['content-type'] ?? saved?.contentType ?? undefined;
  const decoded = decodePage(body, contentType);
  if (looksBinary(decoded.text)) {
    return rejectOutcome(page.url, 'decode', 'not_text', `the bytes do not decode as text (${decoded.encoding}, ${decoded.replacements} replacement characters)`, now, { status: page.status });
  }
  if (decoded.unreadable) {
    const detail = `the bytes read as no plausible Chinese text: mojibake as ${decoded.provenance} (${decoded.charsetSource}), and as none of utf-8, gb18030, big5 either`;
    return rejectOutcome(page.url, 'decode', 'not_text', detail, now, { status: page.status });
  }
  // The markup as a browser would render it (mend-text.ts). A saved response whose chunk sizes do not
  // fit its bytes keeps its size lines, marked as unread (saved-response.ts).
  const framed = saved?.brokenFraming ? withSizeLinesMarked(decoded.text, UNREAD_MARK) : decoded.text;
  const mended = mendText(dropControlChars(framed, { bytes: body, decoded }));
  const text = mended.html;
  const base: Omit<PageExtraction, 'site' | 'extractor' | 'canonicalUrl' | 'entries' | 'links'> = {
    source: page.url,
    encoding: decoded.provenance,
    replacementChars: decoded.replacements,
    fetchedAt: page.fetchedAt ? page.fetchedAt.toISOString() : null,
  };
  const pageUrl = isHttpUrl(page.finalUrl) ? page.finalUrl : mhtml?.location && isHttpUrl(mhtml.location) ? mhtml.location : null;

  const other = notAPage(text);
  // A Q&A record served as XML for a stylesheet is read by its elements' names (xml-record.ts).
  const record = other === XML_DOCUMENT ? readXmlRecord(text) : null;
  if (record) return { ok: true, value: { ...base, site: null, extractor: 'xml-record', canonicalUrl: null, entries: compact(record.page, record.related), links: record.related.map((r) => r.url!) } };
  if (other) return rejectOutcome(page.url, 'extract', 'not_a_page', `${other}, not a page of the genre`, now, { status: page.status });

  if (!mended.markup && isTextCopy(contentType, text)) {
    // A copy of a mail's text may print its quoted-printable encoding as it came (quoted-printable.ts).
    const { page: own, related } = parseQaLines(withMailDecoded(text.split(/\r?\n/)).map((line) => ({ text: line, links: [] })));
    return { ok: true, value: { ...base, site: null, extractor: 'text-copy', canonicalUrl: null, entries: compact(own, related), links: [] } };
  }

  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DOM_DEPTH;
  const profiles = options.profiles ?? PROFILES;
  // Depth is checked as the tree is built: parsing itself slows down with depth (see parse-html.ts).
  // The page is indexed for every profile's selectors as it is parsed, in the same pass.
  const parsed = parseHtml(text, maxDepth, compiledProfiles(profiles));
  if (!parsed.ok) {
    const detail = `elements nest more than ${maxDepth} deep (level ${parsed.depth} opens at character ${parsed.at}); not parsed`;
    return rejectOutcome(page.url, 'extract', 'too_deep', detail, now, { status: page.status });
  }
  // The tree mended into what a browser shows, and indexed again where that moved its parts (mend-tree.ts).
  const { index, drawn } = mendTree(text, parsed.index!, compiledProfiles(profiles), parsed.mayRestyle);
  const marked = mended.unread || saved?.brokenFraming === true || (drawn && holdsMark(index.document));
  const $ = lazyCheerio(parsed.document);
  const query = indexedQuery(index, $);
  const linkedCanonical = absolute(index.canonicalHref, pageUrl);
  // A web archive's snapshot is read as the page it keeps: its address, and its links, the originals (archived-link.ts).
  const canonicalUrl = archivedOriginal(index.canonicalHref ?? '') ?? (linkedCanonical && (archivedOriginal(linkedCanonical) ?? linkedCanonical));
  const host = pageHost(page.finalUrl, canonicalUrl);
  const match = matchProfile(query, profiles, host);
  // A <base href> is the address the page's links are relative to, as a browser resolves them (itself relative to the page's).
  // Where it names no canonical link, its og:url is the page's address its links resolve against, as a user resolves them.
  const linkedOwn = linkedCanonical ?? absolute(index.ogUrl, pageUrl);
  const documentBase = absolute(index.baseHref, pageUrl ?? linkedOwn);
  const baseUrl = documentBase ?? pageUrl ?? linkedOwn ?? match?.layout.baseUrl ?? null;
  // A snapshot's own address on the archive's host (fetched there, or its canonical) names the snapshot: its links' originals are on another site.
  const notArchive = (url: string | null) => (isArchiveAddress(url) ? null : url);
  const originalBase = (documentBase && (archivedOriginal(documentBase) ?? documentBase)) ?? (pageUrl && archivedOriginal(pageUrl)) ?? notArchive(pageUrl) ?? notArchive(canonicalUrl) ?? notArchive(linkedOwn) ?? match?.layout.baseUrl ?? null;
  // The links to crawl are the page's as fetched; the entries' addresses are the originals.
  const pageLinks = linkResolver(baseUrl);
  const links = uniqueLinks(index, baseUrl, pageLinks);
  // One resolver (and what it remembers) for both where the page is no archive's snapshot.
  const resolve = unarchivingResolver(originalBase === baseUrl ? pageLinks : linkResolver(originalBase));

  // Only the genre reader reads structured data, from the JSON-LD scripts the parse noted: a page
  // without one is spared the search of its whole text (a slow search of a string: 50 µs at 58 KB).
  const structuredData = () => index.jsonLd.length > 0 && text.includes('ld+json');
  const walked = { index, query };
  // A card's values printed short with the full value in a tooltip: found by the full, given as printed
  // (short-print.ts); where the genre reader reads the page, not a site's own profile.
  // A built-in profile reads only the template it knows; another version of its site's page is read by the genre rules (profile-fit.ts).
  const misfit = match && !match.profile.learned ? templateMisfit(query, match.layout) : null;
  const reader = misfit === null ? match : null;
  const shortPrints = !reader || reader.profile.learned ? readShortPrintsInFull(text, index) : null;
  if (reader) {
    // A learned profile is checked against the genre reader it was learned from (learned-reader.ts).
    const genre = reader.profile.learned ? readGenrePage(walked, resolve, { structuredData: structuredData(), relatedLabel: reader.layout.related }) : null;
    const { page: own, related, ownUnread } = genre ? readWithLearnedProfile(query, reader, resolve, genre) : extractWithProfile(query, reader, resolve);
    if (own) own.url = canonicalUrl ?? pageUrl;
    if (own) own.doctor = asPrinted(own.doctor, shortPrints);
    const entries = doubtMarked(compact(own, related), marked);
    return {
      ok: true,
      value: { ...base, site: reader.profile.site, extractor: `${reader.profile.id}/${reader.layout.name}`, canonicalUrl, entries, links, ...(genre?.noQa ? { noQa: genre.noQa } : {}), ...(ownUnread ? { ownUnread } : {}) },
    };
  }

  const genre = readGenrePage(walked, resolve, { structuredData: structuredData() });
  const { related, noQa } = genre;
  // A page of a site a profile was learned for, in a layout the profile does not detect, is still read against the site's furniture.
  const { own, unread } = ownAgainstFurniture(genre.page, hostFurniture(profiles, host));
  const ownUnread = unread ?? genre.ownUnread;
  if (own) own.url = canonicalUrl ?? pageUrl;
  if (own) own.doctor = asPrinted(own.doctor, shortPrints);
  return {
    ok: true,
    value: {
      ...base, site: host, extractor: 'generic-html', canonicalUrl, entries: doubtMarked(compact(own, related), marked), links,
      ...(noQa ? { noQa } : {}), ...(ownUnread ? { ownUnread } : {}), ...(misfit !== null && match ? { profileMisfit: `${match.profile.id}/${match.layout.name}: ${misfit}` } : {}),
    },
  };
}

/** The host a page is read as of (profiles are matched by it): its own URL's, or its canonical URL's when it was saved without one. */
export function pageHost(finalUrl: string, canonicalUrl: string | null): string | null {
  const url = isHttpUrl(finalUrl) ? finalUrl : canonicalUrl;
  return url ? new URL(url).hostname : null;
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
function isTextCopy(contentType: string | undefined, text: string): boolean {
  const type = contentType ?? '';
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

const LEADS_NOWHERE_RE = /^(?:javascript|mailto|tel|data):|^#/i;
/** Whether an address may lead nowhere (LEADS_NOWHERE_RE), told by its first character: most start with `/` or `h`. */
const mayLeadNowhere = (href: string): boolean => {
  const c = href.charCodeAt(0) | 0x20; // lower case for letters; `#` stays `#`
  return c === 0x6a /* j */ || c === 0x6d /* m */ || c === 0x74 /* t */ || c === 0x64 /* d */ || c === 0x23 /* # */;
};

/** The page's links, resolved against `base` by `resolve` (its linkResolver), each once, in the order first met. */
function uniqueLinks(index: PageIndex, base: string | null, resolve: (href: string) => string): string[] {
  const hrefs: string[] = [];
  for (const el of index.anchors) {
    const href = el.attribs.href;
    if (!href) continue;
    const trimmed = href.trim();
    if (mayLeadNowhere(trimmed) && LEADS_NOWHERE_RE.test(trimmed)) continue;
    hrefs.push(trimmed);
  }
  return distinctResolved(hrefs, base, resolve);
}

/** cheerio over the parsed tree, made the first time a selector the walk did not compile needs it. */
function lazyCheerio(document: Document): () => CheerioAPI {
  let $: CheerioAPI | null = null;
  return () => ($ ??= load(document));
}

/** Every profile's page-level selectors, compiled into one walk; once per list of profiles. */
const compiled = new WeakMap<readonly SiteProfile[], SelectorSet>();
function compiledProfiles(profiles: readonly SiteProfile[]): SelectorSet {
  let set = compiled.get(profiles);
  if (!set) compiled.set(profiles, (set = selectorSet(profiles.flatMap((p) => p.layouts.flatMap(pageSelectors)))));
  return set;
}

/** The selectors a layout asks of the whole page (card fields are asked of the card alone). */
function pageSelectors(layout: Layout): string[] {
  const css = (s: Selector) => (typeof s === 'string' ? s : s.css);
  return [
    ...layout.detect,
    ...layout.question.map(css),
    ...layout.answer,
    ...(layout.doctorCard ? [layout.doctorCard] : []),
    ...layout.date.map(css),
    ...(layout.related ? [layout.related] : []),
    ...(layout.relatedItems ? [layout.relatedItems.item] : []),
    ...(layout.voiceMarker ? [layout.voiceMarker] : []),
    ...(layout.videoMarker ? [layout.videoMarker] : []),
  ];
}
