import { createHash } from 'node:crypto';
import type { Logger } from '../core/log.js';
import type { PageExtraction } from '../schema/records.js';
import type { PageReader } from '../core/outcome.js';
import type { Reject, RejectReason } from '../schema/entry.js';
import { FetchError, fetchOnce, retryAfterWait, type FetchResponse } from './fetcher.js';
import { discover, discoverListing, rediscover } from './discover.js';
import type { Discovered, FrontierEntry, FrontierStore, PreviousVisit, VisitResult } from './frontier-store.js';
import { backoffMs, type Pacer } from './host-pacer.js';
import type { CrawlSettings } from './options.js';
import { makeReject } from '../core/outcome.js';
import type { PageRecord } from '../schema/records.js';
import { RobotsStoppedError, type RobotsBook } from './robots-book.js';
import { metaRefresh } from './meta-refresh.js';
import { inflateSitemap, MAX_SITEMAP_BYTES, MAX_SITEMAP_URLS, parseSitemap, type SitemapContent } from './sitemap.js';
import type { CrawlStats } from './stats.js';
import { absoluteHttpUrl, looksLikePage, requestUrl, type Scope, urlKey } from './url.js';

export interface VisitContext {
  settings: CrawlSettings;
  store: FrontierStore;
  pacer: Pacer;
  robots: RobotsBook | null;
  scope: Scope;
  stats: CrawlStats;
  log: Logger;
  /** Turns a fetched page into its extraction (the pipeline passes the extract stage's reader in). */
  readPage: PageReader;
  headers: Record<string, string>;
  /** Aborted when the crawl stops: waits end, fetches under way finish. */
  signal: AbortSignal;
  /** Takes one page request from the run's budget (--max-pages, shared by the workers of a shared frontier); false when it is spent. */
  takePageBudget: () => boolean | Promise<boolean>;
  clock: () => number;
}

/** A failure worth retrying (5xx, 429, timeout, network); crawlee retries, then it becomes a reject. */
export class RetryableVisitError extends Error {
  constructor(
    readonly reason: RejectReason,
    readonly status: number | null,
    readonly detail: string,
    /** How long this URL's retry waits: what Retry-After asked for (or a backoff after a refusal without one). */
    readonly retryAfterMs: number | null,
  ) {
    super(`${reason}${status ? ` (HTTP ${status})` : ''}: ${detail}`);
  }
}

export type VisitOutcome = { result: VisitResult; discovered: Discovered[] } | 'stopped';

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain|text\/xml|application\/xml|)$/;
const SITEMAP_TYPES = /^(?:text\/xml|application\/xml|text\/plain|application\/(?:x-)?gzip|application\/octet-stream|text\/html|)$/;

/**
 * One frontier URL, visited: scope and robots.txt checked, kept as it is when recent enough,
 * otherwise requested (conditionally when something was stored before) and turned into a
 * result: a page's extraction (decoded and parsed once, by the extractor), a sitemap's
 * listing, a redirect to schedule, or a reject that says why. Links come from the extraction.
 * `responded` is called once the last response is in, before the page is read.
 */
