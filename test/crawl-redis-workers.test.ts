import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestWindow, mostInFlight, type LoggedRequest } from '../kit/site/request-log.js';
import { startTestSite, type TestSite } from '../kit/site/test-site.js';
import { countBy, crawlSite, readLatest, type Dataset } from './site/harness.js';
import { hasRedisServer, startRedis, type RedisServer } from '../kit/measure/redis-server.js';

/**
 * Many workers on one Redis frontier publish what one process on SQLite publishes. The CLI runs
 * as users run it, in child processes: one opener (`crawl --start … --frontier … --crawl-id …`)
 * and two workers that join it (`crawl --join`), on the kit's test site with its faults. One
 * crawl SIGKILLs a worker while it holds leases (and stops the other with SIGTERM); the other
 * kills redis-server (appendonly, appendfsync always) mid-crawl and starts it again. Everything
 * is read from the site's request log and from Redis itself.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'kit', 'measure', 'cli.ts');
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-workers-'));

const RATE = 10;
const HOST_CAP = 2;
const RETRY_AFTER_S = 1;
/** The options of every crawl here, shared and single-process alike. */
const OPTIONS = { rate: RATE, concurrency: 4, host_concurrency: HOST_CAP, timeout: '400ms', retries: 1, adaptive: false } as const;
const MAX_PAGE_BYTES = 200_000;
const FLAGS = ['--rate', String(RATE), '--concurrency', '4', '--host-concurrency', String(HOST_CAP), '--timeout', '400ms', '--retries', '1', '--fixed-rate', '--max-page-bytes', String(MAX_PAGE_BYTES)];
/** URLs the site refuses or fails once or always: each is asked for twice (one retry). */
const RETRIED = ['/ask/busy.html', '/ask/throttled.html', '/ask/broken.html', '/ask/slow.html'];

interface Child {
  process: ChildProcess;
  exit: Promise<number | null>;
  output: () => string;
}

function cli(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, exit, output: () => output };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** What must be equal between two crawls of the same site: everything but fetch times. */
function comparable(d: Dataset) {
  return {
    entries: d.entries.map(({ fetched_at: _, ...rest }) => rest),
    rejects: d.rejects.map(({ at: _, ...rest }) => rest),
    superseded: d.superseded,
  };
}

interface SharedRun {
  log: LoggedRequest[];
  /** A single process on SQLite, crawling the same site after the shared crawl. */
  single: Dataset;
  dataset: Dataset;
  /** Paths the killed worker held leases on when it died. */
  heldByKilled: string[];
  /** The worker stopped by SIGTERM, when one was: its exit code and output. */
  stopped?: { code: number | null; output: string };
  status: Record<string, any>;
  /** `qa-harvest publish` from the frontier afterwards, into a dataset folder of its own. */
  republished: Dataset;
  codes: Array<number | null>;
  outputs: string[];
}

