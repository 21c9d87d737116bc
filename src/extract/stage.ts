import { makeReject } from '../core/outcome.js';
import type { ExtractionItem, PageItem } from '../schema/records.js';
import { extractPageSafely, type ExtractOptions } from './extract-page.js';
import type { Stage } from '../core/stage.js';

export interface ExtractStats {
  pages: number;
  extracted: number;
  rejected: number;
  byExtractor: Record<string, number>;
}

/** The extract stage: page records in, page extractions out; a page without entries becomes a reject. */
export class ExtractStage implements Stage<PageItem, ExtractionItem> {
  readonly name = 'extract';
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
      const outcome = extractPageSafely(item.page, { ...this.options, now });
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
