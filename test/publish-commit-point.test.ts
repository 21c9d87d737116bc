import { createHash } from 'node:crypto';
import { cp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { armFault } from '../src/core/faults.js';
import { PublishedStore } from '../src/dedupe/published-store.js';
import { qaHarvest } from './helpers/cli.js';
import { fixturePath } from './helpers/pages.js';
import { tempDir } from './helpers/run.js';
import { cliBuilt } from './support/published.js';
import { faultSpec, runChild } from './support/faults.js';

/**
 * The user's story: the run folder was renamed and `latest` moved, then the store of published
 * entries failed to record the run (a full 2 MB tmpfs). The run said "failed" (exit 1), and the
 * next delta published the same entries again. Publishing is now one commit point: `latest`.
 */
const PAGES = fixturePath('pages');

async function setUp(): Promise<{ pages: string; out: string }> {
  const dir = await tempDir();
  const pages = join(dir, 'pages');
  await cp(PAGES, pages, { recursive: true });
  const out = join(dir, 'ds');
  // The first full run without one page: the delta after it has its entries to publish.
  await cp(join(PAGES, 'jiankang-10087.html'), join(dir, 'held.html'));
  await rm(join(pages, 'jiankang-10087.html'));
  expect((await qaHarvest('run', pages, '--out', out)).code).toBe(0);
  await cp(join(dir, 'held.html'), join(pages, 'jiankang-10087.html'));
  return { pages, out };
}

async function verifyLatest(out: string): Promise<string> {
  const dir = join(out, 'latest');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string }> };
  for (const [name, { sha256 }] of Object.entries(manifest.files)) {
    expect(createHash('sha256').update(await readFile(join(dir, name))).digest('hex'), name).toBe(sha256);
  }
  return readlink(dir);
}

afterEach(() => {
  armFault(null);
  vi.restoreAllMocks();
});

describe('publishing is one commit point: latest', () => {
  it('a store that cannot record a published run is a warning (exit 3), and the next delta does not publish it again', async () => {
    const { pages, out } = await setUp();
    const commit = vi.spyOn(PublishedStore.prototype, 'commit').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const delta = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
    expect(commit).toHaveBeenCalledTimes(1);
    const summary = delta.lines.at(-1)!;
    expect(delta.code).toBe(3);
    expect(summary).toMatchObject({ status: 'published with warnings' });
    expect(String(summary.msg)).toMatch(/could not record the run; the next run \(or qa-harvest recover\) records it first: ENOSPC/);
    expect(await verifyLatest(out)).toBe(join('runs', String(summary.run_id)));
    const published = summary.changes as Record<string, number>;
    expect(published.new).toBeGreaterThan(0);

    const next = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
    expect(next.code).toBe(0);
    expect(next.lines.some((l) => String(l.msg).startsWith('completed a run that died after moving latest'))).toBe(true);
    expect(next.lines.at(-1)).toMatchObject({ entries: 0, changes: { new: 0, changed: 0, gone: 0 } });
  });

  it('a run whose latest could not be switched failed (exit 1): its folder is gone, and the next delta publishes what it would have', async () => {
    const { pages, out } = await setUp();
    const before = await verifyLatest(out);
    armFault('latest-switch:eio');
    const failed = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
    armFault(null);
    expect(failed.code).toBe(1);
    expect(failed.lines.at(-1)).toMatchObject({ level: 'error', status: 'failed' });
    expect(await verifyLatest(out)).toBe(before);
    expect((await readdir(join(out, 'runs'))).length).toBe(1);
    expect(await readdir(out)).not.toContain(expect.stringMatching(/^\.latest\./));

    const next = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
    expect(next.code).toBe(0);
    expect((next.lines.at(-1)!.changes as Record<string, number>).new).toBeGreaterThan(0);
  });

  it('an error reported as latest was switched, though it was: published (exit 3), never "failed"', async () => {
    const { pages, out } = await setUp();
    armFault('latest-switched:eio');
    const run = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
    armFault(null);
    expect(run.code).toBe(3);
    expect(await verifyLatest(out)).toBe(join('runs', String(run.lines.at(-1)!.run_id)));
    const next = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
    expect(next.lines.at(-1)).toMatchObject({ entries: 0 });
  });
});

describe.skipIf(!cliBuilt())('qa-harvest recover, after a run killed on either side of the commit point', () => {
  it('records a run that moved latest, and removes one that did not; the next delta then publishes each change once', async () => {
    for (const [step, expected] of [['store-commit', 'rolledForward'], ['latest-switch', 'rolledBack']] as const) {
      const { pages, out } = await setUp();
      const before = await verifyLatest(out);
      const killed = await runChild(['run', pages, '--out', out, '--mode', 'delta'], faultSpec(step, 'kill'));
      expect(killed.signal).toBe('SIGKILL');
      const moved = (await verifyLatest(out)) !== before;
      expect(moved).toBe(step === 'store-commit');

      const recovered = await qaHarvest('recover', '--out', out);
      expect(recovered.code).toBe(0);
      const killedRun = (await readlink(join(out, 'latest'))).split('/').pop();
      expect(recovered.lines.at(-1)![expected], step).toEqual(moved ? killedRun : expect.stringMatching(/^\d{8}T/));
      expect((await readdir(join(out, 'runs'))).length, step).toBe(moved ? 2 : 1);

      // Published by the killed run, or by this one: once either way.
      const next = await qaHarvest('run', pages, '--out', out, '--mode', 'delta');
      const added = (next.lines.at(-1)!.changes as { new: number }).new;
      expect(moved ? added === 0 : added > 0, `${step}: ${added} new`).toBe(true);
    }
  });
});
