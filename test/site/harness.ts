import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../../src/core/log.js';
import { CrawlOptionsSchema, toSettings, type CrawlOptionsInput } from '../../src/crawl/options.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { runCrawl, type CrawlRunSummary } from '../../src/pipeline/run-crawl.js';
import type { Entry, Reject } from '../../src/schema/entry.js';
import type { Superseded } from '../../src/schema/records.js';
import { toEntries } from '../../src/validate/to-entry.js';
import type { TestSite } from '../../kit/site/test-site.js';

/** Crawls the test site in this process, quietly; options as in the config file's "crawl" object. */
export async function crawlSite(site: TestSite, outDir: string, options: CrawlOptionsInput = {}, extra: { maxPageBytes?: number; restart?: boolean; allowEmpty?: boolean; log?: Logger } = {}): Promise<CrawlRunSummary> {
  const parsed = CrawlOptionsSchema.parse({ start: [`${site.origin}/`], ...options });
  const settings = toSettings(parsed, { outDir, maxPageBytes: extra.maxPageBytes ?? 200_000, given: new Set(Object.keys(options)) });
  return runCrawl({ crawl: settings, outDir, log: extra.log ?? silentLogger, restart: extra.restart, allowEmpty: extra.allowEmpty });
}

export interface Dataset {
  entries: Entry[];
  rejects: Reject[];
  superseded: Superseded[];
  manifest: Record<string, any>;
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

/** The run `latest` points at. */
export function readLatest(outDir: string): Dataset {
  const dir = join(outDir, 'latest');
  return {
    entries: jsonl<Entry>(join(dir, 'entries.jsonl')),
    rejects: jsonl<Reject>(join(dir, 'rejects.jsonl')),
    superseded: jsonl<Superseded>(join(dir, 'superseded.jsonl')),
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>,
  };
}

/** Ids of every entry the reachable pages hold, worked out without the crawler. */
export function expectedEntryIds(site: TestSite): Set<string> {
  const ids = new Set<string>();
  for (const [path, { body, contentType }] of site.reachablePages()) {
    const url = `${site.origin}${path}`;
    const outcome = extractPage({ url, finalUrl: url, status: 200, headers: { 'content-type': contentType }, body, fetchedAt: new Date(0) });
    if (!outcome.ok) continue;
    for (const entry of toEntries(outcome.value, new Date(0))) {
      if (entry.ok) ids.add(entry.value.id);
    }
  }
  return ids;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
