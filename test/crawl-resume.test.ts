import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSite, type TestSite } from '../kit/site/test-site.js';
import { countBy, readLatest, type Dataset } from './site/harness.js';

/**
 * The crawl as a user runs it: the CLI in a child process (from the sources, through tsx),
 * killed with SIGKILL or stopped with SIGTERM partway, then run again with the same command.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'kit', 'measure', 'cli.ts');
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-resume-'));

interface Child {
  process: ChildProcess;
  startedAt: number;
  exit: Promise<number | null>;
  stderr: () => string;
}

function crawlCli(site: TestSite, out: string, agent: string, extra: string[] = []): Child {
  return spawnCli(['crawl', '--start', `${site.origin}/`, '--out', out, '--rate', '80', '--concurrency', '4', '--host-concurrency', '2', '--user-agent', agent, '--log-format', 'json', ...extra]);
}

function spawnCli(cliArgs: string[]): Child {
  const args = ['--import', 'tsx', CLI, ...cliArgs];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, startedAt: performance.now(), exit, stderr: () => stderr };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function finished(child: Child): Promise<void> {
  const code = await child.exit;
  // 3 is "published with warnings": list pages count as rejects (no_entries) against the reject-rate threshold.
  if (code !== 0 && code !== 3) throw new Error(`crawl exited with ${code}:\n${child.stderr()}`);
}

/** What must be equal between two crawls of the same site: everything but fetch times. */
function comparable(d: Dataset) {
  return {
    entries: d.entries.map(({ fetched_at: _, ...rest }) => rest),
    rejects: d.rejects.map(({ at: _, ...rest }) => rest),
    superseded: d.superseded,
  };
}

describe('killing a crawl and running it again', () => {
  let site: TestSite;
  const killedOut = join(work, 'killed');
  const wholeOut = join(work, 'whole');
  let requestsBeforeKill = 0;
  let resumedStart = 0;

  beforeAll(async () => {
    site = await startTestSite({ questions: 40, faults: false, latencyMs: 5 });
    const first = crawlCli(site, killedOut, 'killed-run');
    const fromFirst = () => site.log.filter((r) => r.userAgent === 'killed-run').length;
    await until(() => fromFirst() >= 40, 30_000);
    first.process.kill('SIGKILL');
    await first.exit;
    requestsBeforeKill = fromFirst();

    const again = crawlCli(site, killedOut, 'killed-run');
    resumedStart = again.startedAt;
    await finished(again);
    await finished(crawlCli(site, wholeOut, 'whole-run'));
  }, 120_000);
  afterAll(async () => {
    await site.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('finishes with the same dataset as an uninterrupted crawl', () => {
    const resumed = readLatest(killedOut);
    const whole = readLatest(wholeOut);
    expect(resumed.entries.length).toBeGreaterThan(60);
    expect(comparable(resumed)).toEqual(comparable(whole));
  });

  it('does not fetch again the pages finished before the kill', () => {
    const killed = site.log.filter((r) => r.userAgent === 'killed-run' && r.path !== '/robots.txt');
    const twice = [...countBy(killed, (r) => r.path)].filter(([, n]) => n > 1);
    // At most the two requests that were in flight when the process died.
    expect(twice.length).toBeLessThanOrEqual(2);
    const whole = site.log.filter((r) => r.userAgent === 'whole-run' && r.path !== '/robots.txt');
    expect(killed.length - twice.length).toBe(whole.length);
    expect(requestsBeforeKill).toBeLessThan(whole.length);
  });

  it('is fetching again within seconds, with no lock to wait out', () => {
    const resumed = site.log.filter((r) => r.userAgent === 'killed-run' && r.at > resumedStart);
    expect(resumed[0]!.path).toBe('/robots.txt');
    // Start-up through tsx takes about two seconds; a persisted crawlee queue would hold its
    // locks for 180–360 s here.
    expect(resumed[1]!.at - resumedStart).toBeLessThan(10_000);
  });
});

describe('stopping a crawl with SIGTERM', () => {
  let site: TestSite;
  const out = join(work, 'sigterm');

  beforeAll(async () => {
    site = await startTestSite({ questions: 30, faults: false, latencyMs: 5 });
  });
  afterAll(() => site.close());

  it('finishes what is under way, publishes nothing, and the next run carries on from there', async () => {
    await finished(crawlCli(site, out, 'first-pass'));
    const published = readlinkSync(join(out, 'latest'));

    const second = crawlCli(site, out, 'second-pass', ['--revisit-after', '0']);
    await until(() => site.log.filter((r) => r.userAgent === 'second-pass').length >= 20, 30_000);
    second.process.kill('SIGTERM');
    expect(await second.exit).toBe(1);
    expect(second.stderr()).toMatch(/SIGTERM received/);
    expect(readlinkSync(join(out, 'latest'))).toBe(published);

    await finished(crawlCli(site, out, 'second-pass', ['--revisit-after', '0']));
    expect(readlinkSync(join(out, 'latest'))).not.toBe(published);
    const second2 = site.log.filter((r) => r.userAgent === 'second-pass' && r.path !== '/robots.txt');
    expect([...countBy(second2, (r) => r.path)].filter(([, n]) => n > 1)).toEqual([]);
    expect(second2.filter((r) => r.status === 304).length).toBeGreaterThan(30);
  }, 120_000);
});

describe('a config file', () => {
  it('holds the crawl options under "crawl"', async () => {
    const site = await startTestSite({ questions: 3, faults: false });
    try {
      const out = join(work, 'from-config');
      const config = join(work, 'qa-harvest.config.json');
      const crawl = { start: [`${site.origin}/`], rate: 50, concurrency: 2, user_agent: 'from-config', revisit_after: '1d' };
      writeFileSync(config, JSON.stringify({ out, log_format: 'json', crawl }));
      await finished(spawnCli(['crawl', '--config', config]));
      expect(site.log[0]).toMatchObject({ path: '/robots.txt', userAgent: 'from-config' });
      expect(readLatest(out).manifest.config).toMatchObject({ rate: 50, concurrency: 2, revisit_after: '1d', user_agent: 'from-config' });
    } finally {
      await site.close();
    }
  }, 60_000);
});
