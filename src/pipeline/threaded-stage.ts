import { readAhead, type Stage } from '../core/stage.js';
import { runStageOnThread, startStageThread, type StageThread } from '../core/stage-thread.js';
import { NearDupeStage, type NearDupeStageOptions } from '../dedupe/near-dupe-stage.js';
import type { KeyedRecord } from '../schema/records.js';

/**
 * The near-duplicate stage holds its input in an index until it ends, then gives out every
 * entry: on the main thread, the run's tail would be one stage after another. On a thread of
 * its own (threads > 1) it works beside the steps around it: its index fills while exact
 * dedupe hands out its entries and the keys are computed, and the store and the writer take
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

/** A step that can start its thread before its input comes (`warm`), so that the thread has loaded its code by then. */
export type NearDupeStep = Stage<KeyedRecord, KeyedRecord> & { warm?(): void };

/** The near-duplicate stage: on a worker thread of its own when `threads` > 1, else in this thread. */
export function nearDupeStep(spec: NearDupeSpec, threads: number): NearDupeStep {
  return threads > 1 ? (new StageOnThread(spec) as unknown as NearDupeStep) : buildNearDupeStage(spec);
}

/** A stage on a worker thread of its own (core/stage-thread.ts), under the stage's name and with its stats. */
class StageOnThread implements Stage<never, unknown> {
  readonly name: string;
  readonly stats: object;
  /** It pulls its input itself, beside whoever takes its output: its time is the thread's working time. */
  readonly concurrent = { busyMs: () => this.busy };
  private busy = 0;
  /** The thread, started ahead of the input (warm), until the stage takes it or finds its input too small for it. */
  private warmed: StageThread | null = null;
  /** The stage has had its input's first records: too late to warm. */
  private started = false;

  constructor(private readonly spec: NearDupeSpec) {
    const local = buildNearDupeStage(spec);
    this.name = local.name;
    // The stats' shape from the start (a failed run's manifest has them); the thread's figures when it ends.
    this.stats = structuredClone(local.stats);
  }

  /**
   * Starts the thread now, before the input comes (the run knows it is large before the stage
   * does: the stage's input only comes once exact dedupe has had all of its own). The thread
   * does not keep the process alive until the stage takes it; if the input turns out small,
   * it is stopped.
   */
  warm(): void {
    if (this.warmed || this.started) return;
    this.warmed = startStageThread(workerScript(), this.spec);
    this.warmed.worker.unref();
  }

  readonly run = (input: AsyncIterable<never>): AsyncIterable<unknown> => this.records(input);

  private async *records(input: AsyncIterable<never>): AsyncIterable<unknown> {
    try {
      yield* this.recordsOf(input);
    } finally {
      await this.stopWarmed();
    }
  }

  private async stopWarmed(): Promise<void> {
    const thread = this.warmed;
    this.warmed = null;
    await thread?.stop();
  }

  private async *recordsOf(input: AsyncIterable<never>): AsyncIterable<unknown> {
    const { ended, all } = await readAhead(input[Symbol.asyncIterator](), THREAD_FROM_RECORDS);
    this.started = true;
    if (!ended) {
      const thread = this.warmed ?? undefined;
      this.warmed = null;
      yield* runStageOnThread(all, { name: this.name, script: workerScript(), workerData: this.spec, thread, batch: BATCH, window: INPUT_WINDOW }, {
        onStats: (stats) => Object.assign(this.stats, stats),
        onBusy: (ms) => (this.busy = ms),
      });
      return;
    }
    await this.stopWarmed();
    // A small input is done before a thread would have started: the stage runs here, on what was read.
    const local = buildNearDupeStage(this.spec) as Stage<never, unknown>;
    const out = local.run(all)[Symbol.asyncIterator]();
    for (;;) {
      const t = performance.now();
      const next = await out.next();
      this.busy += performance.now() - t;
      if (next.done) break;
      yield next.value;
    }
    Object.assign(this.stats, local.stats);
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
