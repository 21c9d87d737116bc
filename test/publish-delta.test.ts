import { readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { readJsonl, ROOT, tempDir } from './support/published.js';
import { extractionsSource } from './helpers/sources.js';

const PAGES = join(ROOT, 'fixtures', 'pages');
const entriesOf = (runDir: string) => readJsonl<{ id: string; question: string; answer: string }>(join(runDir, 'entries.jsonl'));

describe('full snapshots and deltas', () => {
  it('a delta carries only what is new or changed since the runs before it; a full run carries everything', async () => {
    const dir = await tempDir();
    const pages = join(dir, 'pages');
    await cp(PAGES, pages, { recursive: true });
    const out = join(dir, 'ds');

    const first = await runSavedPages({ inputs: [pages], outDir: out, mode: 'full' });
    expect(first.changes).toEqual({ new: first.entries, changed: 0, unchanged: 0, gone: 0 });

    const nothingNew = await runSavedPages({ inputs: [pages], outDir: out, mode: 'delta' });
    expect(nothingNew.entries).toBe(0);
    expect(nothingNew.changes).toMatchObject({ new: 0, changed: 0, unchanged: first.entries, gone: 0 });

    // The doctor rewrites the answer of one page: one entry changes under the same URL.
    const page = join(pages, 'youlai-desktop-0A0A0Aplac3.html');
    await writeFile(page, (await readFile(page, 'utf8')).replace('明确原因以后再对症治疗。', '明确原因以后再对症治疗,不要自行服药。'));
    const delta = await runSavedPages({ inputs: [pages], outDir: out, mode: 'delta' });
    // Its URL is the same, so it is the same entry, changed: nothing is gone.
    expect(delta.changes).toMatchObject({ new: 0, changed: 1, unchanged: first.entries - 1, gone: 0 });
    const published = entriesOf(delta.runDir);
    expect(published).toHaveLength(1);
    expect(published[0]!.question).toBe('脸色发黄是什么原因引起的');
    expect(published[0]!.answer).toContain('不要自行服药');
    const manifest = JSON.parse(readFileSync(join(delta.runDir, 'manifest.json'), 'utf8'));
    expect(manifest.mode).toBe('delta');
    expect(manifest.changes_since_previous_run).toMatchObject({ changed: 1, gone: 0 });
    expect(readFileSync(join(delta.runDir, 'README.md'), 'utf8')).toContain('a delta');

    const full = await runSavedPages({ inputs: [pages], outDir: out, mode: 'full' });
    expect(full.entries).toBe(first.entries);
    expect(full.changes).toMatchObject({ new: 0, changed: 0, unchanged: first.entries, gone: 0 });

    // A page disappears: its entries are tombstoned in gone.jsonl, for consumers of deltas.
    await rm(join(pages, 'jiankang-10087.html'));
    const after = await runSavedPages({ inputs: [pages], outDir: out, mode: 'delta' });
    const gone = readJsonl<{ question: string }>(join(after.runDir, 'gone.jsonl')).map((g) => g.question);
    expect(after.changes.gone).toBe(gone.length);
    expect(gone).toContain('吃完饭就胃胀😣是怎么回事？');
  });

  it('a failed run does not count as published: the next delta still carries its entries', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ds');
    const { publishDataset } = await import('../src/pipeline/publish-dataset.js');
    const { ExtractStage } = await import('../src/extract/stage.js');
    const { readSavedPages } = await import('../src/sources/saved-pages.js');
    async function* thenFail() {
      yield* new ExtractStage().run(readSavedPages([PAGES]));
      throw new Error('killed');
    }
    await expect(publishDataset(extractionsSource(thenFail()), { outDir: out, mode: 'delta' })).rejects.toThrow('killed');
    const next = await runSavedPages({ inputs: [PAGES], outDir: out, mode: 'delta' });
    expect(next.changes.new).toBe(next.entries);
    expect(next.entries).toBe(24);
  });

  it('a delta run\'s report shows the counts its manifest shows: what the run wrote, not what it held back', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ds');
    const pages = join(dir, 'pages');
    await cp(PAGES, pages, { recursive: true });
    await runSavedPages({ inputs: [pages], outDir: out, mode: 'full' });
    await rm(join(pages, 'jiankang-10087.html'));
    const delta = await runSavedPages({ inputs: [pages, join(ROOT, 'fixtures', 'faults')], outDir: out, mode: 'delta' });
    const manifest = JSON.parse(readFileSync(join(delta.runDir, 'manifest.json'), 'utf8'));
    expect(manifest.stages.store.held_back).toBeGreaterThan(0);
    const { entries, rejects, superseded, by_flag: byFlag, by_origin: byOrigin } = manifest.counts as Record<string, any>;
    expect(entries).toBe(delta.entries);
    expect(entries).toBeGreaterThan(0);

    const md = readFileSync(join(delta.runDir, 'report.md'), 'utf8');
    expect(md).toContain(`**${entries}** entries · **${rejects}** rejects · **${superseded}** superseded`);
    for (const [flag, n] of Object.entries(byFlag)) expect(md).toContain(`### \`${flag}\` (${n})`);
    for (const [origin, n] of Object.entries(byOrigin)) expect(md).toMatch(new RegExp(`\\| ${origin} \\| ${n} \\|`));
    const html = readFileSync(join(delta.runDir, 'report.html'), 'utf8');
    const cards = [...html.matchAll(/<div class="card"><b>(\d+)<\/b>([a-z]+)/g)].map((m) => [m[2], Number(m[1])]);
    expect(Object.fromEntries(cards)).toMatchObject({ entries, rejects, superseded });
  });
});
