import { spawn } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../kit/pages/corpus.js';
import { Rng } from '../kit/pages/rng.js';
import { startTestSite } from '../kit/site/test-site.js';
import { FAULT_ENV } from '../src/core/faults.js';
import { qaHarvest } from './helpers/cli.js';
import { fixturePath } from './helpers/pages.js';
import { tempDir } from './helpers/run.js';
import { CLI, cliBuilt } from './support/published.js';
import { applyDeltas, faultSpec, PUBLISH_STEPS, readRun, runsAfter, verifyLatest } from './support/faults.js';

/** Deltas exactly once: applied in order they are the full snapshot, whatever died between them. */

const entriesOf = (summary: Record<string, unknown>) => summary.entries as number;

/** Eleven CLI processes in a row: some 25 s on a quiet 2-core machine, over a minute on a busy one. */
const ELEVEN_RUNS_MS = 180_000;

describe('a run over unchanged inputs publishes an empty delta', () => {
  it('ten delta runs of saved pages after a full run publish nothing', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ds');
    const inputs = [fixturePath('pages'), fixturePath('faults')];
    expect([0, 3]).toContain((await qaHarvest('run', ...inputs, '--out', out)).code);
    for (let i = 0; i < 10; i++) {
      const delta = await qaHarvest('run', ...inputs, '--out', out, '--mode', 'delta');
      expect(delta.lines.at(-1), `delta ${i + 1}`).toMatchObject({ entries: 0, changes: { new: 0, changed: 0, gone: 0 } });
    }
  }, ELEVEN_RUNS_MS);

  it('ten delta crawls of the test site (entries sharing URLs: related items linking to pages whose own question differs) publish nothing', async () => {
    const site = await startTestSite({ questions: 12, faults: false });
    try {
      const out = join(await tempDir(), 'ds');
      const crawl = (mode: string) => qaHarvest('crawl', '--start', `${site.origin}/`, '--out', out, '--impolite', '--revisit-after', '0', '--mode', mode);
      const first = await crawl('full');
      const entries = readRun(out, verifyLatest(out)).entries.map((l) => JSON.parse(l) as { url: string | null });
      const urls = entries.map((e) => e.url).filter(Boolean);
      expect(new Set(urls).size, 'entries that share a URL').toBeLessThan(urls.length);
      expect(first.lines.at(-1)).toMatchObject({ changes: { new: entriesOf(first.lines.at(-1)!) } });
      for (let i = 0; i < 10; i++) {
        const delta = await crawl('delta');
        expect(delta.lines.at(-1), `delta crawl ${i + 1}`).toMatchObject({ entries: 0, changes: { new: 0, changed: 0, gone: 0 } });
      }
    } finally {
      await site.close();
    }
  }, ELEVEN_RUNS_MS);
});

/** The built CLI in a child process, killed at a named step or after a while; resolves with whether it was killed. */
function killedRun(args: string[], how: { spec: string } | { afterMs: number }): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const env = 'spec' in how ? { ...process.env, [FAULT_ENV]: how.spec } : process.env;
    const child = spawn(process.execPath, [CLI, ...args, '--log-format', 'json'], { env, stdio: 'ignore' });
    const timer = 'afterMs' in how ? setTimeout(() => child.kill('SIGKILL'), how.afterMs) : null;
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}

/** A run that must publish (exit 0 or 3); on failure, its log and the kills before it say why. */
async function expectPublished(args: string[], kills: string[]): Promise<void> {
  const result = await qaHarvest(...args);
  expect([0, 3], `after ${kills.join(', ')}:\n${result.stderr.slice(-2000)}`).toContain(result.code);
}

describe.skipIf(!cliBuilt())('a delta sequence with kills at random moments', () => {
  it('applied in order equals the final full snapshot', async () => {
    const rng = Rng.for(14, 'exactly-once');
    const dir = await tempDir();
    const inputs = join(dir, 'pages');
    const out = join(dir, 'ds');
    const aside = join(dir, 'aside');
    await cp(fixturePath('pages'), inputs, { recursive: true });
    await cp(fixturePath('pages'), aside, { recursive: true });
    await writeCorpus(join(inputs, 'gen-0'), { pages: 3, seed: 50 });
    const run = (mode: string) => ['run', inputs, '--out', out, '--mode', mode, '--keep-runs', '100'];
    expect((await qaHarvest(...run('full'))).code).toBe(0);
    const base = verifyLatest(out);
    const baseEntries = readRun(out, base).entries;

    const pageFiles = async () => (await readdir(inputs, { recursive: true })).filter((f) => f.endsWith('.html') || f.endsWith('.txt')).sort();
    const kills: string[] = [];
    for (let version = 1; version <= 8; version++) {
      // The inputs change: an answer edited, a page gone, one back, new pages.
      for (let op = rng.int(1, 3); op > 0; op--) {
        const files = await pageFiles();
        const change = rng.pick(['edit', 'remove', 'restore', 'add'] as const);
        if (change === 'edit') {
          const file = join(inputs, rng.pick(files));
          await writeFile(file, (await readFile(file, 'utf8')).replace('。', `，第${version}次修改。`));
        } else if (change === 'remove' && files.length > 4) {
          await rm(join(inputs, rng.pick(files)));
        } else if (change === 'restore') {
          const name = rng.pick(await readdir(aside));
          await cp(join(aside, name), join(inputs, name));
        } else {
          await writeCorpus(join(inputs, `gen-${version}`), { pages: 2, seed: 50 + version });
        }
      }
      // A delta run, killed at a random step (and hit) or after a random time; sometimes run again at once.
      const how = rng.chance(0.5) ? { spec: faultSpec(rng.pick(PUBLISH_STEPS), 'kill').replace('@5', `@${rng.int(1, 30)}`) } : { afterMs: rng.int(150, 900) };
      const killed = await killedRun(run('delta'), how);
      kills.push(`${'spec' in how ? how.spec : `after ${how.afterMs} ms`}${killed ? '' : ' (finished first)'}`);
      verifyLatest(out);
      if (rng.chance(0.5)) await expectPublished(run('delta'), kills);
    }
    await expectPublished(run('delta'), kills);
    const snapshot = await qaHarvest(...run('full'));
    expect(snapshot.lines.at(-1), kills.join(', ')).toMatchObject({ changes: { new: 0, changed: 0, gone: 0 } });
    const runs = runsAfter(out, base);
    expect(runs.filter((r) => r.mode === 'delta').length).toBeGreaterThan(3);
    expect(kills.filter((k) => !k.endsWith('(finished first)')).length, kills.join(', ')).toBeGreaterThanOrEqual(4);
    expect(applyDeltas(baseEntries, runs), kills.join(', ')).toEqual(runs.at(-1)!.entries.toSorted());
  }, 90_000);
});
