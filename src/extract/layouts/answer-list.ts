import type { Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';

/**
 * A question page that lists several doctors' answers under a head naming them (`3 个医生回答`, `共2条回答`,
 * `医生回答`), each answer an item of the same kind holding its doctor's card, its text, its own day and
 * its votes (`814 人觉得有用`, `赞同 26`), the first item with the most: the site ranks them by votes, and
 * the page's answer is the first shown. The later items are other answers: their cards, texts and days
 * none of the page's. Unranked (no votes shown, or a later answer with more), which answer is the
 * page's is not told by the page (a mark tells it: accepted-answer.ts, marked-card.ts).
 */
const ANSWERS_HEAD_RE = /^(?:共有?|全部)?\s*(?:(\d{1,3})\s*(?:个|条|位|名)\s*)?(?:医生|专家|大夫|医师)?\s*(?:的)?\s*(?:回答|解答|回复|答案)$/u;
/** Whether a line is such a head (`共有2位医生回答`): the list's, none of any answer. */
export const isAnswersHead = (text: string): boolean => text.length <= 16 && ANSWERS_HEAD_RE.test(text.replace(/\s+/gu, ' ').trim());
/** An answer's votes, counted before or after their word (`1.2万人觉得有用`, `有用 26`). */
const VOTES_AFTER_RE = /(\d+(?:\.\d+)?)\s*([万wW])?\s*(?:人|个人|位网友)?\s*(?:赞同|点赞|觉得有用|认为有用|觉得有帮助|有用|有帮助)/u;
const VOTES_BEFORE_RE = /(?:赞同|点赞|有用|有帮助)\s*[:：(（]?\s*(\d+(?:\.\d+)?)\s*([万wW])?/u;

function votesOf(line: string): number | null {
  const m = line.match(VOTES_AFTER_RE) ?? line.match(VOTES_BEFORE_RE);
  return m ? Number(m[1]) * (m[2] ? 10000 : 1) : null;
}

/**
 * The first line of the second answer where the answers are so listed (as many items as a count
 * says), each with one card of `cards`, a line of meta with a day (`isDated`) and votes, the page's `card` in the
 * first, which has the most votes; else -1.
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
  const lines = (it: Element) => blocks.map((b, i) => i).filter((i) => i > question && i < end && inside(blocks[i]!.node, it) && !cards.some((c) => inside(blocks[i]!.node, c)));
  // Read from each text node apart: a line joins its spans (`发布于 2022/05/05` and `614 人觉得有用` into `…05614 人…`).
  const votes = (it: Element): number | null => {
    for (const child of it.children) {
      if (child.type === 'text') {
        // A counter's own text is short, no sentence: one of the answer's (`…对其中86个人有帮助，…`) counts no votes.
        const text = (child as unknown as { data: string }).data.trim();
        const v = text.length <= 40 && !/[，,。！？；]/u.test(text) ? votesOf(text) : null;
        if (v !== null) return v;
      } else if (child.type === 'tag' && !cards.some((c) => inside(c, child))) {
        const v = votes(child as Element);
        if (v !== null) return v;
      }
    }
    return null;
  };
  const alike = items.every((it) => it.name === item.name && cards.filter((c) => inside(c, it)).length === 1 && lines(it).some(isDated));
  if (!alike || items.length < 2 || (head[1] !== undefined && items.length !== Number(head[1])) || items[0] !== item) return -1;
  const ranked = items.map(votes);
  if (ranked.some((v) => v === null) || ranked.slice(1).some((v) => v! > ranked[0]!)) return -1;
  return blocks.findIndex((b, i) => i > firstCard && i < end && inside(b.node, items[1]!));
}
