import * as cheerio from 'cheerio';
import { load } from 'cheerio/slim';
import type { PageRecord } from '../../src/schema/records.js';
import { decodePage } from '../../src/extract/bytes/decode.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { readGenrePage } from '../../src/extract/reader/genre-reader.js';
import { learnProfile } from '../../src/extract/profiles/learn-profile.js';
import { indexPage, selectorSet, type PageIndex } from '../../src/extract/tree/page-index.js';
import { indexedQuery, type PageQuery } from '../../src/extract/reader/page-query.js';
import { parseHtml } from '../../src/extract/tree/parse-html.js';
import { extractWithProfile, matchProfile, type ProfileMatch } from '../../src/extract/profiles/profile-extractor.js';
import { PROFILES, type SiteProfile } from '../../src/extract/profiles/index.js';
import { findRelatedList } from '../../src/extract/related/related-list.js';
import { readProfileItems } from '../../src/extract/profiles/profile-items.js';
import { linkResolver } from '../../src/extract/links/resolve-url.js';
import { generatePages, type Size } from '../../kit/pages/corpus.js';
import { median, summarize, timeItBoth, type Summary } from '../lib/stats.js';

/**
 * Goal 1: qa-harvest's whole per-page work (decode, parse, extract) against the parse floor
 * on the same HTML pages in the same process: a bare `cheerio/slim` load (htmlparser2 into
 * a DOM) and htmlparser2's tokenizer alone. Text copies are left out (they are never parsed
 * as HTML). Rounds interleave the variants, so a neighbour's burst of CPU hits them alike;
 * each figure is the median over rounds, each ratio the median of per-round ratios.
 *
 * Same bytes in on both sides: qa-harvest gets the page's bytes, and so does the slim load,
 * which decodes them first with the same decoder (decode.ts: Node's own UTF-8 and GB18030
 * decoders on these pages, what any reader of bytes must run). A slim load of text decoded
 * beforehand is timed too, and its ratio printed beside (`FLOOR_NOTE`).
 *
 * Issue 10 (part 4) asks the same per reading path, each against a slim load of its own pages:
 * the profile path (youlai pages, read by the built-in profile), the genre reader (康问 pages,
 * no profile), and a learned profile (康问 pages read by a profile learned from other 康问 pages,
 * which is checked against the genre reader, so it costs the genre reading and more).
 */

export interface ExtractionOptions {
  size: Size;
  pages: number;
  rounds: number;
  seed: number;
}

/** One reading path: its pages, and qa-harvest against a slim load of those pages. */
export interface PathResult {
  path: 'profile' | 'genre' | 'learned';
  pages: number;
  meanPageKb: number;
  qaHarvest: Summary;
  /** Decode + load of the same bytes. */
  cheerioSlim: Summary;
  ratioToSlim: number;
  /** Against a load of text decoded beforehand (older results files lack it). */
  ratioToSlimText?: number;
  /** By the wall clock (older results files lack it). */
  ratioToSlimWall?: number;
}

export interface ExtractionResult {
  size: Size;
  pages: number;
  meanPageKb: number;
  rounds: number;
  /** Pages per second of CPU time (older results files: of wall time). */
  qaHarvest: Summary;
  /** Decode + load of the same bytes as qa-harvest gets. */
  cheerioSlim: Summary;
  /** A load of text decoded beforehand (older results files lack it). */
  cheerioSlimText?: Summary;
  ratioToSlimText?: number;
  ratioToSlimWall?: number;
  /** What the floor is given, and why (older results files lack it). */
  floorNote?: string;
  tokenizer: Summary | null;
  tokenizerNote: string | null;
  parse5: Summary;
  ratioToSlim: number;
  ratioToTokenizer: number | null;
  /** Microseconds per page for the parts of the per-page work, timed one by one (medians). */
  breakdownUs: Record<string, number>;
  dominant: string;
  /** Per reading path (older results files lack it). */
  paths?: PathResult[];
}

type Tokenize = (html: string) => void;

export const FLOOR_NOTE =
  'floor = cheerio/slim load of the same bytes, decoded by the same decoder (decode.ts) as qa-harvest decodes them: same bytes in, decode on both sides; "text" = a slim load of text decoded beforehand (decode on neither side of it, so qa-harvest pays its decode alone). Timed by the CPU time of this process: on a shared machine the wall clock also counts the waits for a core, which hit the variants at random; "wall" = the ratio by the wall clock';

