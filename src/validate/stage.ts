import type { EntryItem, ExtractionItem } from '../schema/records.js';
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from '../flags/flags.js';
import { toEntries } from './to-entry.js';
import type { Stage } from '../core/stage.js';

export interface ValidateStats {
  valid: number;
  rejected: number;
  flagged: Record<string, number>;
}

/** The validate stage: every draft of every page becomes an entry with flags, or a reject that says why. */
export class ValidateStage implements Stage<ExtractionItem, EntryItem> {
  readonly name = 'validate';
  readonly stats: ValidateStats = { valid: 0, rejected: 0, flagged: {} };

  constructor(private readonly options: { flags?: FlagOptions; now?: () => Date } = {}) {}

  async *run(input: AsyncIterable<ExtractionItem>): AsyncIterable<EntryItem> {
    const now = this.options.now ?? (() => new Date());
    for await (const item of input) {
      if (item.kind !== 'extraction') {
        yield item;
        continue;
      }
      for (const outcome of toEntries(item.extraction, now(), this.options.flags ?? DEFAULT_FLAG_OPTIONS)) {
        if (!outcome.ok) {
          this.stats.rejected++;
          yield { kind: 'reject', reject: outcome.reject };
          continue;
        }
        this.stats.valid++;
        for (const flag of outcome.value.flags) this.stats.flagged[flag] = (this.stats.flagged[flag] ?? 0) + 1;
        yield { kind: 'entry', entry: outcome.value };
      }
    }
  }
}
