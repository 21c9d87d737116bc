import type { Reject, RejectReason } from '../schema/entry.js';
import type { PageExtraction, PageRecord } from '../schema/records.js';

/** Either a value or the reject record saying why there is none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reject: Reject };

export function makeReject(
  source: string,
  stage: Reject['stage'],
  reason: RejectReason,
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

/** Reads one page into its extraction, or the reject saying why not (at once, or from a worker thread); never throws. */
export type PageReader = (page: PageRecord, now: Date) => Outcome<PageExtraction> | Promise<Outcome<PageExtraction>>;
