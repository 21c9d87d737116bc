import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fetchFloor, listedPaths, measureCrawl, type CrawlMeasurement } from '../../kit/measure/crawl-speed.js';
import { startSiteProcess, stopSiteProcess } from '../../kit/measure/site-process.js';
import { median } from '../lib/stats.js';
import { crawlWithScrapy, type ScrapyResult } from './scrapy-peer.js';

/**
 * Goal 4: crawling the corpus served on 127.0.0.1 with politeness off and 16 requests in
 * flight: `qa-harvest crawl --impolite --concurrency 16` from the first list page, following
 * list and question links, up to a page limit, validating, deduplicating and publishing as
 * it always does. Beside it, the floor: 16 concurrent GETs of the known page URLs with each
 * body extracted in the same process (no frontier, no link following, no validation or
 * export). The site (kit/site/corpus-site.ts) runs in a child process of its own, so CPU shares
 * are the client's alone; the kit's crawl-speed harness does the measuring.
 */

export interface CrawlResult {
  pages: number;
  /** Pages refused once with 503/429 and Retry-After (issue #13's fault-heavy site), or null for the clean site. */
  flaky: FlakySite | null;
  concurrency: number;
  /** The crawl command, when it exists. */
  crawl: CrawlMeasurement;
  /** Scrapy 2.8 (Debian's python3-scrapy) on the same site and settings, when installed. */
  scrapy: ScrapyResult;
  /** Fetch + extract with no crawler around it (medians over rounds). */
  floor: { pagesPerSec: number; cpuShare: number; rounds: number; runs: number[] };
}

const CRAWL_COMMAND = fileURLToPath(new URL('../../src/cli/commands/crawl.ts', import.meta.url));
/** Follow list pages and question pages only, as a spider for this genre would (not doctor pages, nav, footers). */
export const INCLUDE = '/(?:ask|askmip|wenda|copy)/|/dise/asklist/';

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
  /** Serve the fault-heavy variant: this share of pages refuses its first request (default: none). */
  flaky?: FlakySite;
  /** Run the compiled CLI (dist/, built by the caller) rather than the sources under tsx. */
  built?: boolean;
  /** Measure the fetch floor too (default true; the fault-heavy variant has no use for it). */
  floor?: boolean;
}

export interface FlakySite {
  share: number;
  retryAfterS: number;
}

export async function benchCrawl(options: CrawlOptions): Promise<CrawlResult> {
  const concurrency = options.concurrency ?? 16;
  const crawlPages = options.crawlPages ?? options.pages;
  const limitMs = options.limitMs ?? 180_000;
  const siteArgs = ['--corpus', String(options.pages), '--seed', String(options.seed)];
  if (options.flaky) siteArgs.push('--flaky', String(options.flaky.share), '--retry-after', String(options.flaky.retryAfterS));
  let site = await startSiteProcess(siteArgs);
  let floor: CrawlResult['floor'];
  let crawl: CrawlResult['crawl'];
  let served: number;
  try {
    // Listing the pages would spend the fault-heavy site's refusals before the crawl meets them.
    const paths = options.flaky ? [] : await listedPaths(site.origin, site.startUrl);
    served = options.flaky ? options.pages : paths.length;
    const rates: number[] = [];
    const shares: number[] = [];
    // The floor reads each page once; on the fault-heavy site that would be a different load.
    if (options.floor !== false && !options.flaky) await fetchFloor(site.origin, paths.slice(0, 200), concurrency); // warm-up
    for (let round = 0; options.floor !== false && !options.flaky && round < options.rounds; round++) {
      const r = await fetchFloor(site.origin, paths, concurrency);
      rates.push(r.pagesPerSec);
      shares.push(r.cpuShare);
    }
    floor = { pagesPerSec: rates.length ? median(rates) : Number.NaN, cpuShare: shares.length ? median(shares) : Number.NaN, rounds: rates.length, runs: rates.map((r) => Math.round(r)) };
    const flags = ['--impolite', '--concurrency', String(concurrency), '--retries', '3', '--include', INCLUDE, '--max-pages', String(crawlPages), '--quiet'];
    crawl = existsSync(CRAWL_COMMAND)
      ? await measureCrawl(site, flags, limitMs, { built: options.built })
      : { measured: false, note: '`qa-harvest crawl` does not exist yet (no src/cli/commands/crawl.ts): not measured; the loopback site and the fetch floor are ready for it' };
  } finally {
    await stopSiteProcess(site);
  }
  // Scrapy gets a fresh site, so neither crawler finds pages the other had rendered on demand.
  let scrapy: ScrapyResult = { measured: false, note: 'not run (--no-scrapy)' };
  if (options.scrapy !== false) {
    site = await startSiteProcess(siteArgs);
    try {
      scrapy = await crawlWithScrapy(site, crawlPages, limitMs);
    } finally {
      await stopSiteProcess(site);
    }
  }
  return { pages: served, flaky: options.flaky ?? null, concurrency, crawl, scrapy, floor };
}