export async function visit(entry: FrontierEntry, attempt: number, ctx: VisitContext, responded: () => void = () => {}): Promise<VisitOutcome> {
  const now = () => new Date(ctx.clock());
  const url = new URL(entry.url);
  const reject = (reason: RejectReason, detail: string, status: number | null, transient = false): VisitOutcome => {
    ctx.stats.rejected[reason] = (ctx.stats.rejected[reason] ?? 0) + 1;
    return { result: { type: 'rejected', reject: makeReject(entry.url, 'fetch', reason, detail, now(), { status }), transient }, discovered: [] };
  };
  const optional = entry.kind === 'sitemap-probe';
  const skip = (reason: string): VisitOutcome => ({ result: { type: 'skipped', reason }, discovered: [] });

  // Queued again by a later pass, but outside what this run crawls (other hosts, --exclude,
  // --max-depth): whatever was stored stays, unpublished while out of scope, and is not fetched.
  const outOfScope = ctx.scope.check(url) ?? (ctx.settings.maxDepth !== null && entry.depth > ctx.settings.maxDepth ? 'beyond_depth' : null);
  if (outOfScope) return (await ctx.store.previous(entry.key)) ? { result: { type: 'reused' }, discovered: [] } : skip(outOfScope);
  if (entry.kind === 'page' && !looksLikePage(url)) {
    return reject('not_a_page', `linked from ${entry.parent ?? 'the start'}; a .${url.pathname.split('.').pop()} link is not a page and is not requested`, null);
  }
  if (ctx.robots) {
    let rules;
    try {
      rules = await ctx.robots.forUrl(url);
    } catch (err) {
      if (err instanceof RobotsStoppedError) return 'stopped';
      throw err;
    }
    if (rules.unavailable) return optional ? skip('robots_unavailable') : reject('robots_unavailable', rules.unavailable, null, true);
    if (!rules.isAllowed(url)) return optional ? skip('disallowed_by_robots') : reject('disallowed_by_robots', `${rules.source} disallows it; not requested`, null);
  }

  const previous = await ctx.store.previous(entry.key);
  if (previous && isFresh(previous, entry, ctx)) {
    ctx.stats.reused_without_request++;
    return { result: { type: 'reused' }, discovered: rediscover(await ctx.store.payload(entry.key), entry, ctx) };
  }
  if (entry.kind === 'page' && !(await ctx.takePageBudget())) return 'stopped';

  let target = entry.url;
  for (let hop = 0; ; hop++) {
    if (!(await ctx.pacer.acquire(url.host, ctx.signal))) return 'stopped';
    const response = await request(target, entry, previous, ctx);
    const { status } = response;
    // Held to --max-wait: a Retry-After of an hour or a day holds neither this URL nor its host that long.
    const wait = retryAfterWait(response.headers['retry-after'], ctx.clock(), ctx.settings.maxWaitMs);
    const retryAfter = wait?.ms ?? null;
    const refused = status === 429 || status === 503;
    const pause = await ctx.pacer.observe(url.host, { latencyMs: response.headersMs, refused, failed: status >= 500, status, retryAfterMs: retryAfter });
    if (pause) {
      const why = pause.reason === 'rate_limited' ? '429 Too Many Requests' : 'refusals cluster: several of the latest responses refused';
      const line = { host: url.host, seconds: pause.ms / 1000, reason: pause.reason, status, url: target, ...(wait?.beyond ? { asked_s: wait.askedMs / 1000 } : {}) };
      if (pause.ms > 60_000 || wait?.beyond) ctx.log.warn(`pausing every request to the host: ${why}; a long pause${wait?.beyond ? ', held to --max-wait' : ''}`, line);
      else ctx.log.info(`pausing every request to the host: ${why}`, line);
    }

    // The retry of this URL waits for Retry-After (or a backoff); other URLs go on.
    if (refused || status >= 500) {
      const reason = status === 429 ? 'rate_limited' : status === 503 ? 'unavailable' : 'server_error';
      const detail = refused ? `${status} with Retry-After ${response.headers['retry-after'] ?? '(none)'}` : `HTTP ${status}`;
      // Asked again sooner than the server said, it would only be refused again: left for the next run.
      if (wait?.beyond) {
        ctx.log.warn('Retry-After longer than --max-wait: the URL is left for the next run', { url: target, status, asked_s: wait.askedMs / 1000, max_wait_s: ctx.settings.maxWaitMs / 1000 });
        return reject(reason, `${detail}: ${wait.askedMs / 1000} s is longer than --max-wait (${ctx.settings.maxWaitMs / 1000} s); asked again in the next run`, status, true);
      }
      throw new RetryableVisitError(reason, status, detail, retryAfter ?? (refused ? backoffMs(attempt) : null));
    }
    if (status === 304) {
      const stored = previous ? await ctx.store.payload(entry.key) : null;
      if (!stored) return reject('bad_status', '304 Not Modified for a page with nothing stored', status);
      ctx.stats.not_modified++;
      return { result: unchanged(response, previous, ctx.clock()), discovered: rediscover(stored, entry, ctx) };
    }
    if (status >= 300 && status < 400) {
      const location = response.headers.location;
      const next = location ? absoluteHttpUrl(location, target) : null;
      if (!next) return reject('bad_redirect', `${status} with ${location ? `an unusable Location ${location}` : 'no Location'}`, status);
      const followed = redirect(entry, target, next, status, hop, ctx, reject);
      if (typeof followed !== 'string') return followed;
      target = followed;
      continue;
    }
    if (status === 404 || status === 410) return optional ? skip('no_sitemap') : reject(status === 404 ? 'not_found' : 'gone', `HTTP ${status}`, status);
    if (status === 401 || status === 403) return reject('forbidden', `HTTP ${status}`, status);
    if (status < 200 || status >= 300) return reject('http_error', `HTTP ${status}`, status);
    if (response.unread) return reject(response.unread.reason, response.unread.detail, status);
    if (response.body.length === 0) return reject('empty_body', 'HTTP 200 with no bytes', status);
    // Nothing more is asked of the server for this URL: its in-flight place is free while the page is read.
    responded();
    if (entry.kind !== 'page') return await readSitemap(entry, target, response, ctx);
    const read = await readPage(entry, target, response, previous, ctx);
    return 'refresh' in read ? followRefresh(entry, target, read.refresh, response.status, hop, ctx, reject) : read;
  }
}

