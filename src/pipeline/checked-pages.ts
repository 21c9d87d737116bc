import { ThreadPool } from '../core/thread-pool.js';
import type { Stage } from '../core/stage.js';
import type { FlagOptions } from '../flags/flags.js';
import type { ExtractionItem, PackedEntryItem, PageExtraction } from '../schema/records.js';
import { PAGES_PER_BATCH, PerPageStep, runBatch, THREADS_FROM_PAGES, workerScript, type PerPageSpec, type PerPageWorkerData } from './per-page.js';
import type { PageResult } from './stage-batch.js';

/**
 * Pages validated and packed as a crawl reads them. The crawl's reader threads are half idle
 * while pages arrive; publishing after the crawl used to start a pool of its own and validate
 * every page again, all at once. Now each page read in this run is validated and packed
 * (validate → pack, exactly the publishing's per-page stages) on the thread that read it, and
 * publishing takes the packed entries of those pages as they are. The dataset is the same:
 * the page is checked as the store will give it back (a JSON copy of its extraction), with the
 * run's flags, and publishing uses a check only for the very extraction it was made of (same
 * source and fetch time: a page whose new bytes held the same content keeps its stored
 * extraction, and is validated at publish time). A reject's time is when publishing took it,
 * as when it validated the page itself. What the store holds from earlier runs, other workers
 * or older versions has no check here: it is validated at publish time, as before.
 */

/** A page's extraction as validated and packed: what publishing's per-page step would have made of it, and its counts. */
export interface CheckedPage {
  source: string;
  fetchedAt: string | null;
  items: PackedEntryItem[];
  /** Each stage's counts for this page (validate, pack), as a step run page by page gives them. */
  stats: object[];
}

/** The per-page stages publishing runs over a stored extraction: one list, so the crawl's check is the same work. */
export function checkSpecs(flags: FlagOptions): PerPageSpec[] {
  return [{ step: 'validate', flags }, { step: 'pack' }];
}

/** Validates and packs one extraction, as the store will give it back (JSON), page by page (its own counts). */
export async function checkExtraction(extraction: PageExtraction, flags: FlagOptions): Promise<CheckedPage> {
  const stored = JSON.parse(JSON.stringify(extraction)) as PageExtraction;
  const { items } = await runBatch<PageResult<unknown, PackedEntryItem>>(checkSpecs(flags), [{ kind: 'extraction', extraction: stored }], [], true);
  const page = items[0]!;
  return { source: stored.source, fetchedAt: stored.fetchedAt, items: page.items, stats: page.stats };
}

/**
 * The checks of the pages this run read, by source, up to `budgetChars` of packed entries'
 * text (default 64 M: a long crawl's later pages are then validated at publish time, as
 * before, rather than held in memory).
 */
export class CheckedPages {
  private readonly bySource = new Map<string, CheckedPage>();
  private chars = 0;
  private full = false;

  constructor(
    readonly flags: FlagOptions,
    private readonly budgetChars = 64_000_000,
  ) {}

  get size(): number {
    return this.bySource.size;
  }

  add(checked: CheckedPage): void {
    const size = charsOf(checked);
    const earlier = this.bySource.get(checked.source);
    if (earlier) {
      this.bySource.delete(checked.source);
      this.chars -= charsOf(earlier);
    }
    if (this.full || this.chars + size > this.budgetChars) {
      this.full = true;
      return;
    }
    this.chars += size;
    this.bySource.set(checked.source, checked);
  }

  /** The check made of this very extraction, if any. */
  of(extraction: Pick<PageExtraction, 'source' | 'fetchedAt'>): CheckedPage | undefined {
    const checked = this.bySource.get(extraction.source);
    return checked && checked.fetchedAt === extraction.fetchedAt ? checked : undefined;
  }

  /** The check made of an item's extraction, found by what the store told of it when it did (not unpacking it). */
  ofItem(item: Extract<ExtractionItem, { kind: 'extraction' }>): CheckedPage | undefined {
    return this.of(item.stored ?? item.extraction);
  }

  /** Whether checks made with `flags` are publishing's (a run publishes with the flags its crawl checked with). */
  matches(flags: FlagOptions): boolean {
    return JSON.stringify(flags) === JSON.stringify(this.flags);
  }
}

function charsOf(checked: CheckedPage): number {
  return checked.items.reduce((n, item) => n + (item.kind === 'packed_entry' ? item.packed.json.length : 0), 0);
}


