import type { PageExtraction } from '../schema/records.js';
import type { Reject } from '../schema/entry.js';
import type { SitemapContent } from './sitemap.js';
import type { Pacer, PacerOptions } from './host-pacer.js';
import type { RobotsShare } from './robots-book.js';

/**
 * The crawl's memory: the frontier (what is left to visit), the seen-set (what this pass has
 * already queued) and every visit's result (extractions of finished pages included), so that a
 * crash loses nothing that was finished. The embedded default is SQLite
 * (`SqliteFrontierStore`): nothing there is held as a lease, a URL handed out and never
 * finished is simply still pending after a crash, so there are no stale locks to wait out.
 * For several workers, `RedisFrontierStore` (a SharedFrontierStore, below) hands URLs out with
 * leases that end with their worker's heartbeat.
 *
 * A crawl proceeds in passes ("generations"). A pass ends when nothing is pending; the next
 * run then starts a new pass that queues every known URL again, and the crawler decides per
 * URL whether to revisit it (conditional request) or keep what it has. A run that stops
 * early (signal, --max-pages, --max-time, crash) leaves its pass open and the next run
 * continues it.
 */
export interface FrontierStore {
  /** Continues the open pass, or opens the next one; `now` stamps it. */
  begin(now: Date): Promise<PassInfo>;
  /** Queues URLs not yet queued in this pass; returns how many were queued. */
  add(urls: readonly Discovered[]): Promise<number>;
  /** Pending URLs with `seq` after `afterSeq`, in frontier order (breadth first). */
  pending(afterSeq: number, limit: number): Promise<FrontierEntry[]>;
  /** What earlier visits left for this URL, or null for a URL never finished. */
  previous(key: string): Promise<PreviousVisit | null>;
  /** The stored extraction of a page, or the stored listing of a sitemap. */
  payload(key: string): Promise<StoredPayload | null>;
  /** Records a visit and the URLs it discovered, atomically: both survive a crash or neither. */
  finish(entry: FrontierEntry, result: VisitResult, discovered: readonly Discovered[]): Promise<void>;
  /** A failed attempt that will be retried: remembered so a restart does not retry forever. */
  recordAttempt(key: string, attempts: number): Promise<void>;
  /** Closes the pass when nothing is pending; true when it did. */
  completePass(): Promise<boolean>;
  counts(): Promise<FrontierCounts>;
  /** Every URL with a result, in key order, for publishing. */
  results(): AsyncIterable<StoredResult>;
  /** Where a redirect led, for following chains when publishing. */
  redirectOf(key: string): Promise<{ result: ResultKind | null; redirectTo: string | null } | null>;
  /**
   * Makes the stored rejects of these reasons due for a request, whatever the revisit rules say
   * (the setting that caused them changed); returns how many.
   */
  reviseRejects(reasons: readonly string[]): Promise<number>;
  getMeta(name: string): Promise<string | null>;
  setMeta(name: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export type UrlKind = 'page' | 'sitemap' | 'sitemap-probe';
export type ResultKind = 'page' | 'sitemap' | 'rejected' | 'redirect' | 'skipped';

export interface PassInfo {
  pass: number;
  /** True when an unfinished pass is continued (a run stopped early or crashed). */
  resumed: boolean;
  startedAt: string;
}

/** A URL as discovered: its key (see `urlKey`), what to request, and how it was reached. */
export interface Discovered {
  key: string;
  url: string;
  host: string;
  kind: UrlKind;
  /** Links followed from a start URL (pagination does not count). */
  depth: number;
  /** Redirects followed to reach it. */
  hops: number;
  /** Key of the page or sitemap it was found on. */
  parent: string | null;
}

export interface FrontierEntry extends Discovered {
  seq: number;
  /** Failed attempts so far in this pass. */
  attempts: number;
  /** The lease it was claimed with, from a shared frontier (see SharedFrontierStore); none from SQLite. */
  lease?: string;
}

export interface PreviousVisit {
  result: ResultKind | null;
  status: number | null;
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  /** When the result was last confirmed by the server (200 or 304), ms since the epoch. */
  checkedAt: number | null;
  /** Entries the stored extraction holds (0 for list pages); null when it is not a page. */
  entries: number | null;
  /** The last visit failed in a way that may pass (5xx, timeout): revisit on the next pass. */
  transient: boolean;
}

export type StoredPayload = { kind: 'page'; extraction: PageExtraction } | { kind: 'sitemap'; listing: SitemapContent };

interface Validators {
  status: number;
  etag: string | null;
  lastModified: string | null;
}

/** What a visit found. */
export type VisitResult =
  | (Validators & { type: 'page'; finalUrl: string; canonicalUrl: string | null; sha256: string; fetchedAt: number; extraction: PageExtraction })
  | (Validators & { type: 'sitemap'; sha256: string; fetchedAt: number; listing: SitemapContent })
  /** 304, or the same bytes again: the stored payload stands; validators and check time are updated. */
  | (Validators & { type: 'unchanged'; checkedAt: number; sha256?: string })
  /** Fresh enough: not requested in this pass at all. */
  | { type: 'reused' }
  | { type: 'redirect'; status: number; to: string; checkedAt: number }
  /** `transient`: the server may recover (5xx, 429, timeout) — an earlier page result is kept beside the reject. */
  | { type: 'rejected'; reject: Reject; transient: boolean }
  /** Nothing to publish: out of scope after a config change, an optional sitemap that is absent. */
  | { type: 'skipped'; reason: string };

export interface StoredResult {
  key: string;
  url: string;
  host: string;
  kind: UrlKind;
  result: ResultKind;
  status: number | null;
  redirectTo: string | null;
  /** The stored extraction, for page results (a store may unpack it only when it is read: see `page`). */
  extraction: PageExtraction | null;
  /**
   * What a store knows of a page result's extraction without unpacking it, when it does: its
   * fetch time (the extraction's `fetchedAt`) and its entry count. Publishing finds a page the
   * crawl checked as it read it by these (checked-pages.ts) and then never unpacks it.
   */
  page?: { fetchedAt: string | null; entries: number };
  reject: Reject | null;
  /** A failure of the latest visit while an earlier page result is kept. */
  error: Reject | null;
}

export interface FrontierCounts {
  pass: number;
  pending: number;
  done: number;
  known: number;
}

/**
 * A frontier several workers (processes, machines) crawl together. A URL is claimed with a
 * lease only when a worker is ready to fetch it, and the lease takes its host's in-flight place
 * (a cap shared by all workers). `finish` and `requeue` are checked against the lease: a worker
 * whose lease was taken back (it stopped heartbeating) cannot overwrite the result. A lease lives
 * as long as its worker's heartbeat; the leases of a worker that stopped heartbeating go back to
 * the frontier. Retries wait in one shared queue, ordered by the time they may start. The pace
 * of every host, robots.txt, --max-pages and --max-time are shared as well (`pacer`, `robots`,
 * `takePage`, `deadline`).
 */
export interface SharedFrontierStore extends FrontierStore {
  readonly shared: true;
  /** This worker's name: `<hostname>:<pid>:<random>`. */
  readonly worker: string;
  /** The opener's begin: the pass as `begin` opens it, with the crawl's settings, its politeness and this run's limits stored for the workers that join. */
  open(now: Date, crawl: StoredCrawl, run: SharedRun): Promise<PassInfo>;
  /** The opener has queued its start URLs: the pass is open for workers to join, and may complete. */
  opened(): Promise<void>;
  /** A joining worker: the open pass and the settings stored with it (waiting up to `waitMs` for one to open); null when none opened. */
  join(waitMs?: number): Promise<{ pass: PassInfo; crawl: StoredCrawl } | null>;
  /** Claims the next URL a worker may fetch now (or within `lookaheadMs` of a host's pause ending); null when none is ready. */
  claim(lookaheadMs: number): Promise<FrontierEntry | null>;
  /** Whether `claim` would hand something out now (it takes nothing). */
  claimable(lookaheadMs: number): Promise<boolean>;
  /** The response is in: the lease's host place is free for the next request (the lease stays until finish). */
  releasePlace(entry: FrontierEntry): Promise<void>;
  /** Gives a claimed URL back: into the retry queue after `waitMs`, or at once to its place in the frontier. */
  requeue(entry: FrontierEntry, waitMs: number, attempts: number): Promise<void>;
  /** Nothing pending, waiting for a retry or leased, by any worker. */
  drained(): Promise<boolean>;
  /** Takes one page request from the run's shared --max-pages budget; false when it is spent. */
  takePage(): Promise<boolean>;
  /** Milliseconds left of the run's shared --max-time, or null without one. */
  timeLeftMs(): Promise<number | null>;
  /** Starts heartbeating; leases of workers that stopped heartbeating go back to the frontier. */
  startWorker(role: 'opener' | 'worker'): Promise<void>;
  /** Gives back what this worker still holds and stops heartbeating. */
  leave(): Promise<void>;
  /** The politeness state all workers share: pace, pauses, Crawl-delay, adaptive delay (in-flight places are taken by `claim`). */
  pacer(): Pacer;
  /** robots.txt, read by one worker per host and run and shared with the others. */
  robots(): RobotsShare;
}

/** What the opener stores for the workers that join: one User-Agent, one politeness policy, one scope for all. */
export interface StoredCrawl {
  /** The crawl options (the config file's "crawl" object, effective). */
  options: Record<string, unknown>;
  maxPageBytes: number;
}

/** What the opener of a run decides for every worker. */
export interface SharedRun {
  policy: PacerOptions;
  /** --max-pages of this run, for all workers together. */
  maxPages: number | null;
  /** --max-time of this run, counted from the opening on the server's clock. */
  maxTimeMs: number | null;
}

export function isShared(store: FrontierStore): store is SharedFrontierStore {
  return (store as Partial<SharedFrontierStore>).shared === true;
}

/** The lease of a claimed URL was taken back (its worker stopped heartbeating): its result is not stored. */
export class LeaseLostError extends Error {
  constructor(readonly key: string) {
    super(`the lease on ${key} was taken back (this worker stopped heartbeating for too long); another worker visits it`);
  }
}