/** One opener and two joined workers; `disrupt` runs once the crawl is under way. */
async function crawlShared(site: TestSite, redis: RedisServer, crawlId: string, disrupt: (ctx: { workers: Child[]; client: Redis; agent: string }) => Promise<{ held: string[]; stopped?: Child }>): Promise<SharedRun> {
  const out = join(work, crawlId);
  const agent = `redis-${crawlId}`;
  const frontier = ['--frontier', redis.url, '--crawl-id', crawlId];
  const client = new Redis(redis.url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
  client.on('error', () => {});
  try {
    // Started together: the workers wait for the opener to open its pass.
    const opener = cli(['crawl', '--start', `${site.origin}/`, '--out', out, ...frontier, ...FLAGS, '--user-agent', agent, '--lease', '2s', '--log-format', 'json']);
    const workers = [cli(['crawl', '--join', ...frontier, '--log-format', 'json']), cli(['crawl', '--join', ...frontier, '--log-format', 'json'])];
    const { held, stopped } = await disrupt({ workers, client, agent });
    const children = [opener, ...workers];
    const codes = await Promise.all(children.map((c) => c.exit));
    const status = JSON.parse((await runToEnd(['crawl', ...frontier, '--status', '--log-format', 'json'])).split('\n')[0]!) as Record<string, any>;
    const log = site.log.filter((r) => r.userAgent === agent);
    const again = join(work, `${crawlId}-publish`);
    await runToEnd(['publish', ...frontier, '--out', again, '--log-format', 'json'], [0, 3]);
    const singleOut = join(work, `${crawlId}-single`);
    // The pace does not change what is published: no limit, for a shorter test.
    await crawlSite(site, singleOut, { ...OPTIONS, rate: 0, user_agent: 'single-process' }, { maxPageBytes: MAX_PAGE_BYTES });
    return { log, single: readLatest(singleOut), dataset: readLatest(out), republished: readLatest(again), heldByKilled: held, stopped: stopped && { code: await stopped.exit, output: stopped.output() }, status, codes, outputs: children.map((c) => c.output()) };
  } finally {
    client.disconnect();
  }
}

async function runToEnd(args: string[], ok = [0]): Promise<string> {
  const child = cli(args);
  const code = await child.exit;
  if (!ok.includes(code ?? -1)) throw new Error(`${args.join(' ')} exited with ${code}:\n${child.output()}`);
  return child.output();
}

/** Paths asked for more than once, with how many times. */
const twice = (log: readonly LoggedRequest[]) => [...countBy(log, (r) => r.path)].filter(([, n]) => n > 1);

describe.skipIf(!hasRedisServer())('three workers on one Redis frontier', () => {
  let redis: RedisServer;
  const sites: TestSite[] = [];
  let killed: SharedRun;
  let restarted: SharedRun;

  beforeAll(async () => {
    redis = await startRedis({ persistent: true });
    // A site for each crawl, so that each meets the faults that answer only a first request (503, 429). A
    // little latency, so that leases are held for a while; enough pages for the workers to join under way.
    const site = async () => {
      sites.push(await startTestSite({ questions: 30, retryAfter: RETRY_AFTER_S, slowMs: 1500, latencyMs: 40 }));
      return sites.at(-1)!;
    };

    killed = await crawlShared(await site(), redis, 'kill-a-worker', async ({ workers, client }) => {
      // The victim is whichever joined worker first holds a lease: with one host and two places,
      // the opener and one worker may keep both places busy for the whole pass, and which worker
      // waits is the scheduler's choice, not the test's.
      const holds = (child: Child, tokens: string[]) => tokens.some((token) => token.includes(`:${child.process.pid}:`));
      const tokensOf = (leases: Record<string, string>) => Object.values(leases);
      // A lease seen held may be given back before the kill lands (a fast page): the victim is frozen
      // (SIGSTOP) while the leases are read again, and killed only if it still holds one.
      let victim: Child | undefined;
      let leases: Record<string, string> = {};
      await until(
        async () => {
          const ended = workers.find((w) => w.process.exitCode !== null);
          if (ended) throw new Error(`a worker ended before either held a lease:\n${workers.map((w) => w.output()).join('\n---\n')}`);
          const seen = tokensOf(await client.hgetall('qa:{kill-a-worker}:leases'));
          const holder = workers.find((w) => holds(w, seen));
          if (!holder) return false;
          holder.process.kill('SIGSTOP');
          leases = await client.hgetall('qa:{kill-a-worker}:leases');
          if (holds(holder, tokensOf(leases))) {
            victim = holder;
            return true;
          }
          holder.process.kill('SIGCONT');
          return false;
        },
        60_000,
        'a worker to hold a lease',
      );
      victim!.process.kill('SIGKILL');
      // The other worker is stopped politely once it works on the crawl (a process still loading
      // its code has no handler yet, and dies of the signal): it finishes and stores what it has in flight.
      const polite = workers.find((w) => w !== victim)!;
      await until(
        async () => {
          if (polite.process.exitCode !== null) throw new Error(`the second worker ended before it joined:\n${polite.output()}`);
          return (await client.zrange('qa:{kill-a-worker}:workers', 0, -1)).some((name) => name.includes(`:${polite.process.pid}:`));
        },
        60_000,
        'the second worker to join',
      );
      polite.process.kill('SIGTERM');
      return {
        held: Object.entries(leases)
          .filter(([, token]) => holds(victim!, [token]))
          .map(([key]) => new URL(key).pathname),
        stopped: polite,
      };
    });

    const second = await site();
    restarted = await crawlShared(second, redis, 'restart-redis', async ({ agent }) => {
      await until(() => second.log.filter((r) => r.userAgent === agent).length >= 30, 60_000, 'the crawl to be under way');
      await redis.kill();
      await new Promise((r) => setTimeout(r, 700));
      await redis.restart();
      return { held: [] };
    });
  }, 240_000);

  afterAll(async () => {
    await Promise.all(sites.map((s) => s.close()));
    await redis?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('publishes the dataset one process on SQLite publishes, with a worker killed while it held leases', () => {
    expect(killed.codes[0], killed.outputs[0]).toBeOneOf([0, 3]);
    // Stopped by SIGTERM: interrupted, having stored what it had under way.
    expect(killed.stopped!.code, killed.stopped!.output).toBe(1);
    expect(killed.stopped!.output).toMatch(/SIGTERM received/);
    expect(killed.single.entries.length).toBeGreaterThan(60);
    expect(comparable(killed.dataset)).toEqual(comparable(killed.single));
  });

  it('never sends more requests a second than the rate, nor more in flight than the per-host cap, whichever worker sends them', () => {
    for (const run of [killed, restarted]) {
      expect(busiestWindow(run.log)).toBeLessThanOrEqual(RATE);
      expect(mostInFlight(run.log)).toBeLessThanOrEqual(HOST_CAP);
    }
  });

  it('sends nothing to the host while a 429 pauses it, and asks a refused URL again no sooner than its Retry-After', () => {
    for (const run of [killed, restarted]) {
      const throttled = run.log.find((r) => r.path === '/ask/throttled.html')!;
      expect(throttled.status).toBe(429);
      const during = run.log.filter((r) => r.at > throttled.at + 60 && r.at < throttled.at + RETRY_AFTER_S * 1000 - 25);
      expect(during).toEqual([]);
      for (const path of ['/ask/busy.html', '/ask/throttled.html']) {
        const [refused, retry] = run.log.filter((r) => r.path === path);
        expect(retry!.at - refused!.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 2);
      }
    }
  });

  it('reads robots.txt once per pass, for every worker', () => {
    for (const run of [killed, restarted]) expect(run.log.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    expect(killed.outputs.join('\n')).toMatch(/joining the open crawl pass/);
  });

  it('asks for no URL twice, except to retry and those the killed worker held (the one stopped by SIGTERM gave back what it had not sent)', () => {
    expect(killed.heldByKilled.length).toBeGreaterThan(0);
    const allowed = new Set([...RETRIED, ...killed.heldByKilled]);
    expect(twice(killed.log).filter(([path]) => !allowed.has(path))).toEqual([]);
    for (const [path, n] of twice(killed.log)) expect(n, path).toBeLessThanOrEqual(RETRIED.includes(path) && killed.heldByKilled.includes(path) ? 3 : 2);
  });

  it('leaves nothing pending or in flight, and no worker behind', () => {
    for (const run of [killed, restarted]) {
      expect(run.status).toMatchObject({ pass: 1, pass_state: 'complete', pending: 0, waiting_to_retry: 0, in_flight: 0, workers: [] });
      expect(run.status.done).toBe(run.status.known);
    }
  });

  it('publishes the same dataset again from the frontier alone (qa-harvest publish)', () => {
    expect(comparable(killed.republished)).toEqual(comparable(killed.dataset));
    expect(killed.republished.manifest.stages.crawl).toMatchObject({ pass: 1, pass_complete: true, pending: 0, published_by: 'publish' });
  });

  it('completes with the same dataset when redis-server is killed and started again mid-crawl', () => {
    expect(restarted.codes.map((c) => c === 0 || c === 3), restarted.outputs.join('\n').slice(-3000)).toEqual([true, true, true]);
    expect(comparable(restarted.dataset)).toEqual(comparable(restarted.single));
  });
});

describe.skipIf(!hasRedisServer())('--workers', () => {
  it('starts the other workers on this machine once its pass is open, and publishes when they are all done', async () => {
    const redis = await startRedis();
    const site = await startTestSite({ questions: 40, faults: false, latencyMs: 5 });
    try {
      const out = join(work, 'local-workers');
      const opener = cli(['crawl', '--start', `${site.origin}/`, '--out', out, '--frontier', redis.url, '--crawl-id', 'local', '--workers', '3', '--rate', '20', '--log-format', 'json']);
      expect(await opener.exit, opener.output()).toBeOneOf([0, 3]);
      expect(opener.output()).toMatch(/started 2 more crawl worker\(s\) on this machine/);
      // The workers' own log lines come through the opener's; a worker that starts after the last URL was claimed has nothing to do.
      expect(opener.output().match(/"msg":"(?:worker done: the pass is complete|nothing to crawl: the last pass)/g)?.length, opener.output()).toBe(2);
      expect(readLatest(out).entries.length).toBeGreaterThan(10);
      const asked = site.log.filter((r) => r.path !== '/robots.txt');
      expect(twice(asked)).toEqual([]);
    } finally {
      await site.close();
      await redis.stop();
    }
  }, 120_000);
});
