import { setMaxListeners } from 'node:events';
import { BasicCrawler, Configuration, log as crawleeLog, Log, LogLevel, type BasicCrawlingContext } from '@crawlee/http';
import { silentLogger, type Logger } from '../core/log.js';
import { isShared, LeaseLostError, type Discovered, type FrontierEntry, type FrontierStore, type PassInfo, type VisitResult } from './frontier-store.js';
import { backoffMs, HostPacer, type HostSnapshot, type Pacer, type PacerOptions } from './host-pacer.js';
import { LeasedRequestManager } from './leased-request-manager.js';
import type { CrawlSettings } from './options.js';
import { makeReject, type PageReader } from '../core/outcome.js';
import { RobotsBook, RobotsStoppedError } from './robots-book.js';
import { FrontierRequestManager, type CrawlUserData } from './request-manager.js';
import { absoluteHttpUrl, requestUrl, Scope, urlKey } from './url.js';
import { newCrawlStats, type CrawlStats } from './stats.js';
import { RetryableVisitError, visit, type VisitContext } from './visit.js';

export interface CrawlOptions {
  settings: CrawlSettings;
  store: FrontierStore;
  /** How a fetched page becomes its extraction (stored with the page, links followed from it). */
  readPage: PageReader;
  log?: Logger;
  /** SIGINT/SIGTERM: stop; in-flight pages finish and are stored. */
  signal?: AbortSignal;
  /** How often a progress line is logged (default 10 s). */
  progressEveryMs?: number;
  onProgress?: (p: { pages: number; requests: number; pending: number }) => void;
  clock?: () => number;
  /** A worker that joined the open pass of a shared frontier (`--join`): it queues no start URLs, and opens nothing. */
  joined?: PassInfo;
  /** A shared frontier's pass is open for other workers to join (the opener has queued its start URLs). */
  onOpened?: () => void;
}

export type StopReason = 'signal' | 'max_pages' | 'max_time';

export interface CrawlResult {
  pass: PassInfo;
  /** The pass visited everything it queued; the next run starts a new pass. */
  complete: boolean;
  stoppedBy: StopReason | null;
  stats: CrawlStats;
  hosts: Record<string, HostSnapshot>;
  robots: Record<string, { source: string; crawl_delay_s: number | null; sitemaps: number; unavailable: string | null }>;
  seconds: number;
}

/**
 * The crawl stage: crawlee's BasicCrawler schedules, runs and retries visits of the URLs the
 * frontier store hands it; each visit's result and the links it found are stored atomically.
 * robots.txt of every start host is read before anything else, then its sitemaps are queued.
 *
 * Why BasicCrawler with our own HTTP exchange rather than HttpCrawler: HttpCrawler re-decodes
 * bodies by the header's charset alone (apify/crawlee#2317), reads bodies without a size cap,
 * turns 5xx and 429 into errors that lose Retry-After, and follows redirects out of sight.
 * Why no crawlee queue: its persisted queue leaves locks for minutes after a kill and keeps
 * handled pages alive; here crawlee keeps nothing, and the store is the truth.
 */
