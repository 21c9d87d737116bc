import type { Element } from 'domhandler';
import { inside, type Block } from './html-lines.js';

/**
 * A question page that lists several doctors' answers under a head naming them (`3 个医生回答`, `共2条回答`,
 * `医生回答`), each answer an item of the same kind holding its doctor's card, its text and its own day:
 * the site ranks them, and the page's answer is the first item shown. The later items are other
 * answers: their cards, texts and days none of the page's.
 */
const ANSWERS_HEAD_RE = /^(?:共|全部)?\s*(?:(\d{1,3})\s*(?:个|条|位|名)\s*)?(?:医生|专家|大夫|医师)?\s*(?:的)?\s*(?:回答|解答|回复|答案)$/u;

/**
 * The first line of the second answer where the answers are so listed (as many items as a count
 * says), each with one card of `cards` and a line of meta with a day (`isDated`), the page's `card` in the first; else -1.
 */
export function laterAnswersStart(blocks: readonly Block[], question: number, end: number, card: Element, cards: readonly Element[], isDated: (line: number) => boolean): number {
  const firstCard = blocks.findIndex((b, i) => i > question && i < end && inside(b.node, card));
  if (firstCard === -1) return -1;
  const head = blocks.slice(question + 1, firstCard).map((b) => b.text.replace(/\s+/gu, ' ').trim().match(ANSWERS_HEAD_RE)).find((m) => m);
  if (!head) return -1;
  // The page's card's item: its outermost box holding no other card.
  let item: Element = card;
  for (let up = item.parent as Element | null; up && up.type === 'tag' && !cards.some((c) => c !== card && inside(c, up!)); up = up.parent as Element | null) item = up;
  const list = item.parent as Element | null;
  if (!list || list.type !== 'tag') return -1;
  const items = list.children.filter((c): c is Element => c.type === 'tag' && cards.some((card) => inside(card, c)));
  const dated = (it: Element) => blocks.some((b, i) => i > question && i < end && inside(b.node, it) && isDated(i));
  const alike = items.every((it) => it.name === item.name && cards.filter((c) => inside(c, it)).length === 1 && dated(it));
  if (!alike || items.length < 2 || (head[1] !== undefined && items.length !== Number(head[1])) || items[0] !== item) return -1;
  return blocks.findIndex((b, i) => i > firstCard && i < end && inside(b.node, items[1]!));
}
