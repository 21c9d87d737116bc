import { readFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LearnedProfileNote } from '../src/pipeline/auto-profiles.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { THREAD_FROM_RECORDS } from '../src/pipeline/threaded-stage.js';
import { writeCorpus } from '../kit/pages/corpus.js';
import { fixturePath } from './helpers/pages.js';
import { tempDir } from './helpers/run.js';

/**
 * The dataset must not depend on how many threads ran the per-page work: one run in the main
 * thread and one on three worker threads publish the same bytes (rejects apart from their time
 * stamps) and the same manifest counts and stage stats (apart from seconds, the config that
 * names the thread count, and how many pages the main thread read again because a profile was
 * learned while they were on a worker: timing, like seconds).
 */

interface Published {
  entries: string;
  superseded: string;
  gone: string;
  rejects: string[];
  counts: unknown;
  stages: Record<string, Record<string, unknown>>;
  threads: unknown;
  readAgain: number;
}

async function publish(inputs: string[], threads: number): Promise<Published> {
  const out = join(await tempDir(), `dataset-${threads}`);
  await runSavedPages({ inputs, outDir: out, threads, warnRejectRate: 1 });
  const file = (name: string) => readFileSync(join(out, 'latest', name), 'utf8');
  const manifest = JSON.parse(file('manifest.json')) as { counts: unknown; stages: Record<string, Record<string, unknown>>; config: { threads: unknown } };
  const stages = Object.fromEntries(Object.entries(manifest.stages).map(([name, { seconds: _, read_again_in_main_thread: __, ...stats }]) => [name, stats]));
  return {
    entries: file('entries.jsonl'),
    superseded: file('superseded.jsonl'),
    gone: file('gone.jsonl'),
    rejects: file('rejects.jsonl')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const { at: _, ...reject } = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify(reject);
      }),
    counts: manifest.counts,
    stages,
    threads: manifest.config.threads,
    readAgain: manifest.stages.extract!.read_again_in_main_thread as number,
  };
}

function expectSame(one: Published, many: Published): void {
  expect(one.threads).toBe(1);
  expect(many.threads).toBe(3);
  expect(many.entries).toBe(one.entries);
  expect(many.superseded).toBe(one.superseded);
  expect(many.gone).toBe(one.gone);
  expect(many.rejects).toEqual(one.rejects);
  expect(many.counts).toEqual(one.counts);
  expect(JSON.stringify(many.stages)).toBe(JSON.stringify(one.stages));
}

describe('the same dataset whatever the thread count', () => {
  it('on the fixture pages and faults', async () => {
    // Five copies of them, in folders of their own: enough pages for the worker threads to start (a few pages stay in process).
    const dir = await tempDir();
    const inputs: string[] = [];
    for (let copy = 0; copy < 5; copy++) {
      for (const folder of ['pages', 'faults']) {
        const to = join(dir, `copy-${copy}`, folder);
        await cp(fixturePath(folder), to, { recursive: true });
        inputs.push(relative(process.cwd(), to));
      }
    }
    const one = await publish(inputs, 1);
    const many = await publish(inputs, 3);
    expect(one.entries.split('\n').filter(Boolean).length).toBeGreaterThan(20);
    expect(one.rejects.length).toBeGreaterThan(0);
    expectSame(one, many);
  });

  describe('on a generated corpus with exact and near copies, snippets and both page sizes', () => {
    let inputs: string[];
    beforeAll(async () => {
      const dir = await tempDir();
      const standard = await writeCorpus(join(dir, 'standard'), { pages: 600, size: 'standard', seed: 11 });
      const large = await writeCorpus(join(dir, 'large'), { pages: 60, size: 'large', seed: 11 });
      inputs = [standard.dir, large.dir];
    });

    it('publishes byte for byte what one thread publishes', async () => {
      const one = await publish(inputs, 1);
      const many = await publish(inputs, 3);
      expect(one.superseded.split('\n').filter(Boolean).length).toBeGreaterThan(100);
      expect(one.stages.near_dupes).toMatchObject({ nearDuplicates: expect.any(Number) });
      // Enough entries that, with 3 threads, the near-duplicate stage runs on a thread of its own.
      expect(one.stages.near_dupes!.seen).toBeGreaterThan(THREAD_FROM_RECORDS);
      expectSame(one, many);
    });
  });

  it('on a corpus where a host no profile knows gets a profile early and a hundred and more of its pages follow: read with it on the worker threads', async () => {
    // Two layouts of the generated corpus: a built-in profile's site, and a host only a profile learned in the run knows (康问健康网).
    const corpus = await writeCorpus(join(await tempDir(), 'learned'), { pages: 1000, size: 'standard', seed: 5, layouts: ['jiankang-gbk', 'youlai-mobile'] });
    const one = await publish([corpus.dir], 1);
    const many = await publish([corpus.dir], 3);
    expectSame(one, many);
    const notes = one.stages.extract!.learned_profiles as LearnedProfileNote[];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.pages_read_by_it).toBeGreaterThan(150);
    // In process, the pages after the tenth in the batch it was learned from; on three threads,
    // also those of the batches sent or queued (three threads, two each) when it was learned.
    // The profile reaches the workers: none of the later pages are read twice.
    expect(one.readAgain).toBeLessThan(16);
    expect(many.readAgain).toBeLessThan(16 * 7);
  });
});
