import { availableParallelism } from 'node:os';
import { readAhead, type Stage } from '../core/stage.js';
import { mapOnThreads, ThreadPool } from '../core/thread-pool.js';
import { EntryKeysStage } from '../dedupe/entry-keys.js';
import { entryText, PackStage } from '../dedupe/exact-dedupe.js';
import type { ExtractOptions } from '../extract/extract-page.js';
import { PROFILES, type SiteProfile } from '../extract/profiles/index.js';
import { ExtractStage } from '../extract/stage.js';
import type { FlagOptions } from '../flags/flags.js';
import { ValidateStage } from '../validate/stage.js';
import type { DatasetRecord, EntryKeys, KeyedRecord } from '../schema/records.js';
import { readingNote } from './reading-note.js';
import { runStages, runStagesByPage, type BatchResult } from './stage-batch.js';

export type { BatchResult } from './stage-batch.js';

/**
 * The CPU-bound work a run does per record — per page: extract (decode, parse, read) and
 * validate (entry, id, flags); per entry once exact duplicates are merged: keys (signature,
 * identity, content hash) — as steps that run on `threads` threads: 1 runs them in the main
 * thread; more run them on that many worker threads, batches in, results back in input order. Either way the same stages run over the same batches, so what
 * comes out, and every stage's stats, are the same whatever the thread count. In the manifest
 * each stage keeps its own name and stats (its seconds: its own time on whichever threads ran
 * it); the step's own seconds are the main thread's wait for it.
 *
 * Profiles learned as the run goes (auto-profiles.ts) are a list the learner appends to: a
 * batch is extracted with the run's profiles and those learned before it was run (in process)
 * or sent to its worker, which keeps them from batch to batch; each batch's result says how
 * many it was read with. A learning run's step goes page by page (`byPage`): each page's results
 * come back apart, with a note of its reading (reading-note.ts) for the learner.
 */

/** A stage of the per-page work, as data: what a worker needs to build it. */
export type PerPageSpec = { step: 'extract'; options: ExtractOptions } | { step: 'validate'; flags: FlagOptions } | { step: 'pack' } | { step: 'keys' };


function makeStage(spec: PerPageSpec, learned: readonly SiteProfile[] = [], count = 0): Stage<never, unknown> {
  switch (spec.step) {
    case 'extract':
      return new ExtractStage({ ...spec.options, profiles: withLearned(spec.options.profiles ?? PROFILES, learned, count) }) as Stage<never, unknown>;
    case 'validate':
      return new ValidateStage({ flags: spec.flags }) as Stage<never, unknown>;
    case 'pack':
      return new PackStage() as Stage<never, unknown>;
    case 'keys':
      return new EntryKeysStage() as Stage<never, unknown>;
  }
}

/**
 * `profiles` and then the first `count` profiles of `learned` (a list only ever appended to),
 * as one list that stays the same object while no profile is added: extraction compiles a
 * list's selectors once (extract-page.ts), so a worker compiles them once per profile
 * learned, not once per batch.
 */
export function withLearned(profiles: readonly SiteProfile[], learned: readonly SiteProfile[], count = learned.length): readonly SiteProfile[] {
  if (count === 0) return profiles;
  const last = extended.get(learned);
  if (last?.profiles === profiles && last.count === count) return last.list;
  const list = [...profiles, ...learned.slice(0, count)];
  extended.set(learned, { profiles, count, list });
  return list;
}
const extended = new WeakMap<readonly SiteProfile[], { profiles: readonly SiteProfile[]; count: number; list: readonly SiteProfile[] }>();

/**
 * One batch through the stages `specs` describe, each over the whole batch in turn (fresh
 * stages: their stats are the batch's), or, `byPage`, page by page (stage-batch.ts,
 * runStagesByPage: the first stage is extraction, its output noted); extraction reads with
 * `learned` as it is now.
 */
export async function runBatch<Out>(specs: readonly PerPageSpec[], items: unknown[], learned: readonly unknown[] = [], byPage = false): Promise<BatchResult<Out>> {
  const count = learned.length;
  const stages = specs.map((spec) => () => makeStage(spec, learned as readonly SiteProfile[], count));
  return byPage ? (runStagesByPage(stages, items, count, readingNote as (first: unknown) => unknown) as Promise<BatchResult<Out>>) : runStages<Out>(stages, items, count);
}

/** What a worker of the step is started with (per-page-worker.ts, keys-worker.ts). */
export interface PerPageWorkerData {
  specs: readonly PerPageSpec[];
  byPage: boolean;
}

/** `threads` as configured: 0 is one per core. */
export function resolveThreads(threads: number | undefined): number {
  return !threads ? availableParallelism() : threads;
}

