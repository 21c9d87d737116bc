import { PROSE_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { DATE_RE, readMetaLine } from '../dates/page-meta.js';
import { RELATIVE_DATE_RE } from '../dates/relative-date.js';

/**
 * Where posts print their stamp under their text (a Q&A portal's answers, each closed by its day and its votes:
 * `2019-01-29 09:05 赞 76 评论`, the doctor's `4天前` or `05-06 14:22`), a stamp dates the text it stands under.
 * The answer's own is the first stamp under its last line, no other text between; every other stamp above that
 * closes another's text (a member's answer, the asker's words, the question itself) is that text's, not the
 * answer's: even where the answer's own names no day (relative, yearless), another's full day is never taken.
 */

/** A day with no year (`05-06 14:22`, `5月6日`; not `6/6`, a gallery's counter) or a relative one (`4天前`), opening a short stamp line. */
const VAGUE_DAY_RE = /^(?:\d{1,2}\s*[-月]\s*\d{1,2}(?![\d.万千wWkK])\s*日?(?:\s+\d{1,2}[:：]\d{2})?(?!\S)|\d+\s*(?:分钟|小时|天|周|个月)前|昨天|前天|今天|刚刚)/u;
const MAX_STAMP = 40;
/** A day as stamps print it, and the name a byline holds beside it. */
const DAY_RE = new RegExp(String.raw`${DATE_RE.source}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`, 'gu');
const BYLINE_NAME_RE = /[\p{Script=Han}A-Za-z]{2,}/u;

/** A full day opening a line, perhaps labelled as the answer's (`回答于 2023-05-06`). */
const FULL_DAY_RE = new RegExp(String.raw`^(?:(?:回答|回复|发表|发布)于\s*)?${DATE_RE.source}`, 'u');
/** A post's plain day (not labelled as a publishing's or an answer's: those date what they say). */
const plainDated = (text: string) => text.length <= MAX_STAMP && readMetaLine(text).dates.some((d) => d.kind === 'plain' || d.kind === 'asked');
/** The answer's label before its stamp's day (`回答于 8天前`, `回复于 05-06 14:22`). */
const STAMP_LABEL_RE = /^(?:回答|回复|解答|发表|发布)于\s*/u;
/** A post's stamp: a short unlinked line that opens with its day, full, yearless or relative, perhaps after the answer's label (`回答于 8天前 有帮助 147`). */
const isStamp = (b: Block) => {
  const text = b.text.trim();
  const day = text.replace(STAMP_LABEL_RE, '');
  return b.linkChars === 0 && text.length <= MAX_STAMP && !PROSE_RE.test(text) && (FULL_DAY_RE.test(text) || VAGUE_DAY_RE.test(day) || RELATIVE_DATE_RE.test(day));
};

/** How far under the answer's last line its stamp may stand (a credit line, a button between). */
const STAMP_BELOW_LINES = 3;

/** What the page's reader says each line is: someone's text, a card's line, furniture (a button, a note, a credit). */
export interface LineKinds {
  isText: (i: number) => boolean;
  isCard: (i: number) => boolean;
  isFurniture: (i: number) => boolean;
}

/**
 * The dated lines between the question and the answer's card that close texts other than the answer (`first`..`last`),
 * where the answer's post is stamped under its text (its stamp within a few lines of its last, only furniture between)
 * and not over it (between its card and its text); else none.
 */
export function stampsOfOtherTexts(blocks: readonly Block[], kinds: LineKinds, question: number, first: number, last: number, end: number): Set<number> {
  const none = new Set<number>();
  if (first < 0) return none;
  const prose = (i: number) => kinds.isText(i) && PROSE_RE.test(blocks[i]!.text);
  let mine = -1;
  for (let j = last + 1; j < Math.min(end, last + 1 + STAMP_BELOW_LINES) && mine < 0; j++) {
    if (isStamp(blocks[j]!)) mine = j;
    else if (!kinds.isFurniture(j)) return none;
  }
  if (mine < 0) return none;
  // The answer's head: its card's lines (or none) after the last text before the answer; a stamp there stamps the post over its text.
  let above = first - 1;
  while (above > question && !prose(above)) above--;
  let head = above + 1;
  while (head < first && !kinds.isCard(head)) head++;
  if (head === first) head = above + 1;
  for (let i = head; i < first; i++) if (isStamp(blocks[i]!)) return none;
  // Every plain day before the head closes a text above it (a member's answer, the asker's words); under the question
  // before any text, only a byline's (`热心网友 2019-01-28`, the asker's): a bare day under the heading is the page's.
  const others = new Set<number>();
  let texts = false;
  for (let i = question + 1; i < head; i++) {
    if (prose(i)) texts = true;
    else if (plainDated(blocks[i]!.text) && (texts || BYLINE_NAME_RE.test(blocks[i]!.text.replace(DAY_RE, '')))) others.add(i);
  }
  return others;
}

/** How many lines a post's byline, text and stamp may take after the answer's stamp (a byline, a few paragraphs, the stamp). */
const NEXT_POST_LINES = 8;
/** The longest line a post's byline may be (a nickname, perhaps a badge or a floor's name beside it). */
const BYLINE_MAX = 16;

/**
 * Where the answer read runs past its own post into the next one, on a thread whose posts are each stamped under their text
 * (the asker's post closed by its day before the doctor's card, the doctor's by its own): the first stamp among the answer's
 * lines, where what follows it is another post's shape — a byline alone on its line (a nickname, no sentence), the post's
 * text, then its own stamp — and that byline names no one with the answering doctor's name. The reply under the doctor's
 * post (a member's `我家也是这样`) is that member's, none of the answer. -1 where the answer spans no such stamp.
 */
export function nextPostInAnswer(blocks: readonly Block[], kinds: LineKinds, question: number, first: number, last: number, answererName: string | null): number {
  if (first < 0) return -1;
  // The asker's post is closed by its stamp too: a stamp after text between the question and the answer's head.
  let askerClosed = false;
  let text = false;
  for (let i = question; i < first; i++) {
    if (i > question && isStamp(blocks[i]!) && text) askerClosed = true;
    if (kinds.isText(i) || i === question) text = true;
  }
  if (!askerClosed) return -1;
  for (let j = first + 1; j < last; j++) {
    if (!isStamp(blocks[j]!) || !plainDated(blocks[j]!.text)) continue;
    const byline = blocks[j + 1];
    if (!byline || byline.chars > BYLINE_MAX || PROSE_RE.test(byline.text) || !BYLINE_NAME_RE.test(byline.text)) return -1;
    if (answererName !== null && byline.text.includes(answererName)) return -1;
    // The post's text, then its stamp, within a few lines.
    let prose = false;
    for (let k = j + 2; k < Math.min(blocks.length, j + 2 + NEXT_POST_LINES); k++) {
      if (isStamp(blocks[k]!)) return prose ? j : -1;
      if (kinds.isText(k) && PROSE_RE.test(blocks[k]!.text)) prose = true;
    }
    return -1;
  }
  return -1;
}
