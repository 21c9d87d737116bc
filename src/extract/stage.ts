import { noEntriesReject } from '../core/outcome.js';
import type { ExtractionItem, PageItem } from '../schema/records.js';
import { extractPageSafely, type ExtractOptions } from './extract-page.js';
import type { Stage } from '../core/stage.js';

export interface ExtractStats {
  pages: number;
  extracted: number;
  rejected: number;
  byExtractor: Record<string, number>;
}

export const newExtractStats = (): ExtractStats => ({ pages: 0, extracted: 0, rejected: 0, byExtractor: {} });

/** Adds `more` (a batch's stats, from a worker) into `stats`. */
export function addExtractStats(stats: ExtractStats, more: ExtractStats): void {
  stats.pages += more.pages;
  stats.extracted += more.extracted;
  stats.rejected += more.rejected;
  for (const [name, n] of Object.entries(more.byExtractor)) stats.byExtractor[name] = (stats.byExtractor[name] ?? 0) + n;
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
  stats.extracted++;
  stats.byExtractor[extraction.extractor] = (stats.byExtractor[extraction.extractor] ?? 0) + 1;
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
