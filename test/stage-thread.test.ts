import { describe, expect, it } from 'vitest';
import { runStageOnThread, startStageThread, type StageThread, type StageThreadReports } from '../src/core/stage-thread.js';
import { buildTestStage, type TestStageSpec } from './helpers/test-stages.js';

const WORKER = new URL('./helpers/stage-thread-worker.ts', import.meta.url);

/** 1..n, noting how many were pulled and whether the reading was stopped or ended. */
function numbers(n: number, failAt?: number) {
  const state = { pulled: 0, finished: false };
  async function* items() {
    try {
      for (let i = 1; i <= n; i++) {
        if (i === failAt) throw new Error(`the disk went away at ${i}`);
        state.pulled++;
        yield i;
      }
    } finally {
      state.finished = true;
    }
  }
  return Object.assign(state, { items: items() });
}

function onThread(spec: TestStageSpec, input: AsyncIterable<number>, options: { batch?: number; window?: number; thread?: StageThread } = {}) {
  const seen = { stats: null as object | null, busyMs: 0 };
  const reports: StageThreadReports = { onStats: (s) => (seen.stats = s), onBusy: (ms) => (seen.busyMs = ms) };
  return { records: runStageOnThread<number, number>(input, { name: spec.stage, script: WORKER, workerData: spec, batch: 64, window: 2, ...options }, reports), seen };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('a stage on a thread of its own', () => {
  it('yields what the same stage yields in this thread, in order, and hands back its stats and working time', async () => {
    const spec: TestStageSpec = { stage: 'double-after-end' };
    const here = buildTestStage(spec);
    const expected = await collect(here.run(numbers(5000).items));
    const { records, seen } = onThread(spec, numbers(5000).items);
    expect(await collect(records)).toEqual(expected);
    expect(seen.stats).toEqual(here.stats);
    expect(seen.stats).toEqual({ seen: 5000, sum: (5000 * 5001) / 2 });
    expect(seen.busyMs).toBeGreaterThan(0);
  });

  it('reads its input only a few batches ahead of a consumer that has not taken its output', async () => {
    const input = numbers(100_000);
    const { records } = onThread({ stage: 'pass' }, input.items);
    const it = records[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(1);
    // Let the reading run as far as it is allowed to.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Batches of 64, two unanswered each way, one being handled on each side: a few hundred, not 100,000.
    expect(input.pulled).toBeLessThan(64 * 10);
    await it.return!(undefined);
    expect(input.finished).toBe(true);
  });

  it('stops its input when the consumer stops early', async () => {
    const input = numbers(100_000);
    const { records } = onThread({ stage: 'pass' }, input.items);
    let taken = 0;
    for await (const _ of records) if (++taken === 1000) break;
    expect(input.finished).toBe(true);
    expect(input.pulled).toBeLessThan(100_000);
  });

  it("fails with the stage's own error message, and stops the input", async () => {
    const input = numbers(10_000);
    const { records } = onThread({ stage: 'fail-after', n: 700 }, input.items);
    await expect(collect(records)).rejects.toThrow(/fail-after stage's thread failed: .*no more than 700, please/s);
    expect(input.finished).toBe(true);
  });

  it("fails with the input's error as it was thrown", async () => {
    const input = numbers(10_000, 3000);
    const { records } = onThread({ stage: 'double-after-end' }, input.items);
    await expect(collect(records)).rejects.toThrow('the disk went away at 3000');
  });

  it('with no input at all: nothing out, stats of nothing', async () => {
    const { records, seen } = onThread({ stage: 'double-after-end' }, numbers(0).items);
    expect(await collect(records)).toEqual([]);
    expect(seen.stats).toEqual({ seen: 0, sum: 0 });
  });

  describe('started ahead of its input', () => {
    it('yields what it yields when started with its input', async () => {
      const spec: TestStageSpec = { stage: 'double-after-end' };
      const thread = startStageThread(WORKER, spec);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { records, seen } = onThread(spec, numbers(3000).items, { thread });
      expect(await collect(records)).toEqual(await collect(buildTestStage(spec).run(numbers(3000).items)));
      expect(seen.stats).toEqual({ seen: 3000, sum: (3000 * 3001) / 2 });
    });

    it('fails with what the stage reported before anyone listened', async () => {
      const spec: TestStageSpec = { stage: 'fail-at-start' };
      const thread = startStageThread(WORKER, spec);
      // Time for the thread to load and its stage to fail, before the input comes.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const input = numbers(1000);
      const { records } = onThread(spec, input.items, { thread });
      await expect(collect(records)).rejects.toThrow(/fail-at-start stage's thread failed: .*the index could not be opened/s);
    });
  });
});
