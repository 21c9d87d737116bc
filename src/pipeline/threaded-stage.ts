import { readAhead, type Stage } from '../core/stage.js';
import { runStageOnThread, startStageThread, type StageThread } from '../core/stage-thread.js';
import { KeyStage } from '../dedupe/entry-keys.js';
import { NearDupeStage, type NearDupeStageOptions } from '../dedupe/near-dupe-stage.js';
import type { DatasetRecord, KeyedRecord } from '../schema/records.js';
import { KeysRelay } from './keys-relay.js';
import type { StepReport, SteppedStage } from './runner.js';

/**
 * The near-duplicate stage holds its input in an index until it ends, then gives out every
 * entry: on the main thread, the run's tail would be one stage after another. On a thread of
 * its own (threads > 1) it works beside the steps around it: its index fills while exact
 * dedupe hands out its entries and the keys are computed (on threads of their own, which hand
 * the keyed entries straight to it: KeyedNearDupesStep), and the store and the writer take
 * what it gives out as it comes. Exact dedupe stays on the main thread: while it takes its
 * input, the extraction threads keep every core busy, and a thread of its own would only add
 * the cost of handing every entry over (measured: no faster on a quiet machine, slower on a
 * busy one). The same stage runs over the same records in the same order either way: what
 * comes out, and its stats, do not depend on where it ran.
 */
export interface NearDupeSpec {
  options: NearDupeStageOptions;
}

export function buildNearDupeStage(spec: NearDupeSpec): NearDupeStage {
  return new NearDupeStage(spec.options);
}

/**
 * The entries' keys and the near-duplicate stage as one step, where the run has threads: exact
 * dedupe's output goes from the main thread to the keys' threads, which hand it on, keyed,
 * straight to the near-duplicates' thread (keys-relay.ts); only the near-duplicates' output
 * comes back. Reported as the two steps it joins (`keys`, `near_dupes`, under `per_entry`, as
 * the run without threads reports keysStep and the near-duplicate stage): the same stats, the
 * same records in the same order. An input too small for threads is keyed and deduplicated here.
 */
export class KeyedNearDupesStep implements Stage<DatasetRecord, KeyedRecord>, SteppedStage {
  readonly name = 'per_entry';
  readonly stats = {};
  /** It pulls its input itself, beside whoever takes its output: its time is the near-duplicates' thread's working time, which the steps after it wait on. */
  readonly concurrent = { busyMs: () => this.nearMs };
  private nearMs = 0;
  private readonly nearStats: object;
  private readonly keys = { ms: 0, stats: new KeyStage().stats };
  private warmed: { thread: StageThread; relay: KeysRelay } | null = null;
  /** The step has had its input's first records: too late to warm. */
  private started = false;

  constructor(
    private readonly spec: NearDupeSpec,
    private readonly threads: number,
  ) {
    // The stats' shape from the start (a failed run's manifest has them); the thread's figures when it ends.
    this.nearStats = structuredClone(buildNearDupeStage(spec).stats);
  }

  parts(): Record<string, StepReport> {
    const seconds = (ms: number) => Math.round(ms) / 1000;
    return { keys: { seconds: seconds(this.keys.ms), ...this.keys.stats }, near_dupes: { seconds: seconds(this.nearMs), ...this.nearStats } };
  }

  /** Starts the threads before the input comes (it comes all at once, once exact dedupe has had all of its own); stopped unused if it turns out small. */
  warm(): void {
    if (this.warmed || this.started) return;
    this.warmed = this.startThreads();
    this.warmed.thread.worker.unref();
    this.warmed.relay.keepAlive(false);
  }

  readonly run = (input: AsyncIterable<DatasetRecord>): AsyncIterable<KeyedRecord> => this.records(input);

  private startThreads(): { thread: StageThread; relay: KeysRelay } {
    return { thread: startStageThread(workerScript(), this.spec), relay: new KeysRelay(this.threads) };
  }

  private async *records(input: AsyncIterable<DatasetRecord>): AsyncIterable<KeyedRecord> {
    try {
      yield* this.recordsOf(input);
    } finally {
      await this.stopWarmed();
    }
  }

  private async stopWarmed(): Promise<void> {
    const warmed = this.warmed;
    this.warmed = null;
    await Promise.all([warmed?.thread.stop(), warmed?.relay.stop()]);
  }

  private async *recordsOf(input: AsyncIterable<DatasetRecord>): AsyncIterable<KeyedRecord> {
    const { ended, all } = await readAhead(input[Symbol.asyncIterator](), THREAD_FROM_RECORDS);
    this.started = true;
    if (!ended) {
      const { thread, relay } = this.warmed ?? this.startThreads();
      this.warmed = null;
      relay.keepAlive(true);
      try {
        yield* runStageOnThread<DatasetRecord, KeyedRecord>(all, { name: 'near_dupes', script: workerScript(), workerData: this.spec, thread, batch: BATCH, window: INPUT_WINDOW, relay }, {
          onStats: (stats) => Object.assign(this.nearStats, stats),
          onBusy: (ms) => (this.nearMs = ms),
        });
      } finally {
        await relay.stop();
        this.keys.ms = relay.ms;
        Object.assign(this.keys.stats, relay.stats);
      }
      return;
    }
    await this.stopWarmed();
    yield* this.here(all);
  }

  /** A small input, keyed and deduplicated in this thread, each part timed. */
  private async *here(input: AsyncIterable<DatasetRecord>): AsyncIterable<KeyedRecord> {
    const keys = new KeyStage();
    const keyed: KeyedRecord[] = [];
    let t = performance.now();
    for await (const record of keys.run(input)) keyed.push(record);
    this.keys.ms += performance.now() - t;
    Object.assign(this.keys.stats, keys.stats);
    const near = buildNearDupeStage(this.spec);
    const out = near.run(fromArray(keyed))[Symbol.asyncIterator]();
    for (;;) {
      t = performance.now();
      const next = await out.next();
      this.nearMs += performance.now() - t;
      if (next.done) break;
      yield next.value;
    }
    Object.assign(this.nearStats, near.stats);
  }
}

/** Inputs of fewer records than this run in the main thread whatever the thread count (a thread costs about as much to start). */
export const THREAD_FROM_RECORDS = 1000;

/**
 * Records per message, and messages the thread may hold untaken. The stage writes its input
 * into its index in transactions of 4000 entries (scratch-db.ts, entryBatches): while it writes
 * one, the steps before it (exact dedupe's output, the keys) must be able to make the next, or
 * the two sides take turns instead of working at once (measured: the thread idle while the main
 * thread filled a window of 1024 records, then the main thread idle while the thread wrote).
 * About 5000 records in flight: some 20 MB.
 */
const BATCH = 256;
const INPUT_WINDOW = 20;

function workerScript(): URL {
  return new URL(`./stage-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
}

async function* fromArray<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}
