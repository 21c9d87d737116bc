import { describe, expect, it } from 'vitest';
import { keyed } from '../src/dedupe/entry-keys.js';
import { buildNearDupeStage, nearDupeStep, THREAD_FROM_RECORDS } from '../src/pipeline/threaded-stage.js';
import type { KeyedRecord } from '../src/schema/records.js';
import { makeEntry } from './helpers/entries.js';
import { tempDir } from './helpers/run.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* fromArray<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

// Near-copies among them (the same answer, a word changed), so that clusters form.
const records = (n: number): KeyedRecord[] =>
  Array.from({ length: n }, (_, i) => keyed(makeEntry({ question: `孩子咳嗽${i % 300}天怎么办？`, answer: `多喝水，注意休息，观察${i % 300}天。${i % 2 ? '必要时就医。' : '必要时去医院。'}`, doctor: { name: `李医生${i % 5}` } })));

describe('the near-duplicate step started ahead of its input (warm)', () => {
  it('gives what the stage gives here, whether its input is worth the thread or not', async () => {
    for (const n of [40, THREAD_FROM_RECORDS + 200]) {
      const input = records(n);
      const expected = await collect(buildNearDupeStage({ options: { workDir: await tempDir() } }).run(fromArray(input)));
      const step = nearDupeStep({ options: { workDir: await tempDir() } }, 2);
      step.warm!();
      expect(await collect(step.run(fromArray(input))), `${n} records`).toEqual(expected);
    }
  });
});