export interface PerPageOptions<In = unknown, Out = unknown> {
  /** Threads doing the work: 1 is the main thread, more are worker threads. */
  threads: number;
  /** Pages per batch (default PAGES_PER_BATCH): enough work (tens of ms) to make a message's cost small. */
  batchSize?: number;
  /** Profiles learned as the run goes, a list the caller appends to (see the file's comment). */
  learned?: readonly SiteProfile[];
  /** The worker threads' script: per-page-worker, which runs any of the stages, unless a step's own loads less (keys-worker). */
  script?: URL;
  /**
   * What of each item the stages work on, when not the whole item: `send` gives it (undefined:
   * the item passes on as it is, in its place, and no thread sees it), `join` puts the item and
   * its one result back together. A thread is then sent only what it reads and answers only
   * what it adds: each item crosses between threads as a copy, both ways.
   */
  split?: Split<In, Out>;
  /**
   * Batches run page by page (runBatch): each result is a page's PageResult (stage-batch.ts),
   * whose counts the caller adds (`count`) for the pages it keeps, in input order.
   */
  byPage?: boolean;
}

export interface Split<In, Out> {
  send: (item: In) => unknown;
  join: (item: In, result: unknown) => Out;
}

/** The per-page stages as one step of the run; `parts` has each stage's stats and seconds for the manifest. */
export class PerPageStep<In, Out> implements Stage<In, Out> {
  readonly stats = {};
  private readonly totals: Array<{ name: string; stats: Record<string, unknown>; ms: number }>;
  /** Worker threads started ahead of the input (warm), until the step takes them or finds its input too small for them. */
  private warmed: ThreadPool<unknown, BatchResult<Out>> | null = null;
  /** The step has had its input's first batches: too late to warm. */
  private started = false;

  constructor(
    /** The step's own name in the manifest (its stages report under theirs). */
    readonly name: string,
    private readonly specs: readonly PerPageSpec[],
    private readonly options: PerPageOptions<In, Out>,
  ) {
    this.totals = specs.map((spec) => ({ name: makeStage(spec).name, stats: { ...makeStage(spec).stats } as Record<string, unknown>, ms: 0 }));
  }

  /** Each stage's stats so far, and its seconds, by its name. */
  parts(): Record<string, { seconds: number } & Record<string, unknown>> {
    return Object.fromEntries(this.totals.map((t) => [t.name, { seconds: Math.round(t.ms) / 1000, ...t.stats }]));
  }

  /** The stats of the stage named `name` so far (e.g. validate's `valid`). */
  partStats<S>(name: string): S {
    return this.totals.find((t) => t.name === name)!.stats as S;
  }

  /**
   * Starts the step's worker threads now, before its input comes, as the near-duplicates'
   * thread is (threaded-stage.ts): the keys step's input comes only once exact dedupe has had
   * all of its own, and threads started then kept the run's tail waiting while they loaded
   * their code. They do not keep the process alive until the step takes them; if the input
   * turns out small, they are stopped unused.
   */
  warm(): void {
    if (this.warmed || this.started || this.options.threads <= 1) return;
    this.warmed = new ThreadPool(this.poolOptions());
    this.warmed.keepAlive(false);
  }

  private poolOptions() {
    const workerData: PerPageWorkerData = { specs: this.specs, byPage: this.options.byPage ?? false };
    return { threads: this.options.threads, script: this.options.script ?? workerScript('per-page-worker'), workerData, shared: this.options.learned ?? [] };
  }

  /** A page's counts, one object per stage (PageResult.stats of a step run `byPage`), added to the step's. */
  count(stats: readonly object[]): void {
    stats.forEach((part, i) => addCounts(this.totals[i]!.stats, part as Record<string, unknown>));
  }

  /** Milliseconds of each stage spent on a batch run elsewhere (a step that runs the stages itself: checked-pages.ts). */
  addTime(ms: readonly number[]): void {
    ms.forEach((m, i) => (this.totals[i]!.ms += m));
  }

  /** One batch run here, in the main thread, with every profile learned so far; its time is the stages', its counts the caller's to add, as for every batch of a step run `byPage`. */
  async runHere(items: In[]): Promise<BatchResult<Out>> {
    const answer = await runBatch<Out>(this.specs, items, this.options.learned ?? [], this.options.byPage);
    answer.parts.forEach((part, i) => {
      addCounts(this.totals[i]!.stats, part.stats as Record<string, unknown>);
      this.totals[i]!.ms += part.ms;
    });
    return answer;
  }

  readonly run = (input: AsyncIterable<In>): AsyncIterable<Out> => this.results(input);

  private async *results(input: AsyncIterable<In>): AsyncIterable<Out> {
    for await (const batch of this.batches(input)) yield* batch.items;
  }

