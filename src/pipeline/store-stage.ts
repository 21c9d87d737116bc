import { faultPoint } from '../core/faults.js';
import type { Stage } from '../core/stage.js';
import type { PublishedStore } from '../dedupe/published-store.js';
import type { KeyedRecord } from '../schema/records.js';

export interface StoreStats {
  /** Entries marked in the store of published entries (every entry of the run). */
  seen: number;
  /** Entries a delta run does not carry: published as they are. */
  held_back: number;
}

/**
 * Marks every entry in the store of what earlier runs published (so the store can tell what is
 * new, changed, unchanged and gone); a delta run passes on every entry not published exactly so
 * (applied in order, deltas then equal a full snapshot), a full snapshot every live one.
 * Rejects and superseded records pass on as they are.
 */
export class StoreStage implements Stage<KeyedRecord, KeyedRecord> {
  readonly name = 'store';
  readonly stats: StoreStats = { seen: 0, held_back: 0 };

  constructor(
    private readonly store: PublishedStore,
    private readonly mode: 'full' | 'delta',
  ) {}

  async *run(input: AsyncIterable<KeyedRecord>): AsyncIterable<KeyedRecord> {
    // Records in windows of up to BATCH entries: the window's entries are marked in one
    // transaction, then its records pass on in their order. A window also ends at WINDOW
    // records: the near-duplicate stage gives out the superseded records of the steps before it
    // after its last entry, and a window waiting for entries held all of them (at 100,000 pages,
    // 100 MB of the main thread's heap at the run's end).
    let window: KeyedRecord[] = [];
    let entries = 0;
    for await (const record of input) {
      window.push(record);
      if (record.kind === 'entry') entries++;
      if (entries >= BATCH || window.length >= WINDOW) {
        yield* this.pass(window);
        window = [];
        entries = 0;
      }
    }
    yield* this.pass(window);
  }

  private *pass(window: KeyedRecord[]): Iterable<KeyedRecord> {
    const entries = window.filter((r): r is Extract<KeyedRecord, { kind: 'entry' }> => r.kind === 'entry');
    const statuses = this.store.markSeenAll(entries, () => faultPoint('store-mark'));
    this.stats.seen += entries.length;
    let n = 0;
    for (const record of window) {
      const unchanged = record.kind === 'entry' && statuses[n++] === 'unchanged';
      if (unchanged && this.mode === 'delta') {
        this.stats.held_back++;
        continue;
      }
      yield record;
    }
  }
}

const BATCH = 500;
const WINDOW = 4 * BATCH;
