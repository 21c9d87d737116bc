import type { PageExtraction } from '../schema/records.js';
import type { Reject } from '../schema/entry.js';
import type { SitemapContent } from './sitemap.js';

/**
 * The crawl's memory: the frontier (what is left to visit), the seen-set (what this pass has
 * already queued) and every visit's result (extractions of finished pages included), so that a
 * crash loses nothing that was finished. The embedded default is SQLite
 * (`SqliteFrontierStore`); a Redis implementation for several machines can replace it behind
 * this interface. Nothing here is held as a lease: a URL handed out and never finished is
 * simply still pending after a crash, so there are no stale locks to wait out.
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
  /** The stored extraction, for page results. */
  extraction: PageExtraction | null;
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
