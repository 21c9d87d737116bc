import * as cheerio from 'cheerio';
import { load, type CheerioAPI } from 'cheerio/slim';
import type { PageRecord } from '../../src/schema/records.js';
import { decodePage } from '../../src/extract/decode.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { renderLines } from '../../src/extract/html-lines.js';
import { extractWithProfile, matchProfile, type ProfileMatch } from '../../src/extract/profile-extractor.js';
import { PROFILES } from '../../src/extract/profiles/index.js';
import { parseQaLines } from '../../src/extract/qa-lines.js';
import { findRelatedList } from '../../src/extract/related-list.js';
import { generatePages, type Size } from '../../kit/pages/corpus.js';
import { median, summarize, timeIt, type Summary } from '../lib/stats.js';

/**
 * Goal 1: qa-harvest's whole per-page work (decode, parse, extract) against the parse floor
 * on the same HTML pages in the same process: a bare `cheerio/slim` load (htmlparser2 into
 * a DOM) and htmlparser2's tokenizer alone. Text copies are left out (they are never parsed
 * as HTML). The floor loads get the text already decoded; decoding is timed on its own in
 * the breakdown. Rounds interleave the variants, so a neighbour's burst of CPU hits them
 * alike; each figure is the median over rounds, each ratio the median of per-round ratios.
 */

export interface ExtractionOptions {
  size: Size;
  pages: number;
  rounds: number;
  seed: number;
}

export interface ExtractionResult {
  size: Size;
  pages: number;
  meanPageKb: number;
  rounds: number;
  /** Pages per second. */
  qaHarvest: Summary;
  cheerioSlim: Summary;
  tokenizer: Summary | null;
  tokenizerNote: string | null;
  parse5: Summary;
  ratioToSlim: number;
  ratioToTokenizer: number | null;
  /** Microseconds per page for the parts of the per-page work, timed one by one (medians). */
  breakdownUs: Record<string, number>;
  dominant: string;
}

type Tokenize = (html: string) => void;

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
  $: CheerioAPI;
  match: ProfileMatch | null;
}

export async function benchExtraction(options: ExtractionOptions): Promise<ExtractionResult> {
  const prepared: Prepared[] = [];
  let bytes = 0;
  for (const p of generatePages({ pages: options.pages * 2, seed: options.seed, size: options.size, layouts: ['youlai-desktop', 'youlai-mobile', 'jiankang-gbk'] })) {
    if (prepared.length >= options.pages) break;
    const page: PageRecord = { url: p.name, finalUrl: p.name, status: 200, headers: { 'content-type': p.contentType }, body: p.body, fetchedAt: null };
    const text = decodePage(p.body, p.contentType).text;
    const $ = load(text);
    prepared.push({ page, text, $, match: matchProfile($, PROFILES, null) });
    bytes += p.body.length;
  }
  const { tokenize, note } = await loadTokenizer();
  const n = prepared.length;
  const now = new Date(0);
  const resolve = (href: string) => href;

  const variants: Record<string, () => void> = {
    qaHarvest: () => prepared.forEach((p) => extractPage(p.page, { now })),
    cheerioSlim: () => prepared.forEach((p) => load(p.text)),
    ...(tokenize ? { tokenizer: () => prepared.forEach((p) => tokenize(p.text)) } : {}),
    parse5: () => prepared.forEach((p) => cheerio.load(p.text)),
  };
  const parts: Record<string, () => void> = {
    decode: () => prepared.forEach((p) => decodePage(p.page.body, p.page.headers['content-type'])),
    'parse (cheerio/slim)': () => prepared.forEach((p) => load(p.text)),
    'match profile': () => prepared.forEach((p) => matchProfile(p.$, PROFILES, null)),
    'read page (profile or genre rules)': () =>
      prepared.forEach((p) => {
        if (p.match) extractWithProfile(p.$, p.match, resolve);
        else parseQaLines(renderLines(p.$('body').get(0)!), { question: p.$('h1').first().text() });
      }),
    'of which: find related list': () => prepared.forEach((p) => p.match && findRelatedList(p.$)),
    'links + canonical': () =>
      prepared.forEach((p) => {
        p.$('link[rel="canonical"]').attr('href');
        for (const el of p.$('a[href]').toArray()) (el as { attribs: Record<string, string> }).attribs.href;
      }),
  };

  // Warm-up: one pass of everything, so the JIT has seen it all before timing.
  for (const fn of [...Object.values(variants), ...Object.values(parts)]) fn();

  const rates: Record<string, number[]> = {};
  const ratioSlim: number[] = [];
  const ratioTok: number[] = [];
  const partUs: Record<string, number[]> = {};
  for (let round = 0; round < options.rounds; round++) {
    const ms: Record<string, number> = {};
    for (const [name, fn] of Object.entries(variants)) {
      ms[name] = timeIt(fn);
      (rates[name] ??= []).push((n / ms[name]!) * 1000);
    }
    ratioSlim.push(ms.cheerioSlim! / ms.qaHarvest!);
    if (ms.tokenizer) ratioTok.push(ms.tokenizer / ms.qaHarvest!);
    for (const [name, fn] of Object.entries(parts)) (partUs[name] ??= []).push((timeIt(fn) / n) * 1000);
  }
  const breakdownUs: Record<string, number> = { whole: (1 / median(rates.qaHarvest!)) * 1e6 };
  for (const [name, values] of Object.entries(partUs)) breakdownUs[name] = median(values);
  const candidates = ['decode', 'parse (cheerio/slim)', 'match profile', 'read page (profile or genre rules)', 'links + canonical'];
  const dominant = candidates.reduce((a, b) => (breakdownUs[b]! > breakdownUs[a]! ? b : a));

  return {
    size: options.size,
    pages: n,
    meanPageKb: bytes / n / 1024,
    rounds: options.rounds,
    qaHarvest: summarize(rates.qaHarvest!),
    cheerioSlim: summarize(rates.cheerioSlim!),
    tokenizer: rates.tokenizer ? summarize(rates.tokenizer) : null,
    tokenizerNote: note,
    parse5: summarize(rates.parse5!),
    ratioToSlim: median(ratioSlim),
    ratioToTokenizer: ratioTok.length ? median(ratioTok) : null,
    breakdownUs,
    dominant,
  };
}
