import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireRunLock, LockedError } from '../src/pipeline/run-lock.js';
import { CLI, cliBuilt, latestTarget, ROOT, runCli, tempDir } from './support/published.js';

const PAGES = join(ROOT, 'fixtures', 'pages');
const FAULTS = join(ROOT, 'fixtures', 'faults');

/** Every stderr line is one JSON object; the last one is the run's summary. */
function jsonLines(stderr: string): Array<Record<string, unknown>> {
  return stderr
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the run lock', () => {
  it('lets one run at a time hold a dataset folder', async () => {
    const dir = await tempDir();
    const lock = await acquireRunLock(dir, 'run-a');
    await expect(acquireRunLock(dir, 'run-b')).rejects.toBeInstanceOf(LockedError);
    await lock.release();
    const again = await acquireRunLock(dir, 'run-c');
    await again.release();
  });

  it('takes over a lock whose process is dead, and says so', async () => {
    const dir = await tempDir();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('close', r));
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: dead.pid, host: hostname(), run_id: 'crashed', started_at: '2026-01-01T00:00:00Z' }));
    const stale: string[] = [];
    const lock = await acquireRunLock(dir, 'run-d', (holder) => stale.push(holder.run_id));
    expect(stale).toEqual(['crashed']);
    expect(JSON.parse(readFileSync(join(dir, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid, run_id: 'run-d' });
    await lock.release();
  });
});

describe.skipIf(!cliBuilt())('runs racing for one dataset folder', () => {
  it('lets exactly one of several processes take over a stale lock', async () => {
    const lockModule = join(ROOT, 'dist', 'pipeline', 'run-lock.js');
    for (let trial = 0; trial < 5; trial++) {
      const dir = await tempDir();
      await writeFile(join(dir, '.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), run_id: 'dead', started_at: 'x' }));
      const startAt = Date.now() + 700;
      const script = `
        const { acquireRunLock } = await import(${JSON.stringify(lockModule)});
        await new Promise((r) => setTimeout(r, ${startAt} - Date.now()));
        try { const l = await acquireRunLock(${JSON.stringify(dir)}, 'run-' + process.pid); console.log('ACQUIRED'); await new Promise((r) => setTimeout(r, 800)); await l.release(); }
        catch (e) { console.log('LOCKED'); }`;
      const outputs = await Promise.all(
        Array.from({ length: 4 }, () => new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('close', () => resolve(out));
        })),
      );
      expect(outputs.filter((o) => o.includes('ACQUIRED')), `trial ${trial}`).toHaveLength(1);
      expect(outputs.filter((o) => o.includes('LOCKED'))).toHaveLength(3);
    }
  });
});

