import type { Sink, Source, Stage } from '../core/stage.js';

/**
 * A run as a list (datatrove's pipeline): a source, the stages after it, a sink. The runner
 * composes them, checks the abort signal between every two of them, times each one and
 * returns each one's `{ seconds, ...stats }` under its name, for the manifest.
 */

export class RunInterruptedError extends Error {
  constructor() {
    super('run interrupted: nothing was published, the latest run stays as it was');
  }
}

/** Any stage: it takes nothing more than `never` and yields at least `unknown`. */
type AnyStage = Stage<never, unknown>;
type OutOf<S> = S extends Stage<never, infer Out> ? Out : never;
/** The stages `S` as they must be to follow a step that yields `In`: each takes what the one before yields. */
type Chain<In, S extends readonly unknown[]> = S extends readonly [infer First, ...infer Rest] ? readonly [Stage<In, OutOf<First>>, ...Chain<OutOf<First>, Rest>] : readonly [];
type LastOut<In, S extends readonly unknown[]> = S extends readonly [...unknown[], infer Last] ? OutOf<Last> : In;

declare const OUT: unique symbol;

/** A source and the stages after it, in order; it yields `Out`. Built by `pipeline`. */
export interface Pipeline<Out> {
  readonly source: Source<unknown>;
  readonly stages: readonly AnyStage[];
  /** Type only: what the last step yields. */
  readonly [OUT]?: Out;
}

/**
 * A source (or a pipeline) followed by `stages`, checked when compiled: a stage that does not
 * take what the step before it yields is a type error at the place the list is written.
 */
export function pipeline<In, const S extends readonly AnyStage[]>(from: Source<In> | Pipeline<In>, stages: S & Chain<NoInfer<In>, S>): Pipeline<LastOut<In, S>> {
  return 'items' in from ? { source: from, stages: [...stages] } : { source: from.source, stages: [...from.stages, ...stages] };
}

/** What the runner writes into the manifest per step: its own time and its stats. */
export type StepReport = { seconds: number } & Record<string, unknown>;

/**
 * Wall time per step of a run, live. Stages pull from the step before them inside their own
 * `next()`, so the time spent in the pulls at a step's output includes every step before
 * it: a chained step's own time is its pulls less the pulls of the step before. The sink,
 * and whatever else is timed with `time`, counts as it is.
 */
export class RunClock {
  private readonly steps: Array<{ name: string; chained: Chaining; ms: number; since: number | null }> = [];

  /** Lists a step: steps are reported in the order they are first listed or started. */
  list(name: string, chained: Chaining = false): void {
    this.step(name, chained);
  }

  /** Starts one pull (chained) or call of `name`; the returned function ends it. */
  start(name: string, chained: Chaining = false): () => void {
    const step = this.step(name, chained);
    const t = performance.now();
    step.since = t;
    return () => {
      step.ms += performance.now() - t;
      step.since = null;
    };
  }

  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const end = this.start(name);
    try {
      return await work();
    } finally {
      end();
    }
  }

  private step(name: string, chained: Chaining): { ms: number; since: number | null } {
    let step = this.steps.find((s) => s.name === name);
    if (!step) this.steps.push((step = { name, chained, ms: 0, since: null }));
    return step;
  }

  /** Own seconds per step so far, in run order, a pull under way included. */
  seconds(): Record<string, number> {
    const now = performance.now();
    const out: Record<string, number> = {};
    let before = 0;
    for (const step of this.steps) {
      const ms = step.ms + (step.since === null ? 0 : now - step.since);
      const own = typeof step.chained === 'object' ? step.chained.busyMs() : step.chained ? ms - before : ms;
      out[step.name] = own / 1000;
      if (step.chained) before = ms;
    }
    return out;
  }
}

/**
 * How a step's time is counted: false, on its own (the sink); true, chained (its pulls less
 * those of the step before, which they include); a stage that pulls its input itself beside
 * its taker (Stage.concurrent) counts the working time it reports, and the step after it
 * counts its pulls less the wait for it. Steps that work at once overlap: their times add up
 * to more than the wall time.
 */
export type Chaining = boolean | NonNullable<Stage<never, unknown>['concurrent']>;

export interface RunPipelineOptions {
  /** Checked before every pull and every write: once aborted, the source is stopped and the run throws RunInterruptedError. */
  signal?: AbortSignal;
  /** Called after each record the source yields and each record the sink takes. */
  onProgress?: () => void;
  /** Where the times go (to read them while the run is under way); a clock of its own by default. */
  clock?: RunClock;
}

/**
 * Pulls every record through the pipeline into the sink. Returns, per step in run order
 * (source, stages, sink), `{ seconds, ...stats }`. An error of any step stops the steps
 * before it (their `finally` runs) and is thrown.
 */
export async function runPipeline<Out>(steps: Pipeline<Out>, sink: Sink<Out>, options: RunPipelineOptions = {}): Promise<Record<string, StepReport>> {
  const clock = options.clock ?? new RunClock();
  const partsOf = (stage: AnyStage) => (stage as Partial<SteppedStage>).parts?.() ?? {};
  const names = [steps.source.name, ...steps.stages.flatMap((s) => [s.name, ...Object.keys(partsOf(s))]), sink.name];
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`two steps of the run are named '${twice}': each one's stats need a key of their own`);
  const stopIfAborted = () => {
    if (options.signal?.aborted) throw new RunInterruptedError();
  };

  let records: AsyncIterable<unknown> = timedPulls(steps.source.items, steps.source.name, clock, stopIfAborted, options.onProgress);
  for (const stage of steps.stages) records = timedPulls(stage.run(records as AsyncIterable<never>), stage.name, clock, stopIfAborted, undefined, stage.concurrent ?? true);
  clock.list(sink.name);
  for await (const record of records) {
    stopIfAborted();
    await clock.time(sink.name, () => sink.write(record as Out));
    options.onProgress?.();
  }
  stopIfAborted();

  const seconds = clock.seconds();
  const stats = new Map<string, object>([[steps.source.name, steps.source.stats], ...steps.stages.map((s) => [s.name, s.stats] as const)]);
  const parts = Object.assign({}, ...steps.stages.map(partsOf)) as Record<string, StepReport>;
  // A step made of stages (per-page.ts) reports each of them under its own name, right after it.
  return Object.fromEntries(names.map((name) => [name, parts[name] ?? { seconds: roundMs(seconds[name] ?? 0), ...stats.get(name) }]));
}

/** A step that runs several stages itself and reports each one's time and stats (per-page.ts). */
export interface SteppedStage {
  parts(): Record<string, StepReport>;
}

const roundMs = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** `items` with each pull timed as `name`'s; before each pull, `check` may throw, and then `items` is stopped first. */
function timedPulls<T>(items: AsyncIterable<T>, name: string, clock: RunClock, check: () => void, onItem?: () => void, chained: Chaining = true): AsyncIterable<T> {
  // Listed now, so that the clock has the steps in run order before the first pull.
  clock.list(name, chained);
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const it = items[Symbol.asyncIterator]();
      return {
        async next() {
          try {
            check();
          } catch (err) {
            await it.return?.();
            throw err;
          }
          const end = clock.start(name, chained);
          let result: IteratorResult<T>;
          try {
            result = await it.next();
          } finally {
            end();
          }
          if (!result.done) onItem?.();
          return result;
        },
        async return(value?: unknown) {
          return (await it.return?.(value)) ?? { done: true, value: undefined };
        },
      };
    },
  };
}