/**
 * Publishing's per-page step over a crawl's stored extractions when the crawl checked the pages
 * it read: a page with a check gives its packed entries (rejects stamped now); a page without
 * one is validated and packed here, in the main thread, or, once such pages are many, on
 * `threads` worker threads (started only then: a fresh crawl's publishing starts none). In input
 * order either way; the stages' counts (and the manifest's names for them) are the plain step's.
 */
export class CheckedPerPageStep implements Stage<ExtractionItem, PackedEntryItem> {
  readonly name = 'per_page';
  /** Pages taken as the crawl checked them, and pages validated here (stored by an earlier run, another worker, or changed since). */
  readonly stats = { checked_while_crawling: 0, validated_at_publish: 0 };
  /** Keeps each stage's totals, as the plain step would (parts()). */
  private readonly totals: PerPageStep<ExtractionItem, PackedEntryItem>;
  private readonly specs: PerPageSpec[];

  constructor(
    private readonly checked: CheckedPages,
    flags: FlagOptions,
    private readonly threads: number,
    private readonly options: { now?: () => Date; threadsFrom?: number } = {},
  ) {
    this.specs = checkSpecs(flags);
    this.totals = new PerPageStep('per_page', this.specs, { threads: 1 });
  }

  parts(): ReturnType<PerPageStep<unknown, unknown>['parts']> {
    return this.totals.parts();
  }

  /** The stats of the stage named `name` so far (e.g. validate's `valid`). */
  partStats<S>(name: string): S {
    return this.totals.partStats<S>(name);
  }

  readonly run = (input: AsyncIterable<ExtractionItem>): AsyncIterable<PackedEntryItem> => this.results(input);

  private async *results(input: AsyncIterable<ExtractionItem>): AsyncIterable<PackedEntryItem> {
    type Answer = Promise<{ items: Array<PageResult<unknown, PackedEntryItem>>; parts: Array<{ ms: number }> }>;
    // Each batch with the check of each of its pages (null: not an extraction; undefined: none), and the answer for those without.
    const held: Array<{ batch: ExtractionItem[]; checks: Array<CheckedPage | null | undefined>; answer: Answer | null }> = [];
    let pool: ThreadPool<unknown, Awaited<Answer>> | null = null;
    let unchecked = 0;
    const emit = async function* (this: CheckedPerPageStep, slot: (typeof held)[number]): AsyncIterable<PackedEntryItem> {
      const answer = slot.answer ? await slot.answer : null;
      if (answer) this.totals.addTime(answer.parts.map((p) => p.ms));
      let next = 0;
      for (const [i, item] of slot.batch.entries()) {
        const checked = slot.checks[i];
        if (checked === null) {
          yield item as PackedEntryItem;
          continue;
        }
        const page = checked ?? answer!.items[next++]!;
        this.totals.count(page.stats);
        this.stats[checked ? 'checked_while_crawling' : 'validated_at_publish']++;
        if (!checked) {
          yield* page.items;
          continue;
        }
        const at = (this.options.now?.() ?? new Date()).toISOString();
        for (const out of page.items) yield out.kind === 'reject' ? { kind: 'reject', reject: { ...out.reject, at } } : out;
      }
    }.bind(this);
    try {
      let batch: ExtractionItem[] = [];
      const dispatch = () => {
        const checks = batch.map((item) => (item.kind === 'extraction' ? this.checked.ofItem(item) : null));
        const toCheck = batch.filter((_, i) => checks[i] === undefined);
        unchecked += toCheck.length;
        let answer: Answer | null = null;
        if (toCheck.length > 0) {
          if (!pool && this.threads > 1 && unchecked >= (this.options.threadsFrom ?? THREADS_FROM_PAGES)) {
            const workerData: PerPageWorkerData = { specs: this.specs, byPage: true };
            pool = new ThreadPool({ threads: this.threads, script: workerScript('per-page-worker'), workerData });
          }
          answer = pool ? pool.run(toCheck) : runBatch(this.specs, toCheck, [], true);
          answer.catch(() => {});
        }
        held.push({ batch, checks, answer });
        batch = [];
      };
      for await (const item of input) {
        batch.push(item);
        if (batch.length < PAGES_PER_BATCH) continue;
        dispatch();
        // As mapOnThreads: a few batches in flight per thread, so no thread idles while the next is read.
        while (held.length > 0 && (held.length >= Math.max(1, this.threads) * 2 || !held[0]!.answer)) yield* emit(held.shift()!);
      }
      if (batch.length > 0) dispatch();
      while (held.length > 0) yield* emit(held.shift()!);
    } finally {
      await (pool as ThreadPool<unknown, unknown> | null)?.close();
    }
  }
}
