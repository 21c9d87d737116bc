import type { Stage } from '../core/stage.js';

/**
 * A batch of a per-page step as its worker runs it (per-page.ts): the batch through each stage in
 * turn. Apart from per-page.ts, which knows every stage, so that a worker that runs only some of
 * them (the keys step's, keys-worker.ts) loads only their code.
 */

/** Stats and own milliseconds of each stage over one batch. */
export interface BatchResult<Out> {
  items: Out[];
  parts: Array<{ stats: object; ms: number }>;
  /** How many of the learned profiles (the first so many) the batch was extracted with. */
  learned: number;
}

/**
 * One batch through the stages `stages` makes, each made as its turn comes (a fresh stage: its
 * stats are the batch's) and run over the whole batch; `learned` is said back with the result.
 */
export async function runStages<Out>(stages: ReadonlyArray<() => Stage<never, unknown>>, items: unknown[], learned: number): Promise<BatchResult<Out>> {
  const parts: BatchResult<Out>['parts'] = [];
  let current = items;
  for (const make of stages) {
    const stage = make();
    const t = performance.now();
    const out: unknown[] = [];
    for await (const item of stage.run(fromArray(current) as AsyncIterable<never>)) out.push(item);
    parts.push({ stats: stage.stats, ms: performance.now() - t });
    current = out;
  }
  return { items: current as Out[], parts, learned };
}

/**
 * What a batch run page by page (runStagesByPage) gives for one page: a note of what its first
 * stage made of it (in place of that output, which then never leaves the thread), the items the
 * stages after it made, and each stage's counts for this page alone.
 */
export interface PageResult<Note, Out> {
  note: Note;
  items: Out[];
  stats: object[];
}

/**
 * One batch through the stages page by page, each page through every stage in turn: what each
 * page gave, and its counts, stay apart, so that a page whose first output is set aside (the
 * learner reads it again: auto-profiles.ts) takes its counts with it. The parts carry the stages'
 * milliseconds alone; the counts are the pages' own (PageResult.stats), to add up for the pages kept.
 */
export async function runStagesByPage<Note, Out>(stages: ReadonlyArray<() => Stage<never, unknown>>, items: unknown[], learned: number, noteOf: (first: unknown) => Note): Promise<BatchResult<PageResult<Note, Out>>> {
  const ms = stages.map(() => 0);
  const pages: Array<PageResult<Note, Out>> = [];
  for (const item of items) {
    const stats: object[] = [];
    let note: Note | undefined;
    let current: unknown[] = [item];
    for (const [i, make] of stages.entries()) {
      const stage = make();
      const t = performance.now();
      current = await collect(stage.run(fromArray(current) as AsyncIterable<never>));
      ms[i]! += performance.now() - t;
      stats.push(stage.stats);
      // The first stage gives one output per page (extraction: its reading, or a reject).
      if (i === 0) note = noteOf(current[0]);
    }
    pages.push({ note: note as Note, items: current as Out[], stats });
  }
  return { items: pages, parts: ms.map((m) => ({ stats: {}, ms: m })), learned };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* fromArray<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}
