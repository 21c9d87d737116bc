import type { Outcome } from '../core/outcome.js';
import { rejectOutcome } from '../core/outcome.js';
import type { EntryDraft, PageExtraction } from '../schema/records.js';
import { EntrySchema, nothingCarried, type Entry, type ReadBy } from '../schema/entry.js';
import { DEFAULT_FLAG_OPTIONS, qualityFlags, type FlagOptions } from '../flags/flags.js';
import { consistencyDoubts, type ReadEntry, type ReadPage } from '../flags/consistency.js';
import { entryId, tidy } from '../core/text.js';

/**
 * Turns one extracted draft into a published entry: tidies text, derives the stable id and
 * the quality flags, and checks the result against the entry schema. What fails becomes a
 * reject naming the page, the item and every schema issue. Pure.
 */
export function toEntry(draft: EntryDraft, page: PageExtraction, now: Date, flagOptions: FlagOptions = DEFAULT_FLAG_OPTIONS): Outcome<Entry> {
  const paragraphs = draft.answerParagraphs.map(tidy).filter(Boolean);
  const answer = paragraphs.join('\n');
  const question = tidy(draft.question);
  const doctor = {
    name: orNull(draft.doctor.name),
    title: orNull(draft.doctor.title),
    department: orNull(draft.doctor.department),
    hospital: orNull(draft.doctor.hospital),
    hospital_grade: orNull(draft.doctor.hospital_grade),
  };
  const read: ReadEntry = { question, answer_paragraphs: paragraphs, doctor, date: draft.date, origin: draft.origin };
  // Unsure where the reader said so, where the date is later than the fetch, or where the entry
  // fails a consistency check of the genre (src/flags/consistency.ts): one place decides the flag.
  const unsure = Boolean(draft.doubts?.length) || datedAfterFetch(draft.date, page.fetchedAt) || consistencyDoubts(read, readPageOf(page)).length > 0;
  const candidate = {
    id: entryId(question, answer, doctor.name),
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
    source: page.source,
    sources: [page.source],
    supersedes: [],
    carried: nothingCarried(),
    site: page.site,
    extractor: page.extractor,
    encoding: page.encoding,
    read_by: draft.readBy ?? readByOf(page.extractor),
    flags: [
      ...qualityFlags(
        { answer, question, hasDoctor: Object.values(doctor).some((v) => v !== null) },
        flagOptions,
      ),
      ...(unsure ? (['unsure_reading'] as const) : []),
    ],
    fetched_at: page.fetchedAt,
  };
  const parsed = EntrySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
  const what = question ? `「${question.slice(0, 40)}」` : '(no question)';
  return rejectOutcome(page.source, 'validate', 'invalid_entry', `${what} ${issues}`, now, {
    origin: draft.origin,
    position: draft.position,
  });
}

/** Each page's entries as the consistency checks see them (tidied like the entry), built once per page. */
const readPages = new WeakMap<PageExtraction, ReadPage>();

function readPageOf(page: PageExtraction): ReadPage {
  let read = readPages.get(page);
  if (!read) {
    read = {
      entries: page.entries.map((d) => ({
        question: tidy(d.question),
        answer_paragraphs: d.answerParagraphs.map(tidy).filter(Boolean),
        doctor: {
          name: orNull(d.doctor.name),
          title: orNull(d.doctor.title),
          department: orNull(d.doctor.department),
          hospital: orNull(d.doctor.hospital),
          hospital_grade: orNull(d.doctor.hospital_grade),
        },
        date: d.date,
        origin: d.origin,
      })),
    };
    readPages.set(page, read);
  }
  return read;
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
