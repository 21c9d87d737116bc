import { makeReject } from '../crawl/page.js';
import type { ExtractionItem, PageItem } from '../schema/records.js';
import { extractPage, type ExtractOptions } from './extract-page.js';

export interface ExtractStats {
  pages: number;
  extracted: number;
  rejected: number;
  byExtractor: Record<string, number>;
}

/** The extract stage: page records in, page extractions out; a page without entries becomes a reject. */
export class ExtractStage {
  readonly stats: ExtractStats = { pages: 0, extracted: 0, rejected: 0, byExtractor: {} };

  constructor(private readonly options: ExtractOptions & { now?: Date } = {}) {}

  async *run(input: AsyncIterable<PageItem>): AsyncIterable<ExtractionItem> {
    for await (const item of input) {
      if (item.kind !== 'page') {
        yield item;
        continue;
      }
      this.stats.pages++;
      const now = this.options.now ?? new Date();
      let outcome;
      try {
        outcome = extractPage(item.page, { ...this.options, now });
      } catch (err) {
        // A parser bug on one page must not cost the run: record it and go on.
        outcome = { ok: false as const, reject: makeReject(item.page.url, 'extract', 'extractor_error', String(err instanceof Error ? err.stack : err), now) };
      }
      if (!outcome.ok) {
        this.stats.rejected++;
        yield { kind: 'reject', reject: outcome.reject };
        continue;
      }
      const extraction = outcome.value;
      if (extraction.entries.length === 0) {
        this.stats.rejected++;
        yield {
          kind: 'reject',
          reject: makeReject(
            item.page.url,
            'extract',
            'no_entries',
            `no question with an answer and no related list found (read as ${extraction.extractor}, ${extraction.links.length} links)`,
            now,
            { status: item.page.status },
          ),
        };
        continue;
      }
      this.stats.extracted++;
      this.stats.byExtractor[extraction.extractor] = (this.stats.byExtractor[extraction.extractor] ?? 0) + 1;
      yield { kind: 'extraction', extraction };
    }
  }
}