  /** The results batch by batch, in input order, each with the number of learned profiles it was read with. */
  async *batches(input: AsyncIterable<In>): AsyncIterable<BatchResult<Out>> {
    const { split } = this.options;
    // Answers come back in input order: each is the answer to the first batch held here.
    const held: In[][] = [];
    const sent = split ? sentParts(batchesOf(input, this.options.batchSize ?? PAGES_PER_BATCH), split, held) : batchesOf(input, this.options.batchSize ?? PAGES_PER_BATCH);
    const batches = sent[Symbol.asyncIterator]();
    // A run of a few pages is done before worker threads would have started: it stays in process.
    let answers: AsyncIterable<BatchResult<Out>>;
    try {
      const { ended: exhausted, all } = await readAhead(batches, this.options.threads > 1 ? THREADS_FROM_BATCHES : 0);
      this.started = true;
      const onThreads = this.options.threads > 1 && !exhausted;
      const learned = this.options.learned ?? [];
      answers = onThreads
        ? mapOnThreads<unknown, BatchResult<Out>>(all, this.poolOptions(), this.warmed ?? undefined)
        : mapInProcess(all, (items) => runBatch<Out>(this.specs, items, learned, this.options.byPage));
      if (onThreads) this.warmed = null;
    } finally {
      // Threads warmed for an input that turned out small (or failed): stopped unused.
      await this.warmed?.close();
      this.warmed = null;
    }
    for await (const answer of answers) {
      // In input order, so stats (and the order of keys in their records) are the serial run's.
      answer.parts.forEach((part, i) => {
        addCounts(this.totals[i]!.stats, part.stats as Record<string, unknown>);
        this.totals[i]!.ms += part.ms;
      });
      yield split ? { ...answer, items: joined(held.shift()!, answer.items, split) } : answer;
    }
  }
}

/** Each batch as sent: what `split.send` gives of its items; the whole batches are `held`, in order. */
async function* sentParts<In>(batches: AsyncIterable<In[]>, split: Split<In, unknown>, held: In[][]): AsyncIterable<unknown[]> {
  for await (const batch of batches) {
    held.push(batch);
    yield batch.map(split.send).filter((part) => part !== undefined);
  }
}

/** A batch's items with the results of those that were sent (one each, in order) joined to them. */
function joined<In, Out>(batch: In[], results: unknown[], split: Split<In, Out>): Out[] {
  let next = 0;
  return batch.map((item) => (split.send(item) === undefined ? (item as unknown as Out) : split.join(item, results[next++])));
}

/**
 * The keys of each entry that exact dedupe gives out, on `threads` threads: the threads are sent
 * the entries alone and answer with their keys (rejects and superseded records pass them by),
 * and each entry goes on with its keys.
 */
export function keysStep(threads: number): PerPageStep<DatasetRecord, KeyedRecord> {
  return new PerPageStep<DatasetRecord, KeyedRecord>('per_entry', [{ step: 'keys' }], {
    threads,
    script: workerScript('keys-worker'),
    split: {
      // An entry exact dedupe gave out as it read it goes as its JSON text (entryText): a cheaper copy for this thread to make.
      send: (record) => (record.kind === 'entry' ? (entryText(record.entry) ?? record.entry) : undefined),
      join: (record, keys) => ({ kind: 'entry', entry: (record as Extract<DatasetRecord, { kind: 'entry' }>).entry, keys: keys as EntryKeys }),
    },
  });
}

/** Inputs of fewer batches than this run in process whatever the thread count (64 pages at the default batch size). */
const THREADS_FROM_BATCHES = 4;
/** Pages a batch of the per-page step holds. */
export const PAGES_PER_BATCH = 16;
/** Fewer pages than this are not worth a thread's start (the crawl's reader and its checks go by it too). */
export const THREADS_FROM_PAGES = THREADS_FROM_BATCHES * PAGES_PER_BATCH;

async function* mapInProcess<In, Out>(batches: AsyncIterable<In[]>, map: (items: In[]) => Promise<Out>): AsyncIterable<Out> {
  for await (const batch of batches) yield await map(batch);
}

async function* batchesOf<T>(input: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let batch: T[] = [];
  for await (const item of input) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Adds counters (numbers, and records of them at any depth) of `more` into `into`. */
export function addCounts(into: Record<string, unknown>, more: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(more)) {
    if (typeof value === 'number') into[key] = ((into[key] as number | undefined) ?? 0) + value;
    else if (value && typeof value === 'object') addCounts((into[key] ??= {}) as Record<string, unknown>, value as Record<string, unknown>);
  }
}

/** A worker script of this folder, compiled or (under tsx) as TypeScript, as this module is. */
export function workerScript(name: 'per-page-worker' | 'keys-worker'): URL {
  return new URL(`./${name}.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
}