/** htmlparser2's Tokenizer with do-nothing callbacks, if the package resolves (it is a cheerio dependency). */
export async function loadTokenizer(): Promise<{ tokenize: Tokenize | null; note: string | null }> {
  try {
    const mod = (await import('htmlparser2')) as unknown as {
      Tokenizer: new (options: { decodeEntities?: boolean; xmlMode?: boolean }, callbacks: Record<string, () => void>) => {
        write(chunk: string): void;
        end(): void;
      };
    };
    const noop = () => {};
    const callbacks: Record<string, () => void> = {};
    for (const name of [
      'onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment',
      'ondeclaration', 'onend', 'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag',
      'ontext', 'ontextentity',
    ]) callbacks[name] = noop;
    return {
      tokenize: (html) => {
        const tokenizer = new mod.Tokenizer({ decodeEntities: true }, callbacks);
        tokenizer.write(html);
        tokenizer.end();
      },
      note: null,
    };
  } catch (err) {
    return { tokenize: null, note: `htmlparser2 could not be imported (${err instanceof Error ? err.message : String(err)}): tokenizer floor not measured` };
  }
}

interface Prepared {
  page: PageRecord;
  text: string;
  index: PageIndex;
  query: PageQuery;
  match: ProfileMatch | null;
}

const recordOf = (p: { name: string; contentType: string; body: Buffer }): PageRecord => ({
  url: p.name,
  finalUrl: p.name,
  status: 200,
  headers: { 'content-type': p.contentType },
  body: p.body,
  fetchedAt: null,
});

/** The page parsed and walked as extractPage does it, for timing the parts one by one. */
function prepare(page: PageRecord, profiles: readonly SiteProfile[]): Prepared {
  const text = decodePage(page.body, page.headers['content-type']).text;
  const parsed = parseHtml(text, Infinity, pageSelectorSet(profiles));
  if (!parsed.ok) throw new Error(`${page.url}: too deep for the benchmark`);
  // A checkout whose parse builds no index (before it did): the walk builds it.
  const index = parsed.index ?? indexPage(parsed.document, pageSelectorSet(profiles));
  const query = indexedQuery(index, () => load(parsed.document));
  return { page, text, index, query, match: matchProfile(query, profiles, index.canonicalHref ? new URL(index.canonicalHref).hostname : null) };
}

function pageSelectorSet(profiles: readonly SiteProfile[]) {
  const css = (s: string | { css: string }) => (typeof s === 'string' ? s : s.css);
  return selectorSet(profiles.flatMap((p) => p.layouts.flatMap((l) => [...l.detect, ...l.question.map(css), ...l.answer, ...(l.doctorCard ? [l.doctorCard] : []), ...l.date.map(css), ...(l.related ? [l.related] : [])])));
}

/** A page to time: its bytes, its text decoded beforehand, and the reading path that reads it; no parsed tree kept. */
interface Timed {
  page: PageRecord;
  text: string;
  path: 'profile' | 'genre';
}

function timedOf(page: PageRecord): Timed {
  const { text, match } = prepare(page, PROFILES);
  return { page, text, path: match ? 'profile' : 'genre' };
}

