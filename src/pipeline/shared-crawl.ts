import { silentLogger, type Logger } from '../core/log.js';
import { crawl, type CrawlResult } from '../crawl/crawler.js';
import { CrawlOptionsSchema, toSettings, type CrawlSettings } from '../crawl/options.js';
import { RedisFrontierStore } from '../crawl/redis-frontier-store.js';
import { redactUrl } from '../crawl/redis-link.js';
import { PUBLISH_DEFAULTS, type PublishOptions } from './options.js';
import type { RunSummary } from './publish-dataset.js';
import { guardState } from './crawl-state.js';
import { crawlPageReader } from './page-reader.js';
import { resolveThreads } from './per-page.js';
import { sharedProfiles } from './profiles.js';
import { publishStored } from './run-crawl.js';

/**
 * The runs of a crawl on a shared frontier besides its opener's (which is `runCrawl` with
 * `crawl.frontier` set): a worker that joins it, and publishing what it holds.
 */

export interface SharedFrontierAddress {
  url: string;
  crawlId: string;
}

/** A joined worker's settings: the crawl's, as its opener stored them, reached through this worker's own address of the frontier. */
function storedSettings(stored: { options: Record<string, unknown>; maxPageBytes: number }, frontier: SharedFrontierAddress): CrawlSettings {
  const parsed = CrawlOptionsSchema.parse({ ...stored.options, frontier: frontier.url, crawl_id: frontier.crawlId });
  return toSettings(parsed, { outDir: '.', maxPageBytes: stored.maxPageBytes });
}

/**
 * A worker that joins the open pass of a shared frontier (`crawl --join`): the crawl's
 * settings come from the frontier, one User-Agent and one politeness policy for all. It crawls
 * until nothing is left to any worker, then leaves; the opener (or `publish`) publishes.
 * A worker may start before its opener: it waits up to `waitMs` (a minute) for a pass to open.
 * 'complete' when the crawl's last pass was complete by then (nothing to do), null when there
 * is no such crawl.
 */
export async function runCrawlWorker(options: {
  frontier: SharedFrontierAddress;
  log?: Logger;
  signal?: AbortSignal;
  waitMs?: number;
  /** Threads reading the pages fetched (page-reader.ts): 1 the main thread, 0 one per core (default). */
  threads?: number;
  /** Pages of a host no profile knows to learn a profile from (crawl-learning.ts; default 10, 0 off): a worker's learning is in its log, and in its entries' `read_by`. */
  learnAfter?: number;
}): Promise<CrawlResult | 'complete' | null> {
  const log = options.log ?? silentLogger;
  const store = await RedisFrontierStore.connect({ url: options.frontier.url, crawlId: options.frontier.crawlId, log });
  try {
    const joined = await store.join(options.waitMs);
    if (!joined) return (await store.storedCrawl())?.complete ? 'complete' : null;
    const settings = storedSettings(joined.crawl, options.frontier);
    const profiles = await sharedProfiles(store);
    // A write to the frontier that fails stops this worker's crawl as a signal would (see GuardedState).
    const stop = new AbortController();
    const guarded = guardState(store, `${redactUrl(options.frontier.url)} (crawl ${options.frontier.crawlId})`, () => stop.abort());
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const learn = { learnAfter: options.learnAfter ?? PUBLISH_DEFAULTS.learnAfter, learnedAt: new Date().toISOString() };
    const reader = crawlPageReader({ profiles, threads: resolveThreads(options.threads ?? 0), log, learn });
    const result = await crawl({ settings, store: guarded, readPage: reader.read, log, signal, joined: joined.pass })
      .catch((err: unknown) => {
        throw guarded.failure ?? err;
      })
      .finally(() => reader.close());
    if (guarded.failure) throw guarded.failure;
    log.info(`worker done: ${result.complete ? 'the pass is complete' : `stopped (${result.stoppedBy ?? 'nothing left it could fetch'})`}, ${result.stats.requests} requests in ${result.seconds.toFixed(1)} s`, { pass: result.pass.pass, ...result.stats });
    return result;
  } finally {
    await store.close();
  }
}

/**
 * `qa-harvest publish`: what a shared frontier holds, published into the dataset folder as the
 * crawl's opener would (with the settings it stored: scope, redirects), whether or not the
 * pass is complete.
 */
export async function publishFrontier(options: PublishOptions & { frontier: SharedFrontierAddress }): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const store = await RedisFrontierStore.connect({ url: options.frontier.url, crawlId: options.frontier.crawlId, log });
  try {
    const stored = await store.storedCrawl();
    if (!stored) throw new NoCrawlError(`no crawl '${options.frontier.crawlId}' in the frontier: nothing to publish`);
    const settings = storedSettings(stored.crawl, options.frontier);
    const counts = await store.counts();
    if (!stored.complete) log.warn('the crawl pass is not complete: publishing what is known so far', { pass: counts.pass, pending: counts.pending });
    return await publishStored(store, settings, { pass: counts.pass, pass_complete: stored.complete, pending: counts.pending, known_urls: counts.known, published_by: 'publish' }, options);
  } finally {
    await store.close();
  }
}

/** The frontier holds no crawl of that name. */
export class NoCrawlError extends Error {}

