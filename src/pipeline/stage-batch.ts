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

async function* fromArray<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}
