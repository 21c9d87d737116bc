import type { Entry, Flag } from '../schema/entry.js';
import type { FlagEvidence } from './evidence.js';
import { detectIssues } from './issues.js';
import { TRAILING_ELLIPSIS } from './flags.js';
import { consistencyDoubts } from './consistency.js';

/**
 * Why an entry carries a flag: the span of its question or answer to highlight and a short
 * reason. Content flags come from their detectors; truncation points at the end or start.
 * Pure; for reports and reviewers, not for deciding flags.
 */
export function explainFlag(
  entry: Pick<Entry, 'question' | 'answer'> & Partial<Pick<Entry, 'answer_paragraphs' | 'doctor' | 'date' | 'origin'>>,
  flag: Flag | string,
): FlagEvidence {
  const { answer } = entry;
  const len = answer.length;
  switch (flag) {
    case 'cut_off_end': {
      const ellipsis = TRAILING_ELLIPSIS.test(answer.trim());
      return { field: 'answer', start: Math.max(0, len - 8), end: len, why: ellipsis ? 'an ellipsis stands for the rest' : 'stops without a sentence end' };
    }
    case 'cut_off_start':
      return { field: 'answer', start: 0, end: Math.min(len, 6), why: 'begins mid-sentence' };
    case 'answer_too_short':
      return { field: 'answer', start: 0, end: len, why: 'too short' };
    case 'no_doctor':
      return { field: 'answer', start: 0, end: 0, why: 'no doctor card' };
    case 'decoding_damage': {
      const at = answer.indexOf('\uFFFD');
      return at >= 0 ? { field: 'answer', start: at, end: at + 1, why: 'U+FFFD replacement character' } : { field: 'answer', start: 0, end: 0, why: 'the page held U+FFFD' };
    }
    case 'unsure_reading':
      return explainUnsure(entry);
    default: {
      const issue = detectIssues(entry.answer, entry.question).find((i) => i.flag === flag);
      return issue?.evidence ?? { field: 'answer', start: 0, end: 0, why: flag };
    }
  }
}

/**
 * Why an entry is `unsure_reading`, where a consistency check of the entry alone says so (the
 * checks that compare it with the rest of its page, and the reader's own doubts, are not
 * recorded in the entry): the check's name and reason, its text highlighted.
 */
function explainUnsure(entry: Parameters<typeof explainFlag>[0]): FlagEvidence {
  const unexplained: FlagEvidence = { field: 'answer', start: 0, end: 0, why: 'the reader doubted its reading' };
  if (!entry.answer_paragraphs || !entry.doctor || entry.date === undefined || !entry.origin) return unexplained;
  const read = { question: entry.question, answer_paragraphs: entry.answer_paragraphs, doctor: entry.doctor, date: entry.date, origin: entry.origin };
  const doubt = consistencyDoubts(read, { entries: [read] })[0];
  if (!doubt) return unexplained;
  const why = `${doubt.check}: ${doubt.why}`;
  // The reason quotes the text that raised it (「…」, cut at 24 characters): found again to highlight it.
  const quoted = /「(.+?)…?」/u.exec(doubt.why)?.[1];
  for (const field of ['answer', 'question'] as const) {
    const at = quoted ? entry[field].indexOf(quoted) : -1;
    if (at >= 0) return { field, start: at, end: at + quoted!.length, why };
  }
  return { field: 'answer', start: 0, end: 0, why };
}
