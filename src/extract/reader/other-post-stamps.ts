/** A thread's stamps that date other posts (the asker's, a thank-you), not the answer's own. */
import { PROSE_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { readMetaLine, type MetaLine } from '../dates/page-meta.js';
import type { Kind } from './line-kinds.js';

/**
 * A thread of posts, each stamped with its date (`发表于 …`): the answer's post is stamped between
 * its card and its first line. Stamps elsewhere that each stamp text of their own (the asker's
 * post before the card, a thank-you after the answer: a line of text follows the stamp before
 * the next one, and it is not the answer's) are those posts' dates, not the answer's. Returned
 * only where the answer's own post has one date, and every other stamp is so.
 */
export function otherPostStamps(blocks: readonly Block[], kinds: readonly Kind[], question: number, first: number, last: number, own: number): Set<number> {
  const none = new Set<number>();
  if (first < 0) return none;
  let cardEnd = -1;
  for (let i = first - 1; i > question && cardEnd < 0; i--) if (kinds[i] === 'card') cardEnd = i;
  if (cardEnd < 0) return none;
  // A comment's header holds its author's card and its stamp (`name 认证医生 title · hospital`, `2023年1月16日 18:37`): the answer's post's stamp.
  let cardStart = cardEnd;
  while (cardStart - 1 > question && kinds[cardStart - 1] === 'card') cardStart--;
  const dates = new Map<number, MetaLine>();
  for (let i = question + 1; i < own; i++) {
    if (kinds[i] !== 'meta' && !(kinds[i] === 'card' && i >= cardStart && i <= cardEnd && BARE_STAMP_RE.test(blocks[i]!.text))) continue;
    const meta = readMetaLine(blocks[i]!.text);
    if (meta.dates.length > 0) dates.set(i, meta);
  }
  const answered = (i: number) => dates.get(i)!.dates.some((d) => d.kind === 'answered');
  // Stamps are the dates labelled as the answer's kind (发表于, 回复于) where there are such, else all.
  const labelled = [...dates.keys()].some(answered);
  const found = foreignStamps(blocks, kinds, dates, [...dates.keys()].filter((i) => !labelled || answered(i)), cardStart, first, last, own);
  if (found.size > 0 || !labelled) return found;
  // A site may label some posts' stamps and not others (`发表于 …` over the asker's, the doctor's bare):
  // the answer's post's own stamp, labelled or not, is its date, and every other post's stamp is that post's
  // (only where the answer's post holds a stamp alone: a line with more on it is no post's stamp).
  const bare = [...dates.keys()].filter((i) => i >= cardStart && i < first).every((i) => BARE_STAMP_RE.test(blocks[i]!.text));
  return bare ? foreignStamps(blocks, kinds, dates, [...dates.keys()], cardStart, first, last, own) : found;
}
/** A post's stamp alone on its line: the day and time, perhaps after its floor and 发表于 (`沙发 发表于 2022-01-18 17:53`, `2楼 2022-01-18 17:53:09`). */
const BARE_STAMP_RE = /^\s*(?:(?:楼主|沙发|板凳|地板|\d+\s*楼|#\s*\d+|\d+\s*#)\s*)?(?:(?:发表|发布|回复)于\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$/u;
/** The stamps outside the answer's post (`cardStart`..`last`) where that post has one date and each of them stamps text of its own; else none. */
function foreignStamps(blocks: readonly Block[], kinds: readonly Kind[], dates: Map<number, MetaLine>, stamps: number[], cardStart: number, first: number, last: number, own: number): Set<number> {
  const none = new Set<number>();
  const mine = stamps.filter((i) => i >= cardStart && i < first);
  const others = stamps.filter((i) => i < cardStart || i > last);
  const days = new Set(mine.flatMap((i) => dates.get(i)!.dates.map((d) => d.iso)));
  if (days.size !== 1 || others.length === 0) return none;
  // A later post quoting the answer (`引用 name 发表于 … 的回复：`) repeats the answer's stamp over the quote: that is the quote's head, not the next post.
  const quotesMine = (j: number) => dates.get(j)!.dates.every((d) => days.has(d.iso));
  const stampsText = (at: number) => {
    for (let j = at + 1; j < own && !(stamps.includes(j) && !quotesMine(j)); j++) {
      if (j >= first && j <= last) return false;
      if ((kinds[j] === 'text' || kinds[j] === 'asker') && PROSE_RE.test(blocks[j]!.text)) return true;
    }
    return false;
  };
  return others.every(stampsText) ? new Set(others) : none;
}
