import type { RejectReason } from '../schema/entry.js';
import type { ExtractionItem } from '../schema/records.js';
import type { FrontierStore, StoredResult } from '../crawl/frontier-store.js';
import { makeReject, noEntriesReject } from '../core/outcome.js';
import type { Scope } from '../crawl/url.js';

export interface PublishedStats {
  pages: number;
  list_pages: number;
  rejects: number;
  redirects: number;
  redirect_loops: number;
  /** Pages whose latest visit failed (5xx, timeout) and whose earlier extraction is published. */
  kept_after_failure: number;
}

export interface StoredResultsOptions {
  /** Results of URLs outside the current scope are not published. */
  scope?: Scope;
  maxRedirects: number;
  /** Time stamp of rejects made while publishing (redirect loops). */
  now?: Date;
}

/**
 * What the crawl knows, as the extract stage would hand it on: every stored page's extraction
 * and every reject, in URL order, so the dataset does not depend on the order pages were
 * fetched in, nor on whether the crawl was interrupted and resumed. A page without entries
 * (a list page) becomes a `no_entries` reject, as in the saved-page pipeline; redirects
 * publish nothing unless they loop.
 */
export async function* storedExtractions(store: FrontierStore, options: StoredResultsOptions, stats: PublishedStats): AsyncIterable<ExtractionItem> {
  for await (const r of store.results()) {
    if (options.scope?.check(new URL(r.url))) continue;
    switch (r.result) {
      case 'page': {
        if (r.page && r.page.entries > 0) {
          // Unpacked only if read: publishing takes a page the crawl checked as it read it without it (checked-pages.ts).
          stats.pages++;
          yield { kind: 'extraction', get extraction() { return r.extraction!; }, stored: { source: r.url, fetchedAt: r.page.fetchedAt } };
          break;
        }
        const x = r.extraction;
        if (!x) break;
        if (x.entries.length === 0) {
          stats.list_pages++;
          stats.rejects++;
          yield { kind: 'reject', reject: noEntriesReject(r.url, x, new Date(x.fetchedAt ?? 0), r.status) };
        } else {
          stats.pages++;
          yield { kind: 'extraction', extraction: x };
        }
        break;
      }
      case 'rejected':
        if (r.reject) {
          stats.rejects++;
          yield { kind: 'reject', reject: r.reject };
        }
        break;
      case 'redirect': {
        stats.redirects++;
        const loop = await redirectLoop(store, r, options.maxRedirects);
        if (loop) {
          stats.redirect_loops++;
          stats.rejects++;
          yield { kind: 'reject', reject: makeReject(r.url, 'fetch', loop.reason, loop.chain, options.now ?? new Date(), { status: r.status }) };
        }
        break;
      }
      default:
        break;
    }
    if (r.error) {
      stats.kept_after_failure++;
      stats.rejects++;
      yield { kind: 'reject', reject: { ...r.error, detail: `${r.error.detail}; the page as read earlier is kept` } };
    }
  }
}

/** Follows a redirect through the store: a chain that comes back on itself, or never ends, is a fault. */
async function redirectLoop(store: FrontierStore, start: StoredResult, maxRedirects: number): Promise<{ reason: RejectReason; chain: string } | null> {
  const chain = [start.key];
  let next = start.redirectTo;
  while (next) {
    if (chain.includes(next)) return { reason: 'redirect_loop', chain: [...chain, next].join(' → ') };
    chain.push(next);
    if (chain.length > maxRedirects + 1) return { reason: 'too_many_redirects', chain: chain.join(' → ') };
    const hop = await store.redirectOf(next);
    if (!hop || hop.result !== 'redirect') return null;
    next = hop.redirectTo;
  }
  return null;
}

export const newPublishedStats = (): PublishedStats => ({ pages: 0, list_pages: 0, rejects: 0, redirects: 0, redirect_loops: 0, kept_after_failure: 0 });
