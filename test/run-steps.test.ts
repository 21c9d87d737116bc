import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sink, Source, Stage } from '../src/core/stage.js';
import { ExtractStage } from '../src/extract/stage.js';
import { publishDataset } from '../src/pipeline/publish-dataset.js';
import { pipeline, RunClock, RunInterruptedError, runPipeline } from '../src/pipeline/runner.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import type { ExtractionItem, PageItem } from '../src/schema/records.js';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { ValidateStage } from '../src/validate/stage.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, snapshot, tempDir } from './helpers/run.js';

const PAGES = fixturePath('pages');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Numbers 1..n, noting how many were taken and whether the source was stopped. */
function numbers(n: number): Source<number> & { taken: number; stopped: boolean } {
  const state = { taken: 0, stopped: false };
  const stats = { made: 0 };
  async function* items() {
    try {
      for (let i = 1; i <= n; i++) {
        state.taken++;
        stats.made++;
        yield i;
      }
    } finally {
      state.stopped = true;
    }
  }
  return Object.assign(state, { name: 'numbers', stats, items: items() });
}

/** A pass-through stage that takes `ms` per record. */
function slow(name: string, ms: number): Stage<number, number> {
  const stats = { passed: 0 };
  return {
    name,
    stats,
    async *run(input) {
      for await (const n of input) {
        await sleep(ms);
        stats.passed++;
        yield n;
      }
    },
  };
}

function collecting(ms = 0): Sink<number> & { got: number[] } {
  const got: number[] = [];
  return {
    name: 'sink',
    got,
    async write(n) {
      if (ms) await sleep(ms);
      got.push(n);
    },
  };
}

describe('the runner', () => {
  it('reports each step under its name, in run order, with its own time and its stats', async () => {
    const sink = collecting(15);
    const stages = await runPipeline(pipeline(numbers(5), [slow('slow', 30), slow('quick', 0)]), sink);
    expect(sink.got).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(stages)).toEqual(['numbers', 'slow', 'quick', 'sink']);
    expect(stages.numbers).toMatchObject({ made: 5 });
    expect(stages.slow).toMatchObject({ passed: 5 });
    // Own time: the quick stage waits on the slow one inside its pulls, and that is not its time.
    expect(stages.slow!.seconds).toBeGreaterThanOrEqual(0.14);
    expect(stages.quick!.seconds).toBeLessThan(stages.slow!.seconds / 3);
    expect(stages.sink!.seconds).toBeGreaterThanOrEqual(0.07);
    expect(stages.numbers!.seconds).toBeLessThan(0.05);
  });

  it('lets a clock passed in be read while the run is under way', async () => {
    const clock = new RunClock();
    let during: Record<string, number> = {};
    const sink: Sink<number> = { name: 'sink', write: async (n) => void (n === 3 && (during = clock.seconds())) };
    await runPipeline(pipeline(numbers(5), [slow('slow', 20)]), sink, { clock });
    expect(Object.keys(during)).toEqual(['numbers', 'slow', 'sink']);
    expect(during.slow).toBeGreaterThan(0.04);
    expect(clock.seconds().slow).toBeGreaterThan(during.slow!);
  });

  it('stops the source as soon as the run is aborted, and throws RunInterruptedError', async () => {
    const controller = new AbortController();
    const source = numbers(1000);
    const sink: Sink<number> = { name: 'sink', write: async (n) => void (n === 3 && controller.abort()) };
    await expect(runPipeline(pipeline(source, [slow('a', 0), slow('b', 0)]), sink, { signal: controller.signal })).rejects.toBeInstanceOf(RunInterruptedError);
    expect(source.stopped).toBe(true);
    expect(source.taken).toBeLessThanOrEqual(4);
  });

  it("stops the source when a stage fails, and throws the stage's error", async () => {
    const source = numbers(1000);
    const failing: Stage<number, number> = {
      name: 'failing',
      stats: {},
      async *run(input) {
        for await (const n of input) {
          if (n === 3) throw new Error('stage broke on 3');
          yield n;
        }
      },
    };
    await expect(runPipeline(pipeline(source, [failing]), collecting())).rejects.toThrow('stage broke on 3');
    expect(source.stopped).toBe(true);
  });

  it('refuses two steps of one name: their stats would share a key', async () => {
    await expect(runPipeline(pipeline(numbers(1), [slow('x', 0), slow('x', 0)]), collecting())).rejects.toThrow(/two steps .* named 'x'/);
  });

  it('checks when compiled that each stage takes what the step before yields', () => {
    const pages: Source<PageItem> = { name: 'read', stats: {}, items: readSavedPages([PAGES]) };
    const extractions = pipeline(pages, [new ExtractStage()]);
    pipeline(extractions, [new ValidateStage()]);
    // @ts-expect-error validate takes extractions, not pages
    pipeline(pages, [new ValidateStage()]);
    // @ts-expect-error extract yields extractions, which validate takes, but not extract again
    pipeline(pages, [new ExtractStage(), new ExtractStage()]);
  });
});