export async function benchExtraction(options: ExtractionOptions): Promise<ExtractionResult> {
  const timed: Timed[] = [];
  const genrePages: PageRecord[] = [];
  const samplePages: PageRecord[] = [];
  let bytes = 0;
  for (const p of generatePages({ pages: options.pages * 3, seed: options.seed, size: options.size, layouts: ['youlai-desktop', 'youlai-mobile', 'jiankang-gbk'] })) {
    if (timed.length >= options.pages) {
      // Past the measured pages: 康问 pages to learn a profile from.
      if (p.plan.layout === 'jiankang-gbk' && samplePages.length < 10) samplePages.push(recordOf(p));
      continue;
    }
    const page = recordOf(p);
    timed.push(timedOf(page));
    if (p.plan.layout === 'jiankang-gbk') genrePages.push(page);
    bytes += p.body.length;
  }
  const learned = learnProfile(samplePages, { site: 'kangwen', learnedAt: new Date(0).toISOString() }).profile;
  const learnedProfiles = learned ? [...PROFILES, learned] : null;
  const { tokenize, note } = await loadTokenizer();
  const n = timed.length;
  const now = new Date(0);
  const resolve = (href: string) => href;
  const groups: Record<PathResult['path'], Timed[]> = {
    profile: timed.filter((p) => p.path === 'profile'),
    genre: timed.filter((p) => p.path === 'genre'),
    learned: learnedProfiles ? timed.filter((p) => genrePages.includes(p.page)) : [],
  };
  const profilesOf = (path: PathResult['path']) => (path === 'learned' ? learnedProfiles! : PROFILES);

  const slimFromBytes = (page: PageRecord) => load(decodePage(page.body, page.headers['content-type']).text);
  const variants: Record<string, () => void> = {
    qaHarvest: () => timed.forEach((p) => extractPage(p.page, { now })),
    cheerioSlim: () => timed.forEach((p) => slimFromBytes(p.page)),
    cheerioSlimText: () => timed.forEach((p) => load(p.text)),
    ...(tokenize ? { tokenizer: () => timed.forEach((p) => tokenize(p.text)) } : {}),
    parse5: () => timed.forEach((p) => cheerio.load(p.text)),
  };
  // Each path's pages are read as many times over as it takes to read about as many pages as the
  // whole set: a timing of a few milliseconds is at the mercy of one descheduling.
  const pathVariants: Record<string, () => void> = {};
  const passes: Partial<Record<PathResult['path'], number>> = {};
  for (const [path, pages] of Object.entries(groups) as Array<[PathResult['path'], Timed[]]>) {
    if (pages.length === 0) continue;
    const profiles = profilesOf(path);
    const times = (passes[path] = Math.max(1, Math.round(n / pages.length)));
    pathVariants[`${path}:qaHarvest`] = () => {
      for (let i = 0; i < times; i++) pages.forEach((p) => extractPage(p.page, { now, profiles }));
    };
    pathVariants[`${path}:cheerioSlim`] = () => {
      for (let i = 0; i < times; i++) pages.forEach((p) => slimFromBytes(p.page));
    };
    pathVariants[`${path}:cheerioSlimText`] = () => {
      for (let i = 0; i < times; i++) pages.forEach((p) => load(p.text));
    };
  }

  // Warm-up: one pass of everything, so the JIT has seen it all before timing.
  for (const fn of [...Object.values(variants), ...Object.values(pathVariants)]) fn();

  // Rates and ratios by CPU time (see FLOOR_NOTE); the ratios by the wall clock are kept beside.
  const rates: Record<string, number[]> = {};
  const ratioSlim: number[] = [];
  const ratioSlimWall: number[] = [];
  const pathRatiosWall: Record<string, number[]> = {};
  const ratioSlimText: number[] = [];
  const ratioTok: number[] = [];
  const pathRatios: Record<string, number[]> = {};
  const pathRatiosText: Record<string, number[]> = {};
  for (let round = 0; round < options.rounds; round++) {
    const ms: Record<string, number> = {};
    const wall: Record<string, number> = {};
    for (const [name, fn] of Object.entries({ ...variants, ...pathVariants })) {
      const took = timeItBoth(fn);
      ms[name] = took.cpu;
      wall[name] = took.wall;
      const path = name.split(':')[0] as PathResult['path'];
      const pages = name.includes(':') ? groups[path].length * passes[path]! : n;
      (rates[name] ??= []).push((pages / ms[name]!) * 1000);
    }
    ratioSlim.push(ms.cheerioSlim! / ms.qaHarvest!);
    ratioSlimWall.push(wall.cheerioSlim! / wall.qaHarvest!);
    ratioSlimText.push(ms.cheerioSlimText! / ms.qaHarvest!);
    if (ms.tokenizer) ratioTok.push(ms.tokenizer / ms.qaHarvest!);
    for (const path of Object.keys(groups)) {
      if (!ms[`${path}:qaHarvest`]) continue;
      (pathRatios[path] ??= []).push(ms[`${path}:cheerioSlim`]! / ms[`${path}:qaHarvest`]!);
      (pathRatiosWall[path] ??= []).push(wall[`${path}:cheerioSlim`]! / wall[`${path}:qaHarvest`]!);
      (pathRatiosText[path] ??= []).push(ms[`${path}:cheerioSlimText`]! / ms[`${path}:qaHarvest`]!);
    }
  }

  // The breakdown times the parts on trees parsed beforehand, so it runs after the rates: a heap
  // holding every page's tree slows the collector for whatever allocates beside it, and a worker
  // reading pages holds none (with them kept, the profile path read 0.59 of the slim load where it
  // read 0.96 without, on the same 60 KB pages).
  const prepared = timed.map((p) => prepare(p.page, PROFILES));
  const partUs = timeParts(prepared, options.rounds, resolve);
  const breakdownUs: Record<string, number> = { whole: (1 / median(rates.qaHarvest!)) * 1e6 };
  for (const [name, values] of Object.entries(partUs)) breakdownUs[name] = median(values);
  const candidates = ['decode', 'parse and index at once (as extractPage)', 'match profile', 'read page (profile or genre rules)', 'links + canonical'];
  const dominant = candidates.reduce((a, b) => (breakdownUs[b]! > breakdownUs[a]! ? b : a));
  const paths: PathResult[] = (Object.entries(groups) as Array<[PathResult['path'], Timed[]]>)
    .filter(([path]) => pathRatios[path])
    .map(([path, pages]) => ({
      path,
      pages: pages.length,
      meanPageKb: pages.reduce((sum, p) => sum + p.page.body.length, 0) / pages.length / 1024,
      qaHarvest: summarize(rates[`${path}:qaHarvest`]!),
      cheerioSlim: summarize(rates[`${path}:cheerioSlim`]!),
      ratioToSlim: median(pathRatios[path]!),
      ratioToSlimText: median(pathRatiosText[path]!),
      ratioToSlimWall: median(pathRatiosWall[path]!),
    }));

  return {
    size: options.size,
    pages: n,
    meanPageKb: bytes / n / 1024,
    rounds: options.rounds,
    qaHarvest: summarize(rates.qaHarvest!),
    cheerioSlim: summarize(rates.cheerioSlim!),
    cheerioSlimText: summarize(rates.cheerioSlimText!),
    ratioToSlimText: median(ratioSlimText),
    ratioToSlimWall: median(ratioSlimWall),
    floorNote: FLOOR_NOTE,
    tokenizer: rates.tokenizer ? summarize(rates.tokenizer) : null,
    tokenizerNote: note,
    parse5: summarize(rates.parse5!),
    ratioToSlim: median(ratioSlim),
    ratioToTokenizer: ratioTok.length ? median(ratioTok) : null,
    breakdownUs,
    dominant,
    paths,
  };
}

