import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger } from '../core/log.js';
import { crawl, type CrawlResult } from '../crawl/crawler.js';
import { loadProfiles, shareProfiles } from './profiles.js';
import type { FrontierStore } from '../crawl/frontier-store.js';
import { describeSettings, type CrawlSettings } from '../crawl/options.js';
import { RedisFrontierStore } from '../crawl/redis-frontier-store.js';
import { SqliteFrontierStore, type CommitOptions } from '../crawl/sqlite-frontier-store.js';
import type { Logger } from '../core/log.js';
import { newPublishedStats, storedExtractions } from '../sources/crawl-results.js';
import { Scope } from '../crawl/url.js';
import { acquireRunLock } from './run-lock.js';
import { guardState, retryRejectsOfChangedSettings } from './crawl-state.js';
import { makeDatasetDir, makeDirs } from '../export/publish.js';
import { newRunId, publishDataset, runFlags, type RunSummary } from './publish-dataset.js';
import type { CheckedPages } from './checked-pages.js';
import { pipeline, RunInterruptedError } from './runner.js';
import { PUBLISH_DEFAULTS, type PublishOptions } from './options.js';
import { crawlPageReader } from './page-reader.js';
import { resolveThreads } from './per-page.js';

export interface CrawlRunOptions extends PublishOptions {
  crawl: CrawlSettings;
  /** Forget the crawl state and start from zero. */
  restart?: boolean;
  /** Another frontier store; by default the Redis frontier of `crawl.frontier`, else the SQLite file. */
  openStore?: (stateDir: string) => FrontierStore;
  /** A shared frontier's pass is open for workers to join (`--workers` starts them then). */
  onOpened?: () => void;
}

export interface CrawlRunSummary extends RunSummary {
  crawl: CrawlResult;
}

export const STATE_FILE = 'crawl.sqlite';

/**
 * The live pipeline: crawl (into the frontier store), then the shared tail (validate →
 * dedupe → export) over everything the store knows, in URL order. One crawl at a time holds
 * the state folder; a crawl that died is taken over at once (no locks to wait out).
 * SIGINT/SIGTERM stop the crawl and publish nothing; --max-pages and --max-time stop it and
 * publish what is known, and the next run continues the pass.
 */