type RejectVisit = (reason: RejectReason, detail: string, status: number | null) => VisitOutcome;

/**
 * A redirect to `next`: scheduled as the page it leads to, or rejected (too many hops, out of
 * scope, a loop); the same page spelt differently is followed here (its address is returned).
 */
function redirect(entry: FrontierEntry, target: string, next: URL, status: number, hop: number, ctx: VisitContext, reject: RejectVisit, how = `${status}`): VisitOutcome | string {
  if (entry.hops + hop + 1 > ctx.settings.maxRedirects) {
    return reject('too_many_redirects', `${how} → ${next.href}: more than ${ctx.settings.maxRedirects} redirects from the first link`, status);
  }
  const nextScope = ctx.scope.check(next);
  if (nextScope) {
    const why = nextScope === 'excluded' ? 'excluded by --exclude' : `a host outside the crawl; --allow-host ${next.host} would follow it`;
    return reject('redirect_out_of_scope', `${how} → ${next.href} (${why})`, status);
  }
  const key = urlKey(next);
  ctx.stats.redirects++;
  if (key === entry.key) {
    // The same page spelt differently (a trailing slash): follow it here.
    if (next.href === target) return reject('redirect_loop', `${how} → itself`, status);
    return next.href;
  }
  const to: Discovered = { key, url: requestUrl(next), host: next.host, kind: entry.kind === 'sitemap-probe' ? 'sitemap' : entry.kind, depth: entry.depth, hops: entry.hops + hop + 1, parent: entry.key };
  return { result: { type: 'redirect', status, to: key, checkedAt: ctx.clock() }, discovered: [to] };
}

/** A page with no entry whose <meta> refresh names another page: a redirect like a 3xx (meta-refresh.ts). */
function followRefresh(entry: FrontierEntry, target: string, refresh: { next: URL; seconds: number }, status: number, hop: number, ctx: VisitContext, reject: RejectVisit): VisitOutcome {
  const followed = redirect(entry, target, refresh.next, status, hop, ctx, reject, `${status} with a <meta> refresh after ${refresh.seconds}s`);
  // Only another page's refresh gets here (readPage), so the address is never this page's.
  return typeof followed === 'string' ? reject('redirect_loop', `a <meta> refresh to ${followed}`, status) : followed;
}

