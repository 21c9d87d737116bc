import { comparable } from '../core/text.js';
import { labelledQuestion } from './genre.js';

/** How far below its heading a republished article prints the question it copied. */
const QUESTION_LINES_BELOW = 8;
const ASKED_RE = /^\s*(?:问|Q)\s*[:：]\s*(?=\S)/u;

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
    const asked = labelledQuestion(text) ?? (ASKED_RE.test(text) ? text.replace(ASKED_RE, '').trim() : null);
    if (!asked) continue;
    const question = comparable(asked);
    const bare = question.replace(/[?？]$/u, '');
    if ([...bare].length >= 4 && head.length > question.length && head.startsWith(bare) && /^[?？!！]?[,，:：\s]*\S/u.test(head.slice(bare.length))) return asked;
  }
  return null;
}
