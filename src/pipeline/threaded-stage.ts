import type { Stage } from '../core/stage.js';
import { runStageOnThread } from '../core/stage-thread.js';
import { DedupeStage, type DedupeOptions } from '../dedupe/exact-dedupe.js';
import { NearDupeStage, type NearDupeStageOptions } from '../dedupe/near-dupe-stage.js';
import type { DatasetRecord, EntryItem, KeyedRecord } from '../schema/records.js';

/**
 * The stages that hold their input in an index until it ends (exact dedupe, near-duplicates),
 * as data a worker builds them from. On a thread of their own (threads > 1) each works beside
 * the steps around it: the near-duplicate index fills while exact dedupe still hands out its
 * entries, and the store and the writer take the near-duplicate stage's output as it comes.
 * The same stage runs over the same records in the same order either way: what comes out,
 * and its stats, do not depend on where it ran.
 */
export type ThreadedStageSpec = { stage: 'dedupe'; options: DedupeOptions } | { stage: 'near_dupes'; options: NearDupeStageOptions };

type StageOf<S extends ThreadedStageSpec> = S extends { stage: 'dedupe' } ? DedupeStage : NearDupeStage;

export function buildThreadedStage<S extends ThreadedStageSpec>(spec: S): StageOf<S> {
  return (spec.stage === 'dedupe' ? new DedupeStage(spec.options) : new NearDupeStage(spec.options as NearDupeStageOptions)) as StageOf<S>;
}

/** The stage `spec` describes: on a worker thread when `threads` > 1, else in this thread. */
export function dedupeStep(spec: { stage: 'dedupe'; options: DedupeOptions }, threads: number): Stage<EntryItem, DatasetRecord>;
export function dedupeStep(spec: { stage: 'near_dupes'; options: NearDupeStageOptions }, threads: number): Stage<KeyedRecord, KeyedRecord>;
export function dedupeStep(spec: ThreadedStageSpec, threads: number): Stage<never, unknown> {
  return threads > 1 ? new StageOnThread(spec) : (buildThreadedStage(spec) as Stage<never, unknown>);
}

/** A stage on a worker thread of its own (core/stage-thread.ts), under the stage's name and with its stats. */
class StageOnThread implements Stage<never, unknown> {
  readonly name: string;
  readonly stats: object;
  /** It pulls its input itself, beside whoever takes its output: its time is the thread's working time. */
  readonly concurrent = { busyMs: () => this.busy };
  private busy = 0;

  constructor(private readonly spec: ThreadedStageSpec) {
    const local = buildThreadedStage(spec);
    this.name = local.name;
    // The stats' shape from the start (a failed run's manifest has them); the thread's figures when it ends.
    this.stats = structuredClone(local.stats);
  }

  readonly run = (input: AsyncIterable<never>): AsyncIterable<unknown> => this.records(input);

  private async *records(input: AsyncIterable<never>): AsyncIterable<unknown> {
    const it = input[Symbol.asyncIterator]();
    const head: never[] = [];
    let ended = false;
    while (!ended && head.length < THREAD_FROM_RECORDS) {
      const next = await it.next();
      if (next.done) ended = true;
      else head.push(next.value);
    }
    const all = (async function* () {
      yield* head;
      if (!ended) yield* { [Symbol.asyncIterator]: () => it };
    })();
    if (!ended) {
      yield* runStageOnThread(all, { script: workerScript(), workerData: this.spec }, {
        onStats: (stats) => Object.assign(this.stats, stats),
        onBusy: (ms) => (this.busy = ms),
      });
      return;
    }
    // A small input is done before a thread would have started: the stage runs here, on what was read.
    const local = buildThreadedStage(this.spec) as Stage<never, unknown>;
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

function workerScript(): URL {
  return new URL(`./stage-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
}