/** Where a page's <meta> refresh sends its reader, when that is an http(s) page other than itself. */
function refreshElsewhere(entry: FrontierEntry, response: FetchResponse, finalUrl: string): { next: URL; seconds: number } | null {
  const refresh = metaRefresh(response.body, finalUrl);
  const next = refresh && absoluteHttpUrl(refresh.url);
  return next && urlKey(next) !== entry.key ? { next, seconds: refresh.seconds } : null;
}

async function request(target: string, entry: FrontierEntry, previous: PreviousVisit | null, ctx: VisitContext): Promise<FetchResponse> {
  const conditional: Record<string, string> = {};
  if (previous && (previous.result === 'page' || previous.result === 'sitemap')) {
    if (previous.etag) conditional['if-none-match'] = previous.etag;
    if (previous.lastModified) conditional['if-modified-since'] = previous.lastModified;
  }
  const host = new URL(target).host;
  try {
    const response = await fetchOnce(target, {
      headers: { ...ctx.headers, ...conditional },
      timeoutMs: ctx.settings.timeoutMs,
      // A sitemap may be 50 MB (sitemaps.org), whatever the pages' limit: read whole up to that, its head beyond (readSitemap logs the cut).
      maxBytes: entry.kind === 'page' ? ctx.settings.maxPageBytes : MAX_SITEMAP_BYTES,
      keepHead: entry.kind !== 'page',
      acceptType: (type) => (entry.kind === 'page' ? PAGE_TYPES : SITEMAP_TYPES).test(type),
    });
    ctx.stats.requests++;
    ctx.stats.bytes += response.body.length;
    if (response.decoding) {
      ctx.stats.bodies_read_as_sent++;
      ctx.log.warn('a body not in the Content-Encoding it claims: read as it came', { url: target, status: response.status, detail: response.decoding });
    }
    return response;
  } catch (err) {
    ctx.stats.requests++;
    if (!(err instanceof FetchError)) throw err;
    await ctx.pacer.observe(host, { latencyMs: err.elapsedMs, refused: false, failed: true });
    throw new RetryableVisitError(err.kind === 'timeout' ? 'timeout' : 'network_error', null, err.message, null);
  }
}

function isFresh(previous: PreviousVisit, entry: FrontierEntry, ctx: VisitContext): boolean {
  if (previous.transient || previous.result === 'skipped' || previous.checkedAt === null) return false;
  // Start pages go by the lists' window (checked every run by default), whatever they held last time.
  const list = entry.kind !== 'page' || previous.entries === 0 || (entry.depth === 0 && entry.parent === null);
  const window = list ? ctx.settings.revisitListsAfterMs : ctx.settings.revisitAfterMs;
  return window > 0 && ctx.clock() - previous.checkedAt < window;
}

/** The stored result stands; a 304 may omit the validators, which then stay as they were. */
function unchanged(response: FetchResponse, previous: PreviousVisit | null, checkedAt: number, sha256?: string): VisitResult {
  return {
    type: 'unchanged',
    status: response.status,
    etag: response.headers.etag ?? previous?.etag ?? null,
    lastModified: response.headers['last-modified'] ?? previous?.lastModified ?? null,
    checkedAt,
    ...(sha256 ? { sha256 } : {}),
  };
}