function relatedListAsRead(p: Prepared, resolve: (href: string) => string): void {
  const layout = p.match?.layout;
  if (!layout) return void findRelatedList(p.index, resolve);
  const itemised = layout.relatedItems ? readProfileItems(p.query, layout.relatedItems, resolve) : null;
  if (!itemised) p.query.relatedList(resolve, layout.related);
}

/** Microseconds per page for each part of the per-page work, medians over rounds. */
function timeParts(prepared: Prepared[], rounds: number, resolve: (href: string) => string): Record<string, number[]> {
  const walkSet = pageSelectorSet(PROFILES);
  const parts: Record<string, () => void> = {
    decode: () => prepared.forEach((p) => decodePage(p.page.body, p.page.headers['content-type'])),
    'parse (htmlparser2, as cheerio/slim)': () => prepared.forEach((p) => parseHtml(p.text)),
    'parse and index at once (as extractPage)': () => prepared.forEach((p) => parseHtml(p.text, Infinity, walkSet)),
    'walk (page index of a tree parsed elsewhere)': () => prepared.forEach((p) => indexPage(p.index.document, walkSet)),
    'match profile': () => prepared.forEach((p) => matchProfile(p.query, PROFILES, null)),
    'read page (profile or genre rules)': () =>
      prepared.forEach((p) => {
        if (p.match) extractWithProfile(indexedQuery(p.index, () => load(p.index.document)), p.match, resolve);
        else readGenrePage({ index: p.index, query: indexedQuery(p.index, () => load(p.index.document)) }, resolve);
      }),
    // The list as the page's reading gets it: a profile that itemises its list reads it by its selectors, the genre search
    // only where it does not or they miss (extractWithProfile); a page no profile matches, by the search.
    'of which: related list': () => prepared.forEach((p) => relatedListAsRead(p, resolve)),
    'links + canonical': () =>
      prepared.forEach((p) => {
        const resolveLink = linkResolver(p.index.canonicalHref ?? null);
        const links = new Set<string>();
        for (const el of p.index.anchors) if (el.attribs.href) links.add(resolveLink(el.attribs.href.trim()));
      }),
  };
  for (const fn of Object.values(parts)) fn();
  const partUs: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(parts)) (partUs[name] ??= []).push((timeItBoth(fn).cpu / prepared.length) * 1000);
  }
  return partUs;
}
