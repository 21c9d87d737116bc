import type { Entry, Flag } from '../schema/entry.js';
import type { FlagEvidence } from './evidence.js';
import { detectIssues } from './issues.js';
import { TRAILING_ELLIPSIS } from './flags.js';

/**
 * Why an entry carries a flag: the span of its question or answer to highlight and a short
 * reason. Content flags come from their detectors; truncation points at the end or start.
 * Pure; for reports and reviewers, not for deciding flags.
 */
export function explainFlag(entry: Pick<Entry, 'question' | 'answer'>, flag: Flag | string): FlagEvidence {
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
    default: {
      const issue = detectIssues(entry.answer, entry.question).find((i) => i.flag === flag);
      return issue?.evidence ?? { field: 'answer', start: 0, end: 0, why: flag };
    }
  }
}