export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
  const { settings, store } = options;
  const log = options.log ?? silentLogger;
  const clock = options.clock ?? (() => Date.now());
  const started = clock();
  const stats = newCrawlStats();
  const pacerOptions: PacerOptions = {
    intervalMs: settings.intervalMs,
    hostConcurrency: settings.hostConcurrency,
    targetConcurrency: settings.hostConcurrency || settings.concurrency,
    adaptive: settings.adaptive,
    hostPauses: isPolite(settings),
    // Its own clock unless one is given: sub-millisecond, so the pace does not lose a millisecond a start to rounding.
    clock: options.clock,
  };
  // A shared frontier: this process is one of the workers, whose politeness, retries and limits are kept with the frontier.
  const shared = isShared(store) ? store : null;
  if (shared) await shared.startWorker(options.joined ? 'worker' : 'opener');
  const pass =
    options.joined ??
    (shared
      ? await shared.open(new Date(started), { options: settings.options, maxPageBytes: settings.maxPageBytes }, { policy: pacerOptions, maxPages: settings.maxPages, maxTimeMs: settings.maxTimeMs })
      : await store.begin(new Date(started)));
  const where = shared ? { worker: shared.worker } : { state: settings.stateDir };
  log.info(options.joined ? 'joining the open crawl pass' : pass.resumed ? 'continuing the unfinished crawl pass' : 'starting a crawl pass', { pass: pass.pass, since: pass.startedAt, ...where });
  log.info(`politeness: ${describePoliteness(settings)}`, { user_agent: settings.userAgent });

  // crawlee's own parts (its autoscaling, its snapshots of memory and CPU) log through this
  // global; the crawl says what matters in its own log lines.
  crawleeLog.setLevel(LogLevel.ERROR);
  const local = shared ? null : new HostPacer(pacerOptions);
  const pacer: Pacer = shared ? shared.pacer() : local!;
  const manager = shared ? new LeasedRequestManager(shared, { clock, log }) : new FrontierRequestManager(store, local!, { clock });
  const stopping = new AbortController();
  // Every visit waiting for its slot listens to it: as many as requests in flight, legitimately.
  setMaxListeners(settings.concurrency + 8, stopping.signal);
  let stoppedBy: StopReason | null = null;
  const stop = (reason: StopReason) => {
    if (stoppedBy) return;
    stoppedBy = reason;
    log.info('stopping: requests under way finish, the rest stays queued for the next run', { reason });
    manager.stop();
    // Visits waiting for their slot have taken their share of --max-pages: let them run.
    if (reason !== 'max_pages') stopping.abort();
  };
  const onSignal = () => stop('signal');
  options.signal?.addEventListener('abort', onSignal);
  if (options.signal?.aborted) stop('signal');
  // A shared frontier's --max-time runs from the opening, for every worker.
  const timeLeft = shared ? await shared.timeLeftMs() : settings.maxTimeMs;
  const maxTime = timeLeft !== null ? setTimeout(() => stop('max_time'), Math.max(0, timeLeft)) : null;
  let budget = settings.maxPages ?? Number.POSITIVE_INFINITY;

  const headers = {
    'user-agent': settings.userAgent,
    accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
  };
  const robotsSeen: CrawlResult['robots'] = {};
  const robots = settings.robots
    ? new RobotsBook({
        userAgent: settings.userAgent,
        headers,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries,
        maxWaitMs: settings.maxWaitMs,
        pacer,
        share: shared?.robots(),
        signal: stopping.signal,
        onResponse: (r) => {
          stats.requests++;
          stats.bytes += r.body.length;
          if (r.decoding) {
            stats.bodies_read_as_sent++;
            log.warn('a body not in the Content-Encoding it claims: read as it came', { url: r.url, status: r.status, detail: r.decoding });
          }
        },
        onRules: (origin, r) => {
          robotsSeen[origin] = { source: r.source, crawl_delay_s: r.crawlDelaySeconds, sitemaps: r.sitemaps.length, unavailable: r.unavailable ?? null };
          if (r.unavailable) log.error('robots.txt unavailable: nothing is fetched from this host in this run', { origin, detail: r.unavailable });
          else log.info('robots.txt read', { origin, crawl_delay_s: r.crawlDelaySeconds, sitemaps: r.sitemaps.length });
        },
      })
    : null;
  const scope = new Scope({ hosts: settings.hosts, exclude: settings.exclude });
  const ctx: VisitContext = {
    settings,
    store,
    readPage: options.readPage,
    pacer,
    robots,
    scope,
    stats,
    log,
    headers,
    signal: stopping.signal,
    clock,
    takePageBudget: shared
      ? async () => {
          const taken = await shared.takePage();
          if (!taken) stop('max_pages');
          return taken;
        }
      : () => {
          if (budget <= 0) {
            stop('max_pages');
            return false;
          }
          budget--;
          return true;
        },
  };

  if (!options.joined) {
    await store.add(await seeds(settings, robots, scope, log));
    if (shared) {
      await shared.opened();
      options.onOpened?.();
    }
  }

  /** Stores a visit's result; a shared frontier refuses it when this worker's lease was taken back (another worker visits the URL). */
  const record = async (entry: FrontierEntry, result: VisitResult, discovered: Discovered[]) => {
    try {
      await store.finish(entry, result, discovered);
    } catch (err) {
      if (!(err instanceof LeaseLostError)) throw err;
      log.warn(err.message, { url: entry.url });
    }
  };

  let active = 0;
  let idle: (() => void) | null = null;
  const crawler = new BasicCrawler<BasicCrawlingContext<CrawlUserData>>(
    {
      requestQueue: manager as never,
      useSessionPool: false,
      maxRequestRetries: settings.retries,
      minConcurrency: settings.concurrency,
      maxConcurrency: settings.concurrency,
      // Our fetch has its own timeout; this one only guards against a handler that never ends.
      requestHandlerTimeoutSecs: 24 * 3600,
      autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05 },
      statusMessageLoggingInterval: 24 * 3600,
      log: new Log({ level: LogLevel.OFF }),
      requestHandler: async ({ request }) => {
        active++;
        try {
          const { entry } = request.userData;
          const outcome = await visit(entry, request.retryCount, ctx, () => manager.releasePlace(request));
          // A visit cut short by a stop leaves its URL pending for the next run.
          if (outcome !== 'stopped') await record(entry, outcome.result, outcome.discovered);
        } finally {
          if (--active === 0) idle?.();
        }
      },
      errorHandler: async ({ request }, error) => {
        const { entry } = request.userData;
        if (!(error instanceof RetryableVisitError)) {
          request.noRetry = true;
          return;
        }
        stats.retries++;
        const wait = error.retryAfterMs ?? backoffMs(request.retryCount);
        request.userData.notBefore = clock() + wait;
        log.debug('will retry', { url: entry.url, attempt: request.retryCount + 1, reason: error.reason, status: error.status, wait_ms: wait });
        await store.recordAttempt(entry.key, request.retryCount + 1);
      },
      failedRequestHandler: async ({ request }, error) => {
        const { entry } = request.userData;
        const retryable = error instanceof RetryableVisitError;
        const reason = retryable ? error.reason : 'crawler_error';
        stats.rejected[reason] = (stats.rejected[reason] ?? 0) + 1;
        const detail = retryable ? `${error.detail}; gave up after ${request.retryCount + 1} attempts` : String(error.stack ?? error);
        if (!retryable) log.error('visit failed', { url: entry.url, error: String(error) });
        const reject = makeReject(entry.url, 'fetch', reason, detail, new Date(clock()), { status: retryable ? error.status : null });
        await record(entry, { type: 'rejected', reject, transient: true }, []);
      },
    },
    // crawlee's system info (every second by default) spawns `ps` to measure memory for its
    // autoscaling; with the pool's concurrency fixed (min = max) nothing reads it: a process
    // started, and a large one forked, every second for nothing.
    new Configuration({ persistStorage: false, purgeOnStart: true, systemInfoIntervalMillis: SYSTEM_INFO_NEVER_MS }),
  );

  const progressEvery = options.progressEveryMs ?? 10_000;
  let lastRequests = 0;
  const progress = setInterval(() => {
    void store.counts().then((c) => {
      const rate = (stats.requests - lastRequests) / (progressEvery / 1000);
      lastRequests = stats.requests;
      const memory = process.memoryUsage();
      const mb = (bytes: number) => Math.round(bytes / 1e6);
      log.info('crawling', {
        pass: c.pass,
        requests: stats.requests,
        pages: stats.pages_fetched,
        done: c.done,
        pending: c.pending,
        per_second: Number(rate.toFixed(1)),
        rss_mb: mb(memory.rss),
        heap_mb: mb(memory.heapUsed),
      });
      options.onProgress?.({ pages: stats.pages_fetched, requests: stats.requests, pending: c.pending });
    });
  }, progressEvery);
  progress.unref();

  try {
    if (!stoppedBy) await crawler.run();
    // crawlee aborts its pool on SIGINT without waiting: wait for visits still under way.
    if (active > 0) await new Promise<void>((resolve) => (idle = resolve));
  } finally {
    clearInterval(progress);
    if (maxTime) clearTimeout(maxTime);
    options.signal?.removeEventListener('abort', onSignal);
    // What this worker still holds (visits cut short by a stop) goes back to the frontier for the others.
    await shared?.leave().catch((err: unknown) => log.warn('could not give back what this worker held; it returns when its lease runs out', { error: String(err) }));
  }
  const complete = await store.completePass();
  return { pass, complete, stoppedBy, stats, hosts: await pacer.snapshot(), robots: robotsSeen, seconds: (clock() - started) / 1000 };
}

