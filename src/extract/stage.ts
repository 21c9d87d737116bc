import { noEntriesReject } from '../core/outcome.js';
import type { ExtractionItem, PageExtraction, PageItem } from '../schema/records.js';
import { extractPageSafely, type ExtractOptions } from './extract-page.js';
import type { Stage } from '../core/stage.js';

export interface ExtractStats {
  pages: number;
  extracted: number;
  rejected: number;
  byExtractor: Record<string, number>;
  /** Pages of a site a built-in profile knows, in a template it does not, read by the genre rules: per layout and why (PageExtraction.profileMisfit). */
  profileMisfits: Record<string, number>;
}

export const newExtractStats = (): ExtractStats => ({ pages: 0, extracted: 0, rejected: 0, byExtractor: {}, profileMisfits: {} });

/** Kinds of misfit counted apart; the rest go under `(other)` (the reasons name counts and selectors: few per layout). */
const MAX_MISFIT_KEYS = 50;

/** A page's extraction counted in `stats` (by 1), or a count taken back (by -1) when the page is read again. */
export function countExtraction(stats: ExtractStats, extraction: PageExtraction, by: 1 | -1): void {
  stats.extracted += by;
  countIn(stats.byExtractor, extraction.extractor, by, Infinity);
  if (extraction.profileMisfit) countIn(stats.profileMisfits, extraction.profileMisfit, by, MAX_MISFIT_KEYS);
}

function countIn(counts: Record<string, number>, key: string, by: number, maxKeys: number): void {
  const slot = key in counts || Object.keys(counts).length < maxKeys ? key : '(other)';
  counts[slot] = (counts[slot] ?? 0) + by;
  if (counts[slot] === 0) delete counts[slot];
}

/**
 * What extraction makes of one stage input, counted in `stats`: a page becomes its extraction,
 * or a reject when it cannot be read or has no entries; a reject passes through. The one
 * per-page rule of the extract stage, in process or on a worker thread.
 */
export function extractItem(item: PageItem, options: ExtractOptions, stats: ExtractStats): ExtractionItem {
  if (item.kind !== 'page') return item;
  stats.pages++;
  const now = options.now ?? new Date();
  const outcome = extractPageSafely(item.page, { ...options, now });
  if (!outcome.ok) {
    stats.rejected++;
    return { kind: 'reject', reject: outcome.reject };
  }
  const extraction = outcome.value;
  if (extraction.entries.length === 0) {
    stats.rejected++;
    return { kind: 'reject', reject: noEntriesReject(item.page.url, extraction, now, item.page.status) };
  }
  countExtraction(stats, extraction, 1);
  return { kind: 'extraction', extraction };
}

/** The extract stage: page records in, page extractions out; a page without entries becomes a reject. */
export class ExtractStage implements Stage<PageItem, ExtractionItem> {
  readonly name = 'extract';
  readonly stats: ExtractStats = newExtractStats();

  constructor(private readonly options: ExtractOptions = {}) {}

  async *run(input: AsyncIterable<PageItem>): AsyncIterable<ExtractionItem> {
    for await (const item of input) yield extractItem(item, this.options, this.stats);
  }
}
