import type { AnyNode, Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import { textContent } from '../tree/page-index.js';
import type { Badge } from '../lines/qa-badge.js';

/**
 * An earlier Q&A quoted at the head of an answer: a box (`<blockquote>`, or any box a quote's head
 * opens: 引用：, 参考之前的回答：, 相似问题回答（王医生的回答）：) holding another question after its 问
 * badge, that question's answer, its day, a link to it. The doctor points at it; none of it is the
 * page's answer, and its day dates nothing. A quote is told from the answer itself by what it holds
 * (a question of its own) and by the answer's text going on after it, outside it.
 */

/** A quote's head: the word for quoting, or an earlier or similar question's answer, with whose it is in brackets. */
const QUOTE_HEAD_RE =
  /^(?:引用|引述|引自|转引|(?:参考|参见|参照)(?:之前|以前|此前|过往|历史)?的?(?:回答|问答|解答)|(?:相似|相同|类似|同类)问题的?(?:回答|解答|答复)|(?:之前|以前|此前|过往|历史)的?(?:回答|问答|解答))(?:[（(][^（()）]{1,16}[）)])?\s*[:：]?$/u;

export const isQuoteHead = (text: string) => text.length <= 30 && QUOTE_HEAD_RE.test(text.replace(/\s+/gu, ''));

const compact = (node: AnyNode) => textContent(node).replace(/\s+/gu, '');

/** The box a head opens: the first element around it that holds more than the head. */
function boxOpenedBy(node: AnyNode | null, head: string): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) {
    if (compact(el) !== head) return el as Element;
  }
  return null;
}

function blockquoteAround(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if ((el as Element).name === 'blockquote') return el as Element;
  return null;
}

/**
 * Marks the lines of a quoted Q&A between `from` and `end` as notes (neither the answer nor its meta),
 * where the box holds a 问 badge's line and the answer's text goes on after the box.
 * `badges`: the 问 / 答 badges of the lines (their text already without them).
 */
export function markQuotedQa(blocks: readonly Block[], kinds: string[], badges: ReadonlyMap<number, Badge>, from: number, end: number): void {
  for (let i = from; i < end; i++) {
    const block = blocks[i]!;
    const head = isQuoteHead(block.text);
    const box = head ? boxOpenedBy(block.node, block.text.replace(/\s+/gu, '')) : badges.get(i)?.side === 'question' ? blockquoteAround(block.node) : null;
    if (!box) continue;
    let last = i;
    while (last + 1 < end && inside(blocks[last + 1]!.node, box)) last++;
    const asks = [...badges].some(([at, badge]) => at >= i && at <= last && badge.side === 'question');
    // Without a head, a blockquote quotes a Q&A only where it also holds the quoted answer (答).
    const answered = head || [...badges].some(([at, badge]) => at > i && at <= last && badge.side === 'answer');
    const goesOn = kinds.slice(last + 1, end).some((k) => k === 'text');
    if (!asks || !answered || !goesOn) continue;
    // The box's lines before this one (a blockquote found by its 问 line) are the quote's too.
    let first = i;
    while (first - 1 > from && inside(blocks[first - 1]!.node, box)) first--;
    for (let j = first; j <= last; j++) kinds[j] = 'note';
    i = last;
  }
}
