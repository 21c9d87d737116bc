import type { Stage } from '../../src/core/stage.js';

/** Stages for test/stage-thread.test.ts, built from what the test sends. */
export type TestStageSpec = { stage: 'double-after-end' } | { stage: 'pass' } | { stage: 'fail-after'; n: number } | { stage: 'fail-at-start' };

export function buildTestStage(spec: TestStageSpec): Stage<number, number> {
  const stats = { seen: 0, sum: 0 };
  return {
    name: spec.stage,
    stats,
    async *run(input) {
      // Like a stage whose index cannot be opened: it fails before it reads anything.
      if (spec.stage === 'fail-at-start') throw new Error('the index could not be opened');
      const held: number[] = [];
      for await (const n of input) {
        stats.seen++;
        stats.sum += n;
        if (spec.stage === 'fail-after' && stats.seen > spec.n) throw new Error(`no more than ${spec.n}, please`);
        if (spec.stage === 'pass') yield n;
        else held.push(n);
      }
      // Like the dedupe stages: nothing comes out before the input has ended.
      for (const n of held) yield n * 2;
    },
  };
}
