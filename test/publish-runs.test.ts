import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { CLI, cliBuilt, duckdb, latestTarget, readJsonl, ROOT, tempDir } from './support/published.js';
import { extractionsSource } from './helpers/sources.js';

const FIXTURE_PAGES = join(ROOT, 'fixtures', 'pages');

function verifyManifest(runDir: string): void {
  const manifest = JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string; bytes: number }> };
  for (const [name, { sha256, bytes }] of Object.entries(manifest.files)) {
    const body = readFileSync(join(runDir, name));
    expect(body.length, name).toBe(bytes);
    expect(createHash('sha256').update(body).digest('hex'), name).toBe(sha256);
  }
}

/** Many distinct pages, so a run lasts long enough to be killed in the middle of it. */
async function manyPages(dir: string, copies: number): Promise<void> {
  const template = readFileSync(join(FIXTURE_PAGES, 'youlai-desktop-749259.html'), 'utf8');
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < copies; i++) {
    const page = template.replaceAll('后背抽筋', `后背抽筋${i}号`).replaceAll('0A0A0Aplac', `P${i}x`);
    await writeFile(join(dir, `page-${String(i).padStart(5, '0')}.html`), page);
  }
}

describe('published runs', () => {
  it('publishes each run in runs/<id>/ and points latest at the newest complete one', async () => {
    const out = join(await tempDir(), 'dataset');
    const first = await runSavedPages({ inputs: [FIXTURE_PAGES], outDir: out });
    expect(await latestTarget(out)).toBe(join('runs', first.runId));
    const second = await runSavedPages({ inputs: [FIXTURE_PAGES], outDir: out });
    expect(await latestTarget(out)).toBe(join('runs', second.runId));
    expect(readdirSync(join(out, 'runs')).sort()).toEqual([first.runId, second.runId].sort());
    for (const run of [first, second]) verifyManifest(run.runDir);
    // Same inputs, same entries: ids do not depend on the run.
    const ids = (dir: string) => readJsonl<{ id: string }>(join(dir, 'entries.jsonl')).map((e) => e.id).sort();
    expect(ids(second.runDir)).toEqual(ids(first.runDir));
  });

  it('keeps only --keep-runs complete runs, never the latest', async () => {
    const out = join(await tempDir(), 'dataset');
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runSavedPages({ inputs: [join(FIXTURE_PAGES, 'seed-page.txt')], outDir: out, keepRuns: 2 }));
    expect(readdirSync(join(out, 'runs')).sort()).toEqual([runs[1]!.runId, runs[2]!.runId]);
  });

  it('a failed run leaves latest and its files untouched and no run folder behind', async () => {
    const out = join(await tempDir(), 'dataset');
    const good = await runSavedPages({ inputs: [FIXTURE_PAGES], outDir: out });
    async function* failing() {
      yield* [];
      throw new Error('disk on fire');
    }
    const { publishDataset } = await import('../src/pipeline/publish-dataset.js');
    await expect(
      publishDataset(extractionsSource(failing()), { outDir: out }),
    ).rejects.toThrow('disk on fire');
    expect(await latestTarget(out)).toBe(join('runs', good.runId));
    expect(await readdir(join(out, 'runs'))).toEqual([good.runId]);
    verifyManifest(good.runDir);
  });

  it('writes Parquet whose columns have the same types in every run, even where a field is null everywhere', async () => {
    const dir = await tempDir();
    const a = await runSavedPages({ inputs: [FIXTURE_PAGES], outDir: join(dir, 'a') });
    // A text copy with no dates and no doctor: date and every doctor field are null in all rows.
    const bare = join(dir, 'bare.txt');
    await writeFile(bare, '胃疼怎么办\n\n胃疼的原因很多，饮食不规律、受凉都会引起胃疼，建议先规律饮食，注意保暖。\n');
    const b = await runSavedPages({ inputs: [bare], outDir: join(dir, 'b') });
    const nulls = await duckdb<{ dates: number; doctors: number; n: number }>(
      `SELECT count(date) AS dates, count(doctor.name) AS doctors, count(*) AS n FROM read_parquet('${b.runDir}/data/*.parquet')`,
    );
    expect(nulls[0]).toEqual({ dates: '0', doctors: '0', n: '1' });
    const describe = (runDir: string) => duckdb(`DESCRIBE SELECT * FROM read_parquet('${runDir}/data/*.parquet')`);
    expect(await describe(b.runDir)).toEqual(await describe(a.runDir));
  });

  it('splits Parquet into data/ files past --rows-per-file, all read as one table', async () => {
    const out = join(await tempDir(), 'dataset');
    const run = await runSavedPages({ inputs: [FIXTURE_PAGES], outDir: out, rowsPerFile: 10 });
    const parts = readdirSync(join(run.runDir, 'data'));
    expect(parts).toEqual(['entries-00000.parquet', 'entries-00001.parquet', 'entries-00002.parquet']);
    const rows = await duckdb<{ n: string }>(`SELECT count(*) AS n FROM read_parquet('${out}/latest/data/*.parquet')`);
    expect(Number(rows[0]?.n)).toBe(run.entries);
  });
});

describe.skipIf(!cliBuilt())('a run killed in the middle (SIGKILL)', () => {
  it('never moves latest, and the next run takes over its lock and cleans up after it', async () => {
    const dir = await tempDir();
    const out = join(dir, 'dataset');
    const pages = join(dir, 'pages');
    await manyPages(pages, 1500);
    const first = await runSavedPages({ inputs: [join(FIXTURE_PAGES, 'seed-page.txt')], outDir: out });

    const child = spawn(process.execPath, [CLI, 'run', pages, '--out', out, '--log-format', 'json'], { stdio: 'ignore' });
    // Kill it once it is writing its run: the staging folder exists and entries are being written.
    const staging = await new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const tmp = readdirSync(join(out, 'runs')).find((n) => n.endsWith('.tmp'));
        const size = tmp ? statSync(join(out, 'runs', tmp, 'entries.jsonl'), { throwIfNoEntry: false })?.size ?? 0 : 0;
        if (tmp && size > 0) {
          clearInterval(poll);
          resolve(tmp);
        } else if (Date.now() - started > 150_000) {
          // 1,500 pages are read, validated and deduplicated before the first entry is written: minutes on a loaded machine.
          clearInterval(poll);
          reject(new Error('the run never started writing'));
        }
      }, 5);
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));

    expect(await latestTarget(out)).toBe(join('runs', first.runId));
    verifyManifest(first.runDir);
    // What it left is visibly unfinished: a dot-folder without a manifest, and a lock of a dead process.
    expect(staging.startsWith('.')).toBe(true);
    expect(readdirSync(join(out, 'runs', staging))).not.toContain('manifest.json');
    expect(readdirSync(out)).toContain('.lock');

    const warnings: string[] = [];
    const next = await runSavedPages({
      inputs: [join(FIXTURE_PAGES, 'seed-page.txt')],
      outDir: out,
      log: { debug() {}, info() {}, error() {}, warn: (msg) => warnings.push(msg) },
    });
    expect(warnings.some((w) => w.includes('stale lock'))).toBe(true);
    expect(readdirSync(join(out, 'runs')).sort()).toEqual([first.runId, next.runId].sort());
    expect(await latestTarget(out)).toBe(join('runs', next.runId));
  }, 240_000);
});
