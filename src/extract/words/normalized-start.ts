/**
 * Whether a text opens with a question, both normalized (NFKC, whitespace out): how an item's lines are
 * told from its question. Normalizing only the head it needs, since whole snippets cost more than the rest.
 */
import { compactNfkc } from './compact-nfkc.js';

export const norm = compactNfkc;
/**
 * A character NFKC leaves as it is and never joins to the one before it (an ASCII character, a
 * CJK ideograph): a text cut before one normalizes as its two parts do, one after the other.
 */
export const startsCleanly = (c: number) => (c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff);
/**
 * `norm(text).startsWith(start)` (`start` normalized already), normalizing only the head of
 * `text` it takes: an item's snippet is asked whether it opens with the question, and
 * normalizing the whole snippet cost more than the rest of reading it.
 */
export function normStartsWith(text: string, start: string): boolean {
  let cut = start.length;
  while (cut < text.length) {
    while (cut < text.length && !startsCleanly(text.charCodeAt(cut))) cut++;
    if (cut >= text.length) break;
    const head = norm(text.slice(0, cut));
    if (head.length >= start.length) return head.startsWith(start);
    // Whitespace or NFKC made the head shorter: a longer head.
    cut += start.length - head.length;
  }
  return norm(text).startsWith(start);
}
