/**
 * Crawl workers on one Redis frontier (issue 11), measured:
 *  - pages/s of `qa-harvest crawl` with 1, 2 and 4 workers on one Redis frontier (`--workers N`,
 *    this machine) against the benchmark corpus served on 127.0.0.1, politeness off, beside the
 *    same crawl on the SQLite frontier;
 *  - Redis memory per 100,000 known URLs: pending (the frontier as a crawl first learns it), and
 *    finished as pages with their stored extractions (real extractions of corpus pages, reused
 *    round-robin), from INFO memory before and after; a million URLs is extrapolated (×10).
 *
 *   npx tsx bench/crawl/redis-workers.ts [--pages 2000] [--workers 1,2,4] [--urls 100000] [--concurrency 16]
 *
 * Needs redis-server on PATH (Debian's package); each measurement starts its own on a free
 * loopback port. `benchRedisWorkers()` returns the figures for `npm run bench`.
 */
import { deflateRawSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { measureCrawl, type CrawlMeasurement } from '../../kit/measure/crawl-speed.js';
import { hasRedisServer, startRedis } from '../../kit/measure/redis-server.js';
import { startSiteProcess, stopSiteProcess } from '../../kit/measure/site-process.js';
import { generatePages } from '../../kit/pages/corpus.js';
import { RedisFrontierStore } from '../../src/crawl/redis-frontier-store.js';
import type { Discovered } from '../../src/crawl/frontier-store.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { INCLUDE } from './crawl-bench.js';

export interface RedisWorkersOptions {
  /** Corpus pages served and crawled (default 2000). */
  pages?: number;
  /** Worker counts to measure (default 1, 2, 4). */
  workers?: number[];
  /** Requests in flight per worker (default 16). */
  concurrency?: number;
  /** URLs for the memory figures (default 100,000). */
  urls?: number;
  limitMs?: number;
}

export interface WorkersRun {
  workers: number | 'sqlite';
  crawl: CrawlMeasurement;
}

export interface RedisMemory {
  urls: number;
  /** used_memory after the URLs were queued, less before: bytes. */
  pendingBytes: number;
  /** The same URLs finished as pages with stored extractions. */
  finishedBytes: number;
  /** Mean size of a stored extraction (deflated JSON), bytes. */
  meanPayloadBytes: number;
}

export interface RedisWorkersResult {
  pages: number;
  concurrency: number;
  runs: WorkersRun[];
  memory: RedisMemory | null;
  note: string;
}

export async function benchRedisWorkers(options: RedisWorkersOptions = {}): Promise<RedisWorkersResult> {
  const pages = options.pages ?? 2000;
  const concurrency = options.concurrency ?? 16;
  const counts = options.workers ?? [1, 2, 4];
  if (!hasRedisServer()) return { pages, concurrency, runs: [], memory: null, note: 'redis-server is not on PATH: not measured (apt-get install redis-server)' };
  const runs: WorkersRun[] = [];
  const site = await startSiteProcess(['--corpus', String(pages)]);
  try {
    const flags = ['--impolite', '--concurrency', String(concurrency), '--include', INCLUDE, '--max-pages', String(pages)];
    // A first crawl warms the site process up; it is not reported.
    await measureCrawl(site, flags, options.limitMs ?? 300_000);
    runs.push({ workers: 'sqlite', crawl: await measureCrawl(site, flags, options.limitMs ?? 300_000) });
    for (const workers of counts) {
      const redis = await startRedis();
      try {
        const shared = ['--frontier', redis.url, '--crawl-id', `bench-${workers}`, '--workers', String(workers)];
        runs.push({ workers, crawl: await measureCrawl(site, [...flags, ...shared], options.limitMs ?? 300_000) });
      } finally {
        await redis.stop();
      }
    }
  } finally {
    await stopSiteProcess(site);
  }
  return { pages, concurrency, runs, memory: await measureMemory(options.urls ?? 100_000), note: '' };
}

/** Question-page URLs as a youlai crawl knows them, each linked from a list page. */
function knownUrls(n: number): Discovered[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `${i.toString(16).toUpperCase().padStart(6, '0')}${((i * 7919) % 99_991).toString(36).padStart(5, 'a')}`;
    const url = `https://www.youlai.cn/ask/${id}.html`;
    return { key: url, url, host: 'www.youlai.cn', kind: 'page', depth: 2, hops: 0, parent: `https://www.youlai.cn/dise/asklist/937_${1 + Math.floor(i / 50)}.html` };
  });
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(info.match(/^used_memory:(\d+)/m)![1]);
}