/** A day: crawlee asks for system info (its `ps` child) as it starts, and not again. */
const SYSTEM_INFO_NEVER_MS = 24 * 3600 * 1000;

/** Start URLs, and per start host its robots.txt (read first) and sitemaps. */
async function seeds(settings: CrawlSettings, robots: RobotsBook | null, scope: Scope, log: Logger): Promise<Discovered[]> {
  const out: Discovered[] = [];
  const origins = new Map<string, URL>();
  for (const start of settings.startUrls) {
    const u = absoluteHttpUrl(start);
    if (!u) continue;
    out.push({ key: urlKey(u), url: requestUrl(u), host: u.host, kind: 'page', depth: 0, hops: 0, parent: null });
    if (!origins.has(u.origin)) origins.set(u.origin, u);
  }
  for (const [origin, u] of origins) {
    let sitemaps: readonly string[] = [];
    if (robots) {
      try {
        sitemaps = (await robots.forUrl(u)).sitemaps;
      } catch (err) {
        if (err instanceof RobotsStoppedError) break;
        throw err;
      }
    }
    if (!settings.sitemaps) continue;
    const listed = new Set<string>();
    for (const s of sitemaps) {
      const su = absoluteHttpUrl(s);
      if (!su || scope.check(su)) {
        log.debug('sitemap outside the crawl ignored', { sitemap: s });
        continue;
      }
      listed.add(urlKey(su));
      out.push({ key: urlKey(su), url: requestUrl(su), host: su.host, kind: 'sitemap', depth: 0, hops: 0, parent: null });
    }
    const probe = new URL('/sitemap.xml', origin);
    if (!listed.has(urlKey(probe))) out.push({ key: urlKey(probe), url: probe.href, host: probe.host, kind: 'sitemap-probe', depth: 0, hops: 0, parent: null });
  }
  return out;
}

/**
 * Whether the crawl is polite to its hosts beyond the rate: --impolite switches robots.txt and
 * the adaptive pace off, and with them pauses of a whole host (CrawlSettings has no flag of
 * its own for it).
 */
function isPolite(s: CrawlSettings): boolean {
  return s.robots || s.adaptive;
}

/** One line a person can check before a long crawl: what the crawl promises each host. */
function describePoliteness(s: CrawlSettings): string {
  const parts = [
    s.intervalMs > 0 ? `${Number((1000 / s.intervalMs).toFixed(2))} request(s)/s per host` : 'no rate limit',
    s.hostConcurrency > 0 ? `at most ${s.hostConcurrency} in flight per host (${s.concurrency} in all)` : `${s.concurrency} in flight in all`,
    s.robots ? 'robots.txt and Crawl-delay obeyed' : 'robots.txt ignored',
    s.adaptive ? 'slowing down when a host does' : 'fixed pace',
    isPolite(s) ? 'pausing a host on 429 or clustered refusals' : 'no host-wide pauses',
    'a refused URL retried after its Retry-After',
  ];
  return parts.join(', ');
}
