import { PROSE_RE } from './genre.js';
import type { Block } from './html-lines.js';
import { readMetaLine } from './page-meta.js';
import { RELATIVE_DATE_RE } from './relative-date.js';

/**
 * Where posts print their stamp under their text (a Q&A portal's answers, each closed by its day and its votes:
 * `2019-01-29 09:05 赞 76 评论`, the doctor's `4天前` or `05-06 14:22`), a stamp dates the text it stands under.
 * The answer's own is the first stamp under its last line, no other text between; every other stamp above that
 * closes another's text (a member's answer, the asker's words, the question itself) is that text's, not the
 * answer's: even where the answer's own names no day (relative, yearless), another's full day is never taken.
 */

/** A day with no year (`05-06 14:22`, `5月6日`) or a relative one (`4天前`), opening a short stamp line. */
const VAGUE_DAY_RE = /^(?:\d{1,2}\s*[-/月]\s*\d{1,2}(?![\d.万千wWkK])\s*日?(?:\s+\d{1,2}[:：]\d{2})?(?!\S)|\d+\s*(?:分钟|小时|天|周|个月)前|昨天|前天|今天|刚刚)/u;
const MAX_STAMP = 40;

const datedLine = (text: string) => text.length <= MAX_STAMP && readMetaLine(text).dates.length > 0;
const isStamp = (text: string) => text.length <= MAX_STAMP && !PROSE_RE.test(text) && (datedLine(text) || VAGUE_DAY_RE.test(text.trim()) || RELATIVE_DATE_RE.test(text.trim()));

/**
 * The dated lines between the question and `end` that close texts other than the answer (`first`..`last`), where the
 * answer has a stamp of its own under it and every dated line above the answer closes another's text; else none.
 * `isText(i)`: line i is a text of someone's (not a card's line, a button, a label).
 */
export function stampsOfOtherTexts(blocks: readonly Block[], isText: (i: number) => boolean, question: number, first: number, last: number, end: number): Set<number> {
  const none = new Set<number>();
  if (first < 0) return none;
  const prose = (i: number) => isText(i) && PROSE_RE.test(blocks[i]!.text);
  let mine = -1;
  for (let j = last + 1; j < end && mine < 0; j++) {
    if (isStamp(blocks[j]!.text)) mine = j;
    else if (prose(j)) return none;
  }
  if (mine < 0) return none;
  const others = new Set<number>();
  for (let i = question + 1; i < first; i++) {
    if (!datedLine(blocks[i]!.text) || prose(i)) continue;
    // The nearest text above the stamp: another's (or the question: the asker's stamp) and it closes it.
    let j = i - 1;
    while (j > question && !prose(j)) j--;
    if (j >= first && j <= last) return none;
    others.add(i);
  }
  return others;
}
