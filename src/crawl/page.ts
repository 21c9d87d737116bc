import type { Reject } from '../schema/entry.js';

/** A page as the crawl stage hands it on: raw bytes plus what the transport said about them. */
export interface PageRecord {
  /** Where the page was asked for: a file path or the requested URL. */
  url: string;
  /** Where it was finally read from (after redirects); equal to `url` for files. */
  finalUrl: string;
  status: number;
  /** Lower-case header names. For saved files, text/plain for .txt; other files' content decides. */
  headers: Record<string, string>;
  body: Buffer;
  /** When it was fetched; null for saved files, whose fetch time is unknown. */
  fetchedAt: Date | null;
}

/** Either a value or the reject record saying why there is none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reject: Reject };

export function makeReject(
  source: string,
  stage: Reject['stage'],
  reason: string,
  detail: string,
  now: Date,
  extra: Partial<Pick<Reject, 'origin' | 'position' | 'status'>> = {},
): Reject {
  return {
    source,
    stage,
    reason,
    detail,
    origin: extra.origin ?? null,
    position: extra.position ?? null,
    status: extra.status ?? null,
    at: now.toISOString(),
  };
}

export function rejectOutcome(...args: Parameters<typeof makeReject>): { ok: false; reject: Reject } {
  return { ok: false, reject: makeReject(...args) };
}
