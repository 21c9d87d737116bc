import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runForResult, siteStats, type SiteProcess } from '../../kit/measure/site-process.js';

/**
 * The peer of goal 4: Scrapy 2.8 (Debian's python3-scrapy) crawling the same loopback site
 * with the same settings (bench/crawl/scrapy_spider.py), when it is installed, driven and
 * counted by the kit's harness like the qa-harvest crawl.
 */
export interface ScrapyResult {
  measured: boolean;
  note: string;
  ok?: number;
  wallS?: number;
  pagesPerSec?: number;
  cpuShare?: number;
  items?: number;
  maxRssMb?: number;
}

const SPIDER = fileURLToPath(new URL('./scrapy_spider.py', import.meta.url));
const PYTHON = '/usr/bin/python3';

export async function crawlWithScrapy(server: SiteProcess, maxPages: number, limitMs: number): Promise<ScrapyResult> {
  const probe = spawnSync(PYTHON, ['-c', 'import scrapy; print(scrapy.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) return { measured: false, note: `Scrapy not installed (${PYTHON} cannot import scrapy; Debian: apt-get install python3-scrapy): not measured` };
  const out = await mkdtemp(join(tmpdir(), 'qa-harvest-bench-scrapy-'));
  const before = await siteStats(server);
  try {
    const { result: r, exit, tail } = await runForResult<{ pages: number; items: number; wall_s: number; cpu_s: number; max_rss_mb: number }>(
      PYTHON,
      [SPIDER, server.startUrl, String(maxPages), join(out, 'items.jsonl')],
      limitMs,
    );
    if (!r) return { measured: false, note: `Scrapy did not finish (exit ${exit}): ${tail}` };
    const ok = (await siteStats(server)).ok - before.ok;
    return {
      measured: true,
      note: `Scrapy ${probe.stdout.trim()}: CONCURRENT_REQUESTS 16, retries 3, no delay, CLOSESPIDER_PAGECOUNT ${maxPages}, same link pattern, items to a JSON Lines feed`,
      ok,
      wallS: r.wall_s,
      pagesPerSec: ok / r.wall_s,
      cpuShare: r.cpu_s / r.wall_s,
      items: r.items,
      maxRssMb: r.max_rss_mb,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
