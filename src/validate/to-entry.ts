import type { Outcome } from '../core/outcome.js';
import { rejectOutcome } from '../core/outcome.js';
import type { EntryDraft, PageExtraction } from '../schema/records.js';
import { nothingCarried, type Entry, type ReadBy } from '../schema/entry.js';
import { checkEntry } from '../schema/entry-check.js';
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from '../flags/flags.js';
import { consistencyDoubts, type ReadEntry, type ReadPage } from '../flags/consistency.js';
import { tidy } from '../core/text.js';
import { readWork } from './read-work.js';

/**
 * Turns every draft of a page into a published entry or a reject, in the page's order. Each draft
 * is tidied once, and the same tidied records serve the entry and the page's consistency checks.
 * A validator bug on one draft (a regex on a pathological text) becomes that draft's reject, not
 * the run's end. A page whose own question and answer were not read, where its related items
 * were, adds that entry's reject after them, so that no page's own Q&A goes missing unsaid. Pure.
 */
export function toEntries(page: PageExtraction, now: Date, flagOptions: FlagOptions = DEFAULT_FLAG_OPTIONS): Array<Outcome<Entry>> {
  const reads = page.entries.map((draft) => attempt(() => readEntryOf(draft)));
  const read: ReadPage = { entries: reads.flatMap((r) => (r.ok ? [r.value] : [])) };
  const outcomes = page.entries.map((draft, i) => {
    const own = reads[i]!;
    const outcome = own.ok ? attempt(() => entryOf(draft, own.value, read, page, now, flagOptions)) : own;
    return outcome.ok ? outcome.value : validatorError(draft, page, outcome.error, now);
  });
  if (page.ownUnread) outcomes.push(ownUnreadReject(page, now));
  return outcomes;
}

function ownUnreadReject(page: PageExtraction, now: Date): Outcome<Entry> {
  const detail = `${page.ownUnread}; its ${page.entries.length} related items were read (read as ${page.extractor})`;
  return rejectOutcome(page.source, 'extract', 'no_page_entry', detail, now, { origin: 'page' });
}

/** Runs `read`, keeping what it throws as a value: a validator bug on one draft is that draft's reject. */
function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, error };
  }
}

function validatorError(draft: EntryDraft, page: PageExtraction, err: unknown, now: Date): Outcome<Entry> {
  return rejectOutcome(page.source, 'validate', 'validator_error', String(err instanceof Error ? err.message : err), now, {
    origin: draft.origin,
    position: draft.position,
  });
}

/** One draft of a page as an entry or a reject (see toEntries, which reads the page once for all its drafts). */
export function toEntry(draft: EntryDraft, page: PageExtraction, now: Date, flagOptions: FlagOptions = DEFAULT_FLAG_OPTIONS): Outcome<Entry> {
  const at = page.entries.indexOf(draft);
  if (at < 0) throw new Error('toEntry: the draft is not one of the page\'s entries');
  return toEntries(page, now, flagOptions)[at]!;
}

/** A draft as the entry will say it: text tidied, empty values null. */
function readEntryOf(draft: EntryDraft): ReadEntry {
  return {
    question: tidy(draft.question),
    answer_paragraphs: draft.answerParagraphs.map(tidy).filter(Boolean),
    doctor: {
      name: orNull(draft.doctor.name),
      title: orNull(draft.doctor.title),
      department: orNull(draft.doctor.department),
      hospital: orNull(draft.doctor.hospital),
      hospital_grade: orNull(draft.doctor.hospital_grade),
    },
    date: draft.date,
    origin: draft.origin,
    url: draft.url,
    ...(draft.continues ? { continues: true } : {}),
  };
}

/** Turns one draft, already read, into an entry: derives the stable id and the quality flags, and checks the result against the entry schema (checkEntry: the schema's check, cheaper where the entry plainly passes); what fails is a reject naming the page, the item and every schema issue. */
function entryOf(draft: EntryDraft, read: ReadEntry, page: ReadPage, extraction: PageExtraction, now: Date, flagOptions: FlagOptions): Outcome<Entry> {
  const { question, answer_paragraphs: paragraphs, doctor } = read;
  const answer = paragraphs.join('\n');
  const work = readWork(read, flagOptions);
  // Unsure where the reader said so, where the date is later than the fetch, or where the entry
  // fails a consistency check of the genre (src/flags/consistency.ts): one place decides the flag.
  const unsure = Boolean(draft.doubts?.length) || datedAfterFetch(draft.date, extraction.fetchedAt) || consistencyDoubts(read, page, work.own).length > 0;
  const candidate = {
    id: work.id,
    question,
    answer,
    answer_paragraphs: paragraphs,
    doctor,
    format: draft.format,
    date: draft.date,
    has_disclaimer: draft.hasDisclaimer,
    origin: draft.origin,
    position: draft.position,
    url: draft.url,
    related_urls: draft.relatedUrls,
    source: extraction.source,
    sources: [extraction.source],
    supersedes: [],
    carried: nothingCarried(),
    site: extraction.site,
    extractor: extraction.extractor,
    encoding: extraction.encoding,
    read_by: draft.readBy ?? readByOf(extraction.extractor),
    flags: [...work.flags, ...(unsure ? (['unsure_reading'] as const) : [])],
    fetched_at: extraction.fetchedAt,
  };
  const parsed = checkEntry(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
  const what = question ? `「${question.slice(0, 40)}」` : '(no question)';
  return rejectOutcome(extraction.source, 'validate', 'invalid_entry', `${what} ${issues}`, now, {
    origin: draft.origin,
    position: draft.position,
  });
}

/**
 * The latest calendar day anywhere on earth when the page was fetched: the fetch instant plus
 * 14 hours (UTC+14), so a site's local day is never taken for a later one.
 */
const LATEST_ZONE_MS = 14 * 3_600_000;

/**
 * A date later than the page was fetched cannot be the day its answer was given: it was misread
 * (a year guessed for `05-06`, another calendar's year, a date that is no date). Saved pages
 * (no fetch time) are not judged: the run's clock says nothing of when they were saved.
 */
export function datedAfterFetch(date: string | null, fetchedAt: string | null): boolean {
  if (date === null || fetchedAt === null) return false;
  const fetched = Date.parse(fetchedAt);
  return Number.isFinite(fetched) && date > new Date(fetched + LATEST_ZONE_MS).toISOString().slice(0, 10);
}

/** Where extraction did not say how an entry was read, its page's extractor does. */
function readByOf(extractor: string): ReadBy {
  return extractor === 'text-copy' ? 'text_lines' : extractor === 'generic-html' ? 'genre' : 'profile';
}

function orNull(value: string | null): string | null {
  const t = value === null ? '' : tidy(value);
  return t ? t : null;
}
