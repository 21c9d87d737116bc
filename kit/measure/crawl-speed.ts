import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../../src/extract/extract-page.js';
import { runForResult, siteStats, type SiteProcess } from './site-process.js';

/**
 * The crawl-speed harness: `qa-harvest crawl` with given flags against a kit site in its own
 * process, measured from outside (requests and 200s counted by the site, the command's wall
 * time, CPU and peak RSS from its RESULT line, the crawl's own seconds from its summary log
 * line); and the floor beside it, fetch + extract with no crawler around it.
 */

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

export interface CrawlMeasurement {
  /** False when the command did not finish or did not publish; `note` says why. */
  measured: boolean;
  note: string;
  requests?: number;
  /** Answered 200. */
  ok?: number;
  notFound?: number;
  /** The command from its first line to its exit code: crawl and publish. */
  wallS?: number;
  /** The process from spawn to exit: start-up (module loading through tsx) included. */
  processS?: number;
  /** The crawl alone, from its summary log line (when it logged one). */
  crawlS?: number;
  /** 200s per second of the whole command. */
  pagesPerSec?: number;
  requestsPerSec?: number;
  /** Crawler CPU time over wall time (1.0 = one core busy throughout). */
  cpuShare?: number;
  maxRssMb?: number;
  exitCode?: number;
}

/** One crawl into a fresh state (a second crawl into the same state would be an incremental pass). */
/** `built`: run the compiled CLI (dist/, built beforehand) as an installed qa-harvest runs, rather than the sources under tsx. */
export async function measureCrawl(site: SiteProcess, flags: readonly string[], limitMs: number, options: { built?: boolean } = {}): Promise<CrawlMeasurement> {
  const out = await mkdtemp(join(tmpdir(), 'qa-harvest-measure-'));
  const before = await siteStats(site);
  try {
    const args = ['--import', 'tsx', CLI, 'crawl', '--start', site.startUrl, '--out', join(out, 'dataset'), '--log-format', 'json', '--contact', 'https://example.org/qa-harvest-measure', ...flags];
    const { result: r, exit, elapsedMs, output, tail } = await runForResult<{ code: number; wallMs: number; cpuMs: number; maxRssMb: number }>(process.execPath, args, limitMs, options.built ? { QA_HARVEST_MEASURE_BUILT: '1' } : undefined);
    if (!r) return { measured: false, note: `the crawl did not finish (exit ${exit}, ${limitMs / 1000} s limit): ${tail}` };
    const after = await siteStats(site);
    const requests = after.requests - before.requests;
    const ok = after.ok - before.ok;
    const published = r.code === 0 || r.code === 3;
    return {
      measured: published,
      note: published ? `qa-harvest crawl ${flags.join(' ')}` : `the crawl exited with code ${r.code}: ${tail}`,
      requests,
      ok,
      notFound: after.notFound - before.notFound,
      wallS: r.wallMs / 1000,
      processS: elapsedMs / 1000,
      crawlS: (await manifestCrawlSeconds(join(out, 'dataset'))) ?? crawlSeconds(output),
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

/** The crawl's own seconds as the published manifest records them (stages.crawl.seconds), if it was published. */
async function manifestCrawlSeconds(dataset: string): Promise<number | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dataset, 'latest', 'manifest.json'), 'utf8')) as { stages?: { crawl?: { seconds?: number } } };
    return manifest.stages?.crawl?.seconds;
  } catch {
    return undefined;
  }
}

/** `crawl pass complete: 812 requests in 4.8s` in the JSON log → 4.8. */
function crawlSeconds(output: string): number | undefined {
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const { msg } = JSON.parse(line) as { msg?: unknown };
      const m = typeof msg === 'string' && msg.startsWith('crawl ') ? msg.match(/ in ([\d.]+)s$/) : null;
      if (m) return Number(m[1]);
    } catch {
      // A line cut by the output cap.
    }
  }
  return undefined;
}

/** Question page paths of a site, from its list pages (following 下一页 from `startUrl`). */
export async function listedPaths(origin: string, startUrl: string): Promise<string[]> {
  const paths: string[] = [];
  let next: string | null = startUrl;
  while (next) {
    const html = await (await fetch(next)).text();
    for (const m of html.matchAll(/<h3><a href="([^"]+)"/g)) paths.push(m[1]!);
    const more = html.match(/href="([^"]+)">下一页/);
    next = more ? new URL(more[1]!, origin).href : null;
  }
  return paths;
}

/** `concurrency` fetch loops over a shared list; every body is extracted as the crawl would. */
export async function fetchFloor(origin: string, paths: readonly string[], concurrency: number): Promise<{ pagesPerSec: number; cpuShare: number }> {
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
