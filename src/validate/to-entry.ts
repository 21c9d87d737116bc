import type { Outcome } from '../core/outcome.js';
import { rejectOutcome } from '../core/outcome.js';
import type { EntryDraft, PageExtraction } from '../schema/records.js';
import { EntrySchema, nothingCarried, type Entry, type ReadBy } from '../schema/entry.js';
import { DEFAULT_FLAG_OPTIONS, qualityFlags, type FlagOptions } from '../flags/flags.js';
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
      ...(draft.doubts?.length ? (['unsure_reading'] as const) : []),
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

/** Where extraction did not say how an entry was read, its page's extractor does. */
function readByOf(extractor: string): ReadBy {
  return extractor === 'text-copy' ? 'text_lines' : extractor === 'generic-html' ? 'genre' : 'profile';
}

function orNull(value: string | null): string | null {
  const t = value === null ? '' : tidy(value);
  return t ? t : null;
}
