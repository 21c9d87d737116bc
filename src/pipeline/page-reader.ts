import { ThreadPool } from '../core/thread-pool.js';
import type { Logger } from '../core/log.js';
import type { Outcome, PageReader } from '../core/outcome.js';
import { extractPageSafely } from '../extract/extract-page.js';
import type { SiteProfile } from '../extract/profiles/profile.js';
import type { FlagOptions } from '../flags/flags.js';
import type { PageExtraction, PageRecord } from '../schema/records.js';
import { checkExtraction, CheckedPages, type CheckedPage } from './checked-pages.js';
import { THREADS_FROM_PAGES, withLearned } from './per-page.js';
import { CrawlLearning } from './crawl-learning.js';
import type { LearnedProfileNote, LearnOptions } from './host-learning.js';

/** What a reader thread is handed with each page. */
export interface PageToRead {
  page: PageRecord;
  now: Date;
}

export interface CrawlPageReader {
  read: PageReader;
  /** Pages read so far on the worker threads and in the main thread. */
  readonly counts: { threads: number; main: number };
  /** The pages read so far, validated and packed for publishing (checked-pages.ts), when asked to (`check`). */
  readonly checked: CheckedPages | null;
  /** Profiles learned for hosts no profile knows, as the crawl went (crawl-learning.ts): what the manifest says of them. */
  readonly learnedProfiles: readonly LearnedProfileNote[];
  /** Stops the reader threads (none when it reads in process). */
  close(): Promise<void>;
}

/**
 * How a crawl reads the pages it fetches: `threads` 1 in the main thread, more on that many
 * worker threads, so the main thread keeps fetching, pacing and storing while pages are
 * parsed and read. The same extraction either way (extraction is pure), so what a crawl
 * stores does not depend on the thread count. The threads start once a crawl has read
 * `threadsFrom` pages (a small or incremental crawl, mostly 304s, is done before threads would
 * pay for loading their modules, a burst of CPU that delays the fetches under way), and pages
 * are read in the main thread until they have loaded.
 * A thread that fails is not the page's fault: that page, and every later one, is read in the
 * main thread, and a warning says so once. With `check` (the run's flags), each page read is
 * also validated and packed as publishing would (checked-pages.ts): in the main thread right
 * after it is read there; on the threads, once no page waits for them (its reading has long
 * gone back to the crawl). `close` waits for the checks still to make. With `learn`, hosts no
 * profile knows get a profile learned from their first pages, and the pages after them are read
 * with it, in the main thread or on the threads (crawl-learning.ts).
 */
export function crawlPageReader(options: {
  profiles: readonly SiteProfile[];
  threads: number;
  log?: Logger;
  /** Pages read in the main thread before the threads start (default 64). */
  threadsFrom?: number;
  /** Validate and pack each page read with these flags, for publishing (checked-pages.ts). */
  check?: FlagOptions;
  /**
   * Checks waiting for a free thread at most (default 4096, some 80 MB of extractions): past it a page goes unchecked (publishing
   * validates it), so threads that never run short of pages to read do not pile up extractions.
   */
  maxWaitingChecks?: number;
  /** Learn a profile for each host no profile knows from its first `learnAfter` pages with an answer (crawl-learning.ts); off without it. */
  learn?: LearnOptions;
}): CrawlPageReader {
  const { profiles, threads } = options;
  const learning = new CrawlLearning(profiles, { ...(options.learn ?? { learnAfter: 0, learnedAt: '' }), log: options.log });
  const seen = (page: PageRecord, outcome: Outcome<PageExtraction>) => {
    learning.see(page, outcome);
    return outcome;
  };
  const threadsFrom = options.threadsFrom ?? THREADS_FROM_PAGES;
  const counts = { threads: 0, main: 0 };
  const check = options.check ?? null;
  const checked = check ? new CheckedPages(check) : null;
  const inProcess = async (page: PageRecord, now: Date) => {
    counts.main++;
    const outcome = seen(page, extractPageSafely(page, { now, profiles: withLearned(profiles, learning.learned) }));
    if (check && outcome.ok && outcome.value.entries.length > 0) checked!.add(await checkExtraction(outcome.value, check));
    return outcome;
  };
  const learnedProfiles = learning.notes;
  if (threads <= 1) return { read: inProcess, counts, checked, learnedProfiles, close: async () => {} };
  let pool: ThreadPool<ReaderTask, unknown[]> | null = null;
  let failed = false;
  // Checks wait behind every page to read (a lower priority), so a thread checks only when no page waits for it.
  const checking = new Set<Promise<void>>();
  const maxWaiting = options.maxWaitingChecks ?? MAX_WAITING_CHECKS;
  const checkLater = (extraction: PageExtraction) => {
    if (checking.size >= maxWaiting) return;
    const done = pool!
      .run([{ extraction }], { priority: -1 })
      .then(([c]) => checked!.add(c as CheckedPage))
      // A check that failed is publishing's to make: it validates pages it has no check for.
      .catch(() => {})
      .finally(() => checking.delete(done));
    checking.add(done);
  };
  return {
    counts,
    checked,
    learnedProfiles,
    read: async (page, now) => {
      if (!failed && counts.main >= threadsFrom) {
        try {
          // Each thread is sent the profiles learned since its last page with its next one (thread-pool.ts `shared`).
          pool ??= new ThreadPool({ threads, script: workerScript(), workerData: { profiles, check } satisfies PageReaderData, shared: learning.learned });
          // While the threads load their modules, pages are read here rather than wait for them.
          if (pool.ready) {
            const [outcome] = (await pool.run([{ page, now }])) as Array<Outcome<PageExtraction>>;
            counts.threads++;
            seen(page, outcome!);
            // The reading goes back to the crawl at once; its check (checked-pages.ts) is made when a thread is free.
            if (check && outcome!.ok && outcome!.value.entries.length > 0) checkLater(outcome!.value);
            return outcome!;
          }
        } catch (err) {
          if (!failed) options.log?.warn('a page-reading thread failed: this crawl reads its pages in the main thread from here on', { url: page.url, error: err instanceof Error ? err.message : String(err) });
          failed = true;
        }
      }
      return inProcess(page, now);
    },
    close: async () => {
      // The checks still waiting are made first: the threads are loaded, and publishing would otherwise make them.
      while (checking.size > 0) await Promise.all(checking);
      await pool?.close();
    },
  };
}

/** What a reader thread is started with. */
export interface PageReaderData {
  profiles: readonly SiteProfile[];
  check: FlagOptions | null;
}

/** What a reader thread is asked: to read a page (answered with its Outcome), or to check an extraction it read (answered with its CheckedPage). */
export type ReaderTask = PageToRead | { extraction: PageExtraction };

/** A page handed to a worker thread: structured cloning makes its body a plain Uint8Array; extraction expects a Buffer. */
export function revivePage(page: PageRecord): PageRecord {
  const body = page.body as Uint8Array;
  return { ...page, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
}

const MAX_WAITING_CHECKS = 4096;

function workerScript(): URL {
  return new URL(`./page-reader-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
}
