import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../../src/extract/extract-page.js';
import { median } from '../lib/stats.js';
import { crawlWithScrapy, type ScrapyResult } from './scrapy-peer.js';
import { runForResult, serverStats, startServer, stopServer, type Served } from './served.js';

/**
 * Goal 4: crawling the corpus served on 127.0.0.1 with politeness off and 16 requests in
 * flight: `qa-harvest crawl --impolite --concurrency 16` from the first list page, following
 * list and question links, up to a page limit, validating, deduplicating and publishing as
 * it always does. Beside it, the floor: 16 concurrent GETs of the known page URLs with each
 * body extracted in the same process (no frontier, no link following, no validation or
 * export). The server runs in a child process of its own, so CPU shares are the client's alone.
 */

export interface CrawlResult {
  pages: number;
  concurrency: number;
  /** The crawl command, when it exists. */
  crawl: {
    measured: boolean;
    note: string;
    requests?: number;
    ok?: number;
    notFound?: number;
    wallS?: number;
    /** Requests answered 200 per second of the crawl command's run (start to published). */
    pagesPerSec?: number;
    requestsPerSec?: number;
    /** Crawler CPU time over wall time (1.0 = one core busy throughout). */
    cpuShare?: number;
    maxRssMb?: number;
    exitCode?: number;
  };
  /** Scrapy 2.8 (Debian's python3-scrapy) on the same site and settings, when installed. */
  scrapy: ScrapyResult;
  /** Fetch + extract with no crawler around it (medians over rounds). */
  floor: { pagesPerSec: number; cpuShare: number; rounds: number; runs: number[] };
}

const HERE = new URL('.', import.meta.url);
const CRAWL_COMMAND = fileURLToPath(new URL('../../src/cli/commands/crawl.ts', HERE));
const CRAWL_CHILD = fileURLToPath(new URL('./crawl-child.ts', HERE));
/** Follow list pages and question pages only, as a spider for this genre would (not doctor pages, nav, footers). */
export const INCLUDE = '/(?:ask|askmip|wenda|copy)/|/dise/asklist/';

async function pagePaths(server: Served): Promise<string[]> {
  const paths: string[] = [];
  let next: string | null = server.startUrl;
  while (next) {
    const html = await (await fetch(next)).text();
    for (const m of html.matchAll(/<h3><a href="([^"]+)"/g)) paths.push(m[1]!);
    const more = html.match(/href="([^"]+)">下一页/);
    next = more ? new URL(more[1]!, server.origin).href : null;
  }
  return paths;
}

/** 16 fetch loops over a shared list; every body is extracted as the crawl would. */
async function fetchAndExtract(origin: string, paths: string[], concurrency: number): Promise<{ pagesPerSec: number; cpuShare: number }> {
  let next = 0;
  let entries = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const url = origin + paths[next++]!;
        const res = await fetch(url);
        const body = Buffer.from(await res.arrayBuffer());
        const headers: Record<string, string> = {};
        res.headers.forEach((value, key) => (headers[key] = value));
        const out = extractPage({ url, finalUrl: url, status: res.status, headers, body, fetchedAt: new Date() });
        if (out.ok) entries += out.value.entries.length;
      }
    }),
  );
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (entries === 0) throw new Error('the fetch floor extracted nothing');
  return { pagesPerSec: (paths.length / wall) * 1000, cpuShare: (cpu.user + cpu.system) / 1000 / wall };
}

async function crawlOnce(server: Served, maxPages: number, concurrency: number, limitMs: number): Promise<CrawlResult['crawl']> {
  const out = await mkdtemp(join(tmpdir(), 'qa-harvest-bench-crawl-'));
  const before = await serverStats(server);
  try {
    const args = ['--start', server.startUrl, '--impolite', '--concurrency', String(concurrency), '--retries', '3', '--include', INCLUDE, '--max-pages', String(maxPages), '--out', join(out, 'dataset'), '--log-format', 'json', '--quiet'];
    const { result: r, exit, tail } = await runForResult<{ code: number; wallMs: number; cpuMs: number; maxRssMb: number }>(process.execPath, [...process.execArgv, CRAWL_CHILD, ...args], limitMs);
    if (!r) return { measured: false, note: `the crawl did not finish (exit ${exit}, ${limitMs / 1000} s limit): ${tail}` };
    const after = await serverStats(server);
    const requests = after.requests - before.requests;
    const ok = after.ok - before.ok;
    const published = r.code === 0 || r.code === 3;
    return {
      measured: published,
      note: published ? `qa-harvest crawl --impolite --concurrency ${concurrency} --retries 3 --max-pages ${maxPages} --include '${INCLUDE}'` : `the crawl exited with code ${r.code}`,
      requests,
      ok,
      notFound: after.notFound - before.notFound,
      wallS: r.wallMs / 1000,
      pagesPerSec: (ok / r.wallMs) * 1000,
      requestsPerSec: (requests / r.wallMs) * 1000,
      cpuShare: r.cpuMs / r.wallMs,
      maxRssMb: r.maxRssMb,
      exitCode: r.code,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export interface CrawlOptions {
  /** Pages in the served corpus (the fetch floor reads them all). */
  pages: number;
  seed: number;
  rounds: number;
  concurrency?: number;
  /** Page limit of each crawl (default: pages). */
  crawlPages?: number;
  /** Time limit of each crawl. */
  limitMs?: number;
  scrapy?: boolean;
}

export async function benchCrawl(options: CrawlOptions): Promise<CrawlResult> {
  const concurrency = options.concurrency ?? 16;
  const crawlPages = options.crawlPages ?? options.pages;
  const limitMs = options.limitMs ?? 180_000;
  let server = await startServer(options.pages, options.seed);
  let floor: CrawlResult['floor'];
  let crawl: CrawlResult['crawl'];
  let served: number;
  try {
    const paths = await pagePaths(server);
    served = paths.length;
    await fetchAndExtract(server.origin, paths.slice(0, 200), concurrency); // warm-up
    const rates: number[] = [];
    const shares: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const r = await fetchAndExtract(server.origin, paths, concurrency);
      rates.push(r.pagesPerSec);
      shares.push(r.cpuShare);
    }
    floor = { pagesPerSec: median(rates), cpuShare: median(shares), rounds: options.rounds, runs: rates.map((r) => Math.round(r)) };
    crawl = existsSync(CRAWL_COMMAND)
      ? await crawlOnce(server, crawlPages, concurrency, limitMs)
      : { measured: false, note: '`qa-harvest crawl` does not exist yet (no src/cli/commands/crawl.ts): not measured; the loopback server and the fetch floor are ready for it' };
  } finally {
    await stopServer(server);
  }
  // Scrapy gets a fresh server, so neither crawler finds pages the other had rendered on demand.
  let scrapy: ScrapyResult = { measured: false, note: 'not run (--no-scrapy)' };
  if (options.scrapy !== false) {
    server = await startServer(options.pages, options.seed);
    try {
      scrapy = await crawlWithScrapy(server, crawlPages, limitMs);
    } finally {
      await stopServer(server);
    }
  }
  return { pages: served, concurrency, crawl, scrapy, floor };
}