describe.skipIf(!cliBuilt())('qa-harvest for cron', () => {
  it('exits 0 and logs JSON lines, ending in a summary, when not on a terminal', async () => {
    const out = join(await tempDir(), 'ds');
    const result = await runCli(['run', PAGES, '--out', out]);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stderr);
    expect(lines.every((l) => typeof l.time === 'string' && typeof l.level === 'string' && typeof l.msg === 'string')).toBe(true);
    expect(lines.at(-1)).toMatchObject({ level: 'info', status: 'published', entries: 24, pages: 7, rejects: 0 });
  });

  it('exits 3 when the reject rate is over the threshold, still publishing', async () => {
    const out = join(await tempDir(), 'ds');
    const result = await runCli(['run', FAULTS, '--out', out, '--warn-reject-rate', '0.1']);
    expect(result.code).toBe(3);
    const summary = jsonLines(result.stderr).at(-1)!;
    expect(summary).toMatchObject({ level: 'warn', status: 'published with warnings' });
    expect(String(summary.msg)).toContain('reject rate');
    expect(await latestTarget(out)).toMatch(/^runs\//);
  });

  it('exits 1 when another run holds the dataset folder, leaving it alone', async () => {
    const out = join(await tempDir(), 'ds');
    const lock = await acquireRunLock(out, 'someone-else');
    try {
      const result = await runCli(['run', PAGES, '--out', out]);
      expect(result.code).toBe(1);
      expect(jsonLines(result.stderr).at(-1)).toMatchObject({ level: 'error', status: 'failed' });
      expect(result.stderr).toContain('someone-else');
    } finally {
      await lock.release();
    }
  });

  it('exits 2 rather than publish into a folder that is not a dataset, or one whose latest is not a link', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'thesis.docx'), 'precious');
    const result = await runCli(['run', PAGES, '--out', out]);
    expect(result.code).toBe(2);
    expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('precious');

    const ds = join(await tempDir(), 'ds');
    expect((await runCli(['run', PAGES, '--out', ds])).code).toBe(0);
    await rm(join(ds, 'latest'));
    await mkdir(join(ds, 'latest'));
    const blocked = await runCli(['run', PAGES, '--out', ds]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain("'latest' is not a link");
    expect(readdirSync(join(ds, 'runs')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('exits 2 when an input is missing (an unmounted disk), publishing nothing and leaving latest alone', async () => {
    const out = join(await tempDir(), 'ds');
    expect((await runCli(['run', PAGES, '--out', out])).code).toBe(0);
    const before = await latestTarget(out);
    const result = await runCli(['run', '/srv/not-mounted/pages', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/srv/not-mounted/pages');
    expect(await latestTarget(out)).toBe(before);
  });

  it('exits 1 and publishes nothing when a full snapshot would be empty, unless --allow-empty', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ds');
    expect((await runCli(['run', PAGES, '--out', out])).code).toBe(0);
    const before = await latestTarget(out);
    await mkdir(join(dir, 'empty'));
    const refused = await runCli(['run', join(dir, 'empty'), '--out', out]);
    expect(refused.code).toBe(1);
    expect(jsonLines(refused.stderr).at(-1)!.msg).toMatch(/no entries/);
    expect(await latestTarget(out)).toBe(before);
    const allowed = await runCli(['run', join(dir, 'empty'), '--out', out, '--allow-empty']);
    expect(allowed.code).toBe(0);
    expect(await latestTarget(out)).not.toBe(before);
  });

  it('resolves paths in a config file against the file, not the current folder', async () => {
    const dir = await tempDir();
    await cp(PAGES, join(dir, 'pages'), { recursive: true });
    await writeFile(join(dir, 'qa-harvest.config.json'), JSON.stringify({ out: 'ds', inputs: ['pages'] }));
    const result = await runCli(['run', '--config', join(dir, 'qa-harvest.config.json')], { cwd: '/' });
    expect(result.code).toBe(0);
    expect(await latestTarget(join(dir, 'ds'))).toMatch(/^runs\//);
  });

  it('exits 2 on bad usage and on a bad config file, naming the key, the expectation and the file', async () => {
    expect((await runCli(['run', PAGES, '--frobnicate'])).code).toBe(2);
    expect((await runCli(['run'])).code).toBe(2);
    const dir = await tempDir();
    const config = join(dir, 'qa-harvest.config.json');
    await writeFile(config, JSON.stringify({ out: join(dir, 'ds'), mode: 'everything', keep_runs: 3 }));
    const result = await runCli(['run', PAGES, '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(config);
    expect(result.stderr).toContain("key 'mode'");
    expect(result.stderr).toContain('"full"|"delta"');
    expect(result.stderr).toContain('"everything"');
  });

  it('reads options from the config file, lets flags override them, and prints the result', async () => {
    const dir = await tempDir();
    const config = join(dir, 'nightly.json');
    await writeFile(config, JSON.stringify({ out: join(dir, 'ds'), inputs: [PAGES], keep_runs: 3, min_answer_chars: 40 }));
    const printed = await runCli(['config', '--print', '--config', config, '--keep-runs', '5']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ out: join(dir, 'ds'), inputs: [PAGES], keep_runs: 5, min_answer_chars: 40, mode: 'full' });
    const run = await runCli(['run', '--config', config]);
    expect(run.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'ds', 'latest', 'manifest.json'), 'utf8'));
    expect(manifest.config.min_answer_chars).toBe(40);
  });
});

describe.skipIf(!cliBuilt())('stopping a run', () => {
  it('on SIGTERM stops gracefully: exit 1, no run folder left, lock released, latest unchanged', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ds');
    const pages = join(dir, 'pages');
    await mkdir(pages);
    const template = readFileSync(join(PAGES, 'youlai-desktop-749259.html'), 'utf8');
    for (let i = 0; i < 1500; i++) await writeFile(join(pages, `p${i}.html`), template.replaceAll('后背抽筋', `后背抽筋${i}`));
    expect((await runCli(['run', join(PAGES, 'seed-page.txt'), '--out', out])).code).toBe(0);
    const before = await latestTarget(out);

    const child = spawn(process.execPath, [CLI, 'run', pages, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      // Signal once the run has started writing.
      if (stderr.includes('run started') && !child.killed) setTimeout(() => child.kill('SIGTERM'), 200);
    });
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(1);
    expect(stderr).toContain('SIGTERM received');
    expect(jsonLines(stderr).at(-1)).toMatchObject({ level: 'error', status: 'failed' });
    expect(await latestTarget(out)).toBe(before);
    expect(readdirSync(join(out, 'runs')).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });
});

describe.skipIf(!cliBuilt())('qa-harvest check (drift check for CI)', () => {
  it('passes on the project fixtures', async () => {
    const result = await runCli(['check', 'fixtures']);
    expect(result.stdout).toMatch(/0 drifted/);
    expect(result.code).toBe(0);
  });

  it('says so rather than pass when there is nothing to check or an expectation is broken or orphaned', async () => {
    expect((await runCli(['check', '/no/such/fixtures'])).code).toBe(2);
    const empty = await tempDir();
    const none = await runCli(['check', empty]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('no pages found');

    const dir = await tempDir();
    await cp(join(PAGES, 'seed-page.txt'), join(dir, 'seed.txt'));
    expect((await runCli(['check', dir, '--update'])).code).toBe(0);
    await writeFile(join(dir, 'seed.txt.expected.json'), '{ not json');
    const broken = await runCli(['check', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('cannot be read');
    await writeFile(join(dir, 'old.html.expected.json'), '{}');
    expect((await runCli(['check', dir, '--update'])).code).toBe(0);
    expect(existsSync(join(dir, 'old.html.expected.json'))).toBe(false);
    expect((await runCli(['check', dir])).code).toBe(0);
  });

  it('fails with a readable diff when a page changes, and passes again after --update', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'pages'));
    await cp(join(PAGES, 'youlai-desktop-749259.html'), join(dir, 'pages', 'page.html'));
    expect((await runCli(['check', dir, '--update'])).code).toBe(0);
    expect((await runCli(['check', dir])).code).toBe(0);

    const page = join(dir, 'pages', 'page.html');
    await writeFile(page, readFileSync(page, 'utf8').replace('王清玉<span>', '王清<span>'));
    const drift = await runCli(['check', dir]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('DRIFT');
    expect(drift.stdout).toContain('doctor');
    expect(drift.stdout).toMatch(/expected: .*王清玉/);
    expect(drift.stdout).toMatch(/got: .*"name":"王清"/);

    expect((await runCli(['check', dir, '--update'])).code).toBe(0);
    expect((await runCli(['check', dir])).code).toBe(0);
  });
});