/** The page read, or where its <meta> refresh sends its reader when it gave no entry. */
async function readPage(entry: FrontierEntry, finalUrl: string, response: FetchResponse, previous: PreviousVisit | null, ctx: VisitContext): Promise<Exclude<VisitOutcome, 'stopped'> | { refresh: { next: URL; seconds: number } }> {
  ctx.stats.pages_fetched++;
  const sha256 = createHash('sha256').update(response.body).digest('hex');
  const stored = previous?.result === 'page' ? await ctx.store.payload(entry.key) : null;
  if (stored?.kind === 'page' && previous?.sha256 === sha256) {
    ctx.stats.unchanged_body++;
    return { result: unchanged(response, previous, ctx.clock()), discovered: rediscover(stored, entry, ctx) };
  }
  const fetchedAt = new Date(ctx.clock());
  const page: PageRecord = { url: entry.url, finalUrl, status: response.status, headers: response.headers, body: response.body, fetchedAt };
  const outcome = await ctx.readPage(page, fetchedAt);
  if (!outcome.ok || outcome.value.entries.length === 0) {
    const refresh = refreshElsewhere(entry, response, finalUrl);
    if (refresh) return { refresh };
  }
  if (!outcome.ok) {
    const r: Reject = outcome.reject;
    ctx.stats.rejected[r.reason] = (ctx.stats.rejected[r.reason] ?? 0) + 1;
    return { result: { type: 'rejected', reject: r, transient: false }, discovered: [] };
  }
  const extraction = outcome.value;
  const discovered = discover(extraction.links, entry, extraction.entries.length === 0, ctx);
  if (stored?.kind === 'page' && sameContent(stored.extraction, extraction)) {
    // Other bytes (an ad, a counter), the same content: keep what was stored, and its fetch time.
    ctx.stats.unchanged_body++;
    return { result: unchanged(response, previous, ctx.clock(), sha256), discovered };
  }
  ctx.stats.pages_new_or_changed++;
  return {
    result: {
      type: 'page',
      status: response.status,
      etag: response.headers.etag ?? null,
      lastModified: response.headers['last-modified'] ?? null,
      finalUrl,
      canonicalUrl: extraction.canonicalUrl,
      sha256,
      fetchedAt: fetchedAt.getTime(),
      extraction,
    },
    discovered,
  };
}

function sameContent(a: PageExtraction, b: PageExtraction): boolean {
  return JSON.stringify({ ...a, fetchedAt: null }) === JSON.stringify({ ...b, fetchedAt: null });
}

async function readSitemap(entry: FrontierEntry, finalUrl: string, response: FetchResponse, ctx: VisitContext): Promise<VisitOutcome> {
  let listing: SitemapContent;
  let read: { bytes: Buffer; cut: boolean };
  try {
    read = await inflateSitemap(response.body, MAX_SITEMAP_BYTES, response.cut);
    listing = parseSitemap(read.bytes, finalUrl);
  } catch (err) {
    ctx.stats.rejected.bad_sitemap = (ctx.stats.rejected.bad_sitemap ?? 0) + 1;
    const reject = makeReject(entry.url, 'fetch', 'bad_sitemap', String(err instanceof Error ? err.message : err), new Date(ctx.clock()), { status: response.status });
    return { result: { type: 'rejected', reject, transient: false }, discovered: [] };
  }
  ctx.stats.sitemaps_read++;
  if (response.cut || read.cut) {
    ctx.stats.sitemaps_cut++;
    const gzipped = read.bytes !== response.body;
    ctx.log.warn(`a sitemap over ${MAX_SITEMAP_BYTES / 1024 / 1024} MB (the most sitemaps.org allows): its first ${read.bytes.length} bytes are read, the rest is left`, {
      url: finalUrl,
      read_bytes: read.bytes.length,
      ...(gzipped ? { compressed_bytes_read: response.body.length } : {}),
      listed: listing.pages.length + listing.sitemaps.length,
    });
  }
  if (listing.pages.length + listing.sitemaps.length >= MAX_SITEMAP_URLS) {
    ctx.log.warn(`a sitemap with ${MAX_SITEMAP_URLS} URLs (the most sitemaps.org allows): any it lists beyond are left`, { url: finalUrl });
  }
  const sha256 = createHash('sha256').update(response.body).digest('hex');
  return {
    result: { type: 'sitemap', status: response.status, etag: response.headers.etag ?? null, lastModified: response.headers['last-modified'] ?? null, sha256, fetchedAt: ctx.clock(), listing },
    discovered: discoverListing(listing, entry, ctx),
  };
}