async function measureMemory(n: number): Promise<RedisMemory> {
  const server = await startRedis();
  const probe = new Redis(server.url);
  const store = await RedisFrontierStore.connect({ url: server.url, crawlId: 'memory' });
  try {
    // Real extractions of corpus pages, stored round-robin with the URLs.
    const extractions = [];
    for (const page of generatePages({ pages: 500, seed: 1 })) {
      const url = `https://www.youlai.cn/ask/${page.name}`;
      const out = extractPage({ url, finalUrl: url, status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page.body, fetchedAt: new Date(0) });
      if (out.ok) extractions.push(out.value);
    }
    const before = await usedMemory(probe);
    await store.begin(new Date());
    const urls = knownUrls(n);
    await store.add(urls);
    const pending = (await usedMemory(probe)) - before;

    let payloadBytes = 0;
    await store.startWorker('worker');
    for (let i = 0, entry = await store.claim(0); entry; i++, entry = await store.claim(0)) {
      const extraction = extractions[i % extractions.length]!;
      payloadBytes += deflateRawSync(Buffer.from(JSON.stringify(extraction)), { level: 6 }).length;
      const result = { type: 'page', status: 200, etag: `"${i.toString(16)}"`, lastModified: 'Tue, 01 Jun 2021 08:00:00 GMT', finalUrl: entry.url, canonicalUrl: entry.url, sha256: 'f'.repeat(64), fetchedAt: Date.now(), extraction } as const;
      await store.finish(entry, result, []);
    }
    const finished = (await usedMemory(probe)) - before;
    return { urls: n, pendingBytes: pending, finishedBytes: finished, meanPayloadBytes: payloadBytes / n };
  } finally {
    await store.close();
    probe.disconnect();
    await server.stop();
  }
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export function formatRedisWorkers(r: RedisWorkersResult): string {
  if (r.note) return `crawl workers on Redis: ${r.note}\n`;
  const lines = [
    `crawl workers on one Redis frontier: the benchmark corpus (${r.pages} pages) on 127.0.0.1, politeness off, --concurrency ${r.concurrency} per worker`,
    '',
    '| frontier | workers | pages (200) | crawl s | pages/s | whole command s |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const run of r.runs) {
    const c = run.crawl;
    const what = run.workers === 'sqlite' ? ['SQLite', '1'] : ['Redis', String(run.workers)];
    if (!c.measured) {
      lines.push(`| ${what[0]} | ${what[1]} | not measured: ${c.note} | | | |`);
      continue;
    }
    const crawlS = c.crawlS ?? c.wallS!;
    lines.push(`| ${what[0]} | ${what[1]} | ${c.ok} | ${crawlS.toFixed(1)} | ${(c.ok! / crawlS).toFixed(1)} | ${c.processS!.toFixed(1)} |`);
  }
  if (r.memory) {
    const m = r.memory;
    const per = (bytes: number) => `${mb((bytes * 100_000) / m.urls)} MB per 100,000 URLs (${Math.round(bytes / m.urls)} B/URL); a million: ~${mb((bytes * 1_000_000) / m.urls)} MB (extrapolated ×${1_000_000 / m.urls})`;
    lines.push(
      '',
      `Redis memory (used_memory), ${m.urls.toLocaleString('en')} URLs measured:`,
      `  known and pending:                    ${per(m.pendingBytes)}`,
      `  finished pages, extractions stored:   ${per(m.finishedBytes)} (mean stored extraction ${Math.round(m.meanPayloadBytes)} B)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { pages: { type: 'string', default: '2000' }, workers: { type: 'string', default: '1,2,4' }, urls: { type: 'string', default: '100000' }, concurrency: { type: 'string', default: '16' } },
    strict: true,
  });
  const result = await benchRedisWorkers({ pages: Number(values.pages), workers: values.workers!.split(',').map(Number), urls: Number(values.urls), concurrency: Number(values.concurrency) });
  process.stdout.write(formatRedisWorkers(result));
}