describe('a published run', () => {
  it("has each step's stats and own time in the manifest, under the step's name", async () => {
    const out = join(await tempDir(), 'dataset');
    const summary = await runSavedPages({ inputs: [PAGES], outDir: out });
    const { stages } = (await readDataset(out)).manifest;
    // per_page (extract, learning profiles over it, validate, pack) and per_entry (keys) are the steps the threads run; each stage inside them reports under its own name.
    expect(Object.keys(stages)).toEqual(['read', 'per_page', 'extract', 'validate', 'pack', 'dedupe', 'per_entry', 'keys', 'near_dupes', 'store', 'report', 'export']);
    for (const [name, step] of Object.entries<{ seconds: number }>(stages)) {
      expect(step.seconds, name).toBeGreaterThanOrEqual(0);
      expect(step.seconds, name).toBeLessThan(summary.seconds);
    }
    expect(stages.read).toMatchObject({ skipped_files: 7 });
    expect(stages.extract).toMatchObject({ pages: 7, extracted: 7 });
    expect(stages.validate.valid).toBeGreaterThan(0);
    // Every valid entry reaches exact dedupe packed, and each is one it sees.
    expect(stages.pack).toMatchObject({ packed: stages.validate.valid });
    expect(stages.dedupe).toMatchObject({ seen: stages.validate.valid });
    expect(stages.dedupe).toMatchObject({ unique: expect.any(Number), exactDuplicates: expect.any(Number) });
    expect(stages.keys).toMatchObject({ keyed: stages.dedupe.unique - stages.dedupe.superseded });
    expect(stages.store).toMatchObject({ seen: summary.entries, held_back: 0 });
  });

  it('fails without publishing when a stage fails, and stops the stages before it', async () => {
    const out = join(await tempDir(), 'dataset');
    await runSavedPages({ inputs: [join(PAGES, 'jiankang-10087.html')], outDir: out });
    const before = await snapshot(out);
    let readerStopped = false;
    async function* pages(): AsyncIterable<PageItem> {
      try {
        yield* readSavedPages([PAGES]);
      } finally {
        readerStopped = true;
      }
    }
    const exploding: Stage<ExtractionItem, ExtractionItem> = {
      name: 'exploding',
      stats: {},
      async *run(input) {
        let n = 0;
        for await (const item of input) {
          if (++n === 3) throw new Error('the stage exploded');
          yield item;
        }
      },
    };
    const extract = new ExtractStage();
    const run = publishDataset(
      { mode: 'test', inputs: [], config: {}, input: { extractions: pipeline({ name: 'read', stats: {}, items: pages() }, [extract, exploding]) }, pages: () => extract.stats.pages },
      { outDir: out },
    );
    await expect(run).rejects.toThrow('the stage exploded');
    expect(readerStopped).toBe(true);
    expect(await snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, 'runs')).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
