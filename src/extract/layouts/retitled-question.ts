import { comparable } from '../../core/text.js';
import { labelledQuestion } from '../words/genre.js';

/** How far below its heading a republished article prints the question it copied. */
const QUESTION_LINES_BELOW = 8;
const ASKED_RE = /^\s*(?:问|Q)\s*[:：]\s*(?=\S)/u;

/** The question a line prints after a label (`问题：…`, `问：…`, `Q: …`), or null. */
const labelledBelow = (text: string): string | null => labelledQuestion(text) ?? (ASKED_RE.test(text) ? text.replace(ASKED_RE, '').trim() : null);

/**
 * A headline that adds words to the question after it (a republishing site's clickbait:
 * `胃胀怎么办？医生这样说`) over the question printed as such in the copied text (`问：胃胀怎么办？`):
 * the question is the one printed, the heading the site's own title for it. Null where no line
 * below prints a question the heading starts with and goes on past.
 */
export function printedQuestionBelow(blocks: readonly { text: string }[], heading: number, headline: string): string | null {
  const head = comparable(headline);
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + QUESTION_LINES_BELOW); i++) {
    const text = blocks[i]!.text;
    if (text.length > 80) continue;
    const asked = labelledBelow(text);
    if (!asked) continue;
    const question = comparable(asked);
    const bare = question.replace(/[?？]$/u, '');
    if ([...bare].length >= 4 && head.length > question.length && head.startsWith(bare) && /^[?？!！]?[,，:：\s]*\S/u.test(head.slice(bare.length))) return asked;
  }
  return null;
}

/** A question cut short for the heading (`颈椎病要做…`, `女性总是后脑勺胀痛是……`, `…是什么...`): its ellipsis. */
const CUT_RE = /(?:…+|\.{3,}|。{3,})$/u;
export const isCutQuestion = (question: string) => CUT_RE.test(question.trim());

/**
 * The whole question under a heading that prints it cut short (`颈椎病要做…` over `问题：颈椎病要做手术吗`
 * in the answer's box): the line below that starts with what the heading shows and goes on past it.
 * Null where the heading is not cut, or no such line stands below it.
 */
export function wholeQuestionBelow(blocks: readonly { text: string; heading?: boolean }[], heading: number, headline: string): string | null {
  if (!isCutQuestion(headline)) return null;
  const shown = comparable(headline.trim().replace(CUT_RE, ''));
  if ([...shown].length < 4) return null;
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + QUESTION_LINES_BELOW); i++) {
    const text = blocks[i]!.text.trim();
    if (text.length > 80) continue;
    // Printed as a question: labelled, a heading, or asking; not the answer's first sentence going on from the same words.
    const asked = labelledBelow(text) ?? (blocks[i]!.heading || /[?？]$/u.test(text) ? text : null);
    if (!asked) continue;
    const whole = comparable(asked);
    if (whole.length > shown.length && whole.startsWith(shown) && !CUT_RE.test(asked)) return asked;
  }
  return null;
}
