import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Discovered, FrontierEntry, UrlKind, VisitResult } from './frontier-store.js';

/**
 * How one URL lives in the Redis frontier's `u:<key>` hash (field names in
 * redis-frontier-scripts.ts): what a visit's result changes there, how a stored payload is
 * packed, how queued URLs and claimed rows travel to and from the scripts. Pure: no server.
 */

/** One URL's stored field and its new value (null deletes it). */
export type Change = [field: string, value: string | number | null];

/** A page's extraction or a sitemap's listing as stored beside its URL: JSON, deflated (pages repeat their markup's words). */
export const pack = (value: unknown): Buffer => deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 6 });
export const unpack = <T>(blob: Buffer): T => JSON.parse(inflateRawSync(blob).toString('utf8')) as T;

/** What a new result clears of the one before it (the SQLite store's `cleared`). */
const CLEARED: Change[] = ['rj', 'rt', 'er', 'tr', 'et', 'lm', 'sh', 'en'].map((f) => [f, null]);

export interface Recording {
  mode: 'plain' | 'transient';
  changes: Change[];
  /** For a transient failure of a page read before: what changes while the page is kept. */
  kept: Change[];
  payload: 'set' | 'del' | 'keep';
  body: Buffer | null;
}

/** How a visit's result changes the URL's stored fields: the same rules as SqliteFrontierStore's `record`. */
export function recording(r: VisitResult): Recording {
  const plain = (changes: Change[], payload: Recording['payload'] = 'del', body: Buffer | null = null): Recording => ({ mode: 'plain', changes, kept: [], payload, body });
  switch (r.type) {
    case 'page':
      return plain(
        [...CLEARED, ['r', 'page'], ['st', r.status], ['fu', r.finalUrl], ['cu', r.canonicalUrl], ['et', r.etag], ['lm', r.lastModified], ['sh', r.sha256], ['en', r.extraction.entries.length], ['fa', r.fetchedAt], ['ca', r.fetchedAt]],
        'set',
        pack(r.extraction),
      );
    case 'sitemap':
      return plain([...CLEARED, ['r', 'sitemap'], ['st', r.status], ['et', r.etag], ['lm', r.lastModified], ['sh', r.sha256], ['fa', r.fetchedAt], ['ca', r.fetchedAt]], 'set', pack(r.listing));
    case 'unchanged':
      return plain([['et', r.etag], ['lm', r.lastModified], ['ca', r.checkedAt], ['tr', null], ['er', null], ...(r.sha256 ? [['sh', r.sha256] as Change] : [])], 'keep');
    case 'reused':
      return plain([], 'keep');
    case 'redirect':
      return plain([...CLEARED, ['r', 'redirect'], ['st', r.status], ['rt', r.to], ['ca', r.checkedAt]]);
    case 'rejected': {
      const changes: Change[] = [...CLEARED, ['r', 'rejected'], ['st', r.reject.status], ['rj', JSON.stringify(r.reject)], ['tr', r.transient ? 1 : null], ['ca', Date.parse(r.reject.at)]];
      // The server may recover: a page read before is kept, with this failure beside it.
      return r.transient ? { mode: 'transient', changes, kept: [['er', JSON.stringify(r.reject)], ['tr', 1]], payload: 'del', body: null } : plain(changes);
    }
    case 'skipped':
      return plain([...CLEARED, ['r', 'skipped']]);
  }
}

/** Discovered URLs as the ADD and FINISH scripts take them: one array per URL. */
export const discoveredJson = (urls: readonly Discovered[]): string => JSON.stringify(urls.map((u) => [u.key, u.url, u.host, u.kind, u.depth, u.hops, u.parent]));

/** A URL as the CLAIM script returns it (or as its hash's fields read back). */
export function toEntry(row: readonly string[]): FrontierEntry {
  const [key, url, host, kind, depth, hops, parent, seq, attempts] = row;
  return { key: key!, url: url!, host: host!, kind: kind as UrlKind, depth: Number(depth), hops: Number(hops), parent: parent || null, seq: Number(seq), attempts: Number(attempts) };
}