export async function runCrawl(options: CrawlRunOptions): Promise<CrawlRunSummary> {
  const log = options.log ?? silentLogger;
  const settings = options.crawl;
  const startedAt = new Date();
  // Profiles and the dataset folder are checked before anything is crawled into the state beside it.
  const profiles = await loadProfiles(options.profiles ?? []);
  await makeDatasetDir(options.outDir);
  await makeDirs(settings.stateDir, 'crawl state folder (--state)');
  const lock = await acquireRunLock(settings.stateDir, newRunId(), (holder) =>
    log.warn('taking over the crawl state of a crawl that died', { lock_pid: holder.pid, since: holder.started_at }),
  );
  let summary: CrawlRunSummary;
  try {
    const path = join(settings.stateDir, STATE_FILE);
    if (options.restart && !settings.frontier) {
      log.warn('--restart: forgetting the crawl state', { state: path });
      await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
    }
    const opened = options.openStore?.(settings.stateDir) ?? (settings.frontier ? await openRedisFrontier(settings.frontier, log) : new SqliteFrontierStore(path, { commit: commitOf(settings) }));
    const shared = opened instanceof RedisFrontierStore ? opened : null;
    // A write to the state that fails stops the crawl (and the run) as a signal would.
    const stop = new AbortController();
    const store = guardState(opened, shared ? `${describeSettings(settings).frontier} (crawl ${shared.crawlId})` : path, () => stop.abort());
    try {
      if (options.restart && shared) {
        log.warn('--restart: forgetting the crawl state', { frontier: describeSettings(settings).frontier, crawl_id: shared.crawlId });
        await shared.forget();
      }
      await retryRejectsOfChangedSettings(store, settings, log);
      if (shared) await shareProfiles(store, profiles);
      // Each page read is validated and packed there too (checked-pages.ts): publishing then takes it as it is.
      // Hosts no profile knows get one learned from their first pages, for the pages fetched after them (crawl-learning.ts).
      const learn = { learnAfter: options.learnAfter ?? PUBLISH_DEFAULTS.learnAfter, learnedAt: startedAt.toISOString() };
      const reader = crawlPageReader({ profiles, threads: resolveThreads(options.threads ?? PUBLISH_DEFAULTS.threads), log, check: runFlags(options), learn });
      const result = await crawl({
        settings,
        store,
        readPage: reader.read,
        log,
        signal: options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal,
        onProgress: options.onProgress ? (p) => options.onProgress!({ pages: p.pages, entries: 0, rejects: 0, total: null }) : undefined,
        onOpened: options.onOpened,
      })
        .catch((err: unknown) => {
          throw store.failure ?? err;
        })
        .finally(() => reader.close());
      if (store.failure) throw store.failure;
      const counts = await store.counts();
      const line = `crawl ${result.complete ? 'pass complete' : `stopped (${result.stoppedBy ?? 'nothing left it could fetch'})`}: ${result.stats.requests} requests in ${result.seconds.toFixed(1)}s`;
      log.info(line, { pass: result.pass.pass, pending: counts.pending, known: counts.known, ...result.stats });
      if (result.stoppedBy === 'signal') throw new RunInterruptedError();

      const run = await publishStored(store, settings, {
        pass: result.pass.pass,
        resumed: result.pass.resumed,
        pass_complete: result.complete,
        stopped_by: result.stoppedBy,
        seconds: result.seconds,
        pending: counts.pending,
        known_urls: counts.known,
        ...result.stats,
        // Where the fetched pages were read (page-reader.ts): worker threads, or the main thread while they loaded.
        pages_read: { threads: reader.counts.threads, main_thread: reader.counts.main },
        hosts: result.hosts,
        robots: result.robots,
        // This process's learning: a resumed crawl learns afresh from the pages it fetches.
        learn_after: learn.learnAfter,
        learned_profiles: reader.learnedProfiles,
        // The counts above are this process's; every worker's requests are in the shared pace of each host.
        ...(shared
          ? { frontier: { crawl_id: shared.crawlId, opener: shared.worker, requests_all_workers: Object.values(result.hosts).reduce((n, h) => n + h.requests, 0) } }
          : {}),
      }, options, startedAt, reader.checked);
      summary = { ...run, crawl: result };
    } finally {
      // Published or not, a state that cannot be closed only costs the next run a moment.
      await store.close().catch((err: Error) => log.warn('could not close the crawl state', { error: err.message }));
    }
  } finally {
    await lock.release().catch((err: Error) => log.warn('could not release the crawl state\'s lock; the next run takes it over', { error: err.message }));
  }
  return summary;
}

/**
 * The crawl's visits committed a few at a time: a quarter of the requests in flight, or what
 * finished within 10 ms (a crawl of 1–7 in flight commits each visit alone, as before). Each
 * waits for its commit before its request counts as done, so no more than are in flight are
 * ever uncommitted: a killed crawl fetches again no more than it would have (crawl-resume).
 */
export function commitOf(settings: CrawlSettings): CommitOptions {
  return { pages: Math.max(1, Math.floor(settings.concurrency / 4)), ms: 10 };
}

function openRedisFrontier(frontier: NonNullable<CrawlSettings['frontier']>, log: Logger): Promise<RedisFrontierStore> {
  return RedisFrontierStore.connect({ url: frontier.url, crawlId: frontier.crawlId, leaseTtlMs: frontier.leaseTtlMs, log });
}

/**
 * The shared tail over everything a frontier store knows, in URL order: the publisher works
 * out what is new, changed or gone (--mode delta). `crawlFacts` is what the manifest says of
 * the crawl that filled the store; `startedAt` when the run began (now by default); `checked`
 * the pages this process's crawl validated as it read them (checked-pages.ts).
 */
export async function publishStored(store: FrontierStore, settings: CrawlSettings, crawlFacts: Record<string, unknown>, options: PublishOptions, startedAt?: Date, checked?: CheckedPages | null): Promise<RunSummary> {
  const published = newPublishedStats();
  const items = storedExtractions(store, { scope: new Scope({ hosts: settings.hosts, exclude: settings.exclude }), maxRedirects: settings.maxRedirects }, published);
  return publishDataset(
    {
      mode: 'crawl',
      inputs: settings.startUrls,
      config: describeSettings(settings),
      before: { crawl: crawlFacts },
      input: { extractions: pipeline({ name: 'stored', stats: published, items }, []), checked },
      pages: () => published.pages,
      // The opener's run time is the crawl's and the publishing's.
      startedAt,
    },
    options,
  );
}

