import { describe, expect, it } from 'vitest';
import { keyed } from '../src/dedupe/entry-keys.js';
import { buildNearDupeStage, KeyedNearDupesStep, THREAD_FROM_RECORDS } from '../src/pipeline/threaded-stage.js';
import type { DatasetRecord } from '../src/schema/records.js';
import type { Entry } from '../src/schema/entry.js';
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
const entries = (n: number): Entry[] =>
  Array.from({ length: n }, (_, i) => makeEntry({ question: `孩子咳嗽${i % 300}天怎么办？`, answer: `多喝水，注意休息，观察${i % 300}天。${i % 2 ? '必要时就医。' : '必要时去医院。'}`, doctor: { name: `李医生${i % 5}` } }));

describe('the keys and the near-duplicate step on threads, started ahead of their input (warm)', () => {
  it('gives what the keys and the stage give here, with their stats, whether its input is worth the threads or not', async () => {
    for (const n of [40, THREAD_FROM_RECORDS + 200]) {
      const input = entries(n);
      const here = buildNearDupeStage({ options: { workDir: await tempDir() } });
      const expected = await collect(here.run(fromArray(input.map(keyed))));
      const step = new KeyedNearDupesStep({ options: { workDir: await tempDir() } }, 2);
      step.warm();
      const records: DatasetRecord[] = input.map((entry) => ({ kind: 'entry', entry }));
      expect(await collect(step.run(fromArray(records))), `${n} records`).toEqual(expected);
      const { seconds: _, ...near } = step.parts().near_dupes!;
      expect(near).toEqual(here.stats);
      expect(step.parts().keys).toMatchObject({ keyed: n });
    }
  });

  it('fails with the error of a thread that keys the entries, naming it', async () => {
    const input = entries(THREAD_FROM_RECORDS + 200);
    // An entry its keys cannot be made of: the thread that keys it throws.
    input[THREAD_FROM_RECORDS + 100] = { ...input[0]!, answer: null as unknown as string };
    const step = new KeyedNearDupesStep({ options: { workDir: await tempDir() } }, 2);
    await expect(collect(step.run(fromArray(input.map((entry): DatasetRecord => ({ kind: 'entry', entry })))))).rejects.toThrow(/a thread keying the entries failed/);
  });
});
