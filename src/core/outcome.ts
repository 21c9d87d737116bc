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

/** A page read to no entries: a list or section page read for its links, or one the reader knows holds no Q&A of its own (and says why). */
export function noEntriesReject(source: string, extraction: PageExtraction, now: Date, status: number | null): Reject {
  // A question found with no answer read under it says so: the page is not one of no Q&A (extraction.ownUnread).
  const found = extraction.noQa ? `no Q&A of its own: ${extraction.noQa}` : extraction.ownUnread ? `${extraction.ownUnread}, and no related list found` : 'no question with an answer and no related list found';
  const misfit = extraction.profileMisfit ? `, not the template of ${extraction.profileMisfit}` : '';
  return makeReject(source, 'extract', 'no_entries', `${found} (read as ${extraction.extractor}${misfit}, ${extraction.links.length} links)`, now, { status });
}
