import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { ExtractStage } from '../src/extract/stage.js';
import { publishDataset, RunInterruptedError } from '../src/pipeline/publish-dataset.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import type { ExtractionItem } from '../src/schema/records.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, snapshot, tempDir } from './helpers/run.js';
import { extractionsSource } from './helpers/sources.js';

const PAGES = relative(process.cwd(), fixturePath('pages'));

/** The extractions of fixtures/pages, failing with `failure` after `after` of them. */
async function* failingAfter(after: number, failure: () => never | void): AsyncIterable<ExtractionItem> {
  let n = 0;
  for await (const item of new ExtractStage().run(readSavedPages([PAGES]))) {
    if (n++ === after) failure();
    yield item;
  }
}

describe('a run that fails midway', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    out = join(await tempDir(), 'dataset');
    await runSavedPages({ inputs: [join(PAGES, 'jiankang-10087.html')], outDir: out });
    before = await snapshot(out);
  });

  const leftovers = () => readdirSync(join(out, 'runs')).filter((n) => n.startsWith('.'));

  it('an input that throws after three pages: the run fails and the published dataset is untouched', async () => {
    const run = publishDataset(extractionsSource(failingAfter(3, () => { throw new Error('disk went away'); })), { outDir: out });
    await expect(run).rejects.toThrow('disk went away');
    expect(await snapshot(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect((await readDataset(out)).entries).toHaveLength(4);
  });

  it('an interrupted run (SIGINT/SIGTERM) publishes nothing and leaves the dataset as it was', async () => {
    const controller = new AbortController();
    const run = publishDataset(extractionsSource(failingAfter(2, () => controller.abort())), { outDir: out, signal: controller.signal });
    await expect(run).rejects.toBeInstanceOf(RunInterruptedError);
    expect(await snapshot(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('releases its lock, so the next run publishes', async () => {
    const summary = await runSavedPages({ inputs: [PAGES], outDir: out });
    expect(summary.entries).toBe(24);
    expect((await readDataset(out)).entries).toHaveLength(24);
  });
});

describe('a first run that fails', () => {
  it('leaves no dataset: no latest link, no run folder', async () => {
    const out = join(await tempDir(), 'dataset');
    const run = publishDataset(extractionsSource(failingAfter(1, () => { throw new Error('boom'); })), { outDir: out });
    await expect(run).rejects.toThrow('boom');
    expect(existsSync(join(out, 'latest'))).toBe(false);
    expect(existsSync(join(out, 'runs')) ? readdirSync(join(out, 'runs')) : []).toEqual([]);
  });
});
