/**
 * Other answerers' posts beside the doctor's answer on a page of several answers (a mental-health site's
 * 心理咨询师 below or above the psychiatrist, another member's reply): each opens with a card line of its own
 * that names another person by a title of the vocabulary, then its text and its day. Its day dates that post,
 * none of the doctor's answer, however it is labelled (`回答于 …` beside the doctor's bare foot day).
 */
import type { Element } from 'domhandler';
import { parseCardParts } from '../card/card-parts.js';
import { inside, type Block } from '../lines/html-lines.js';
import { PROSE_RE } from '../words/genre.js';
import type { Kind } from './line-kinds.js';

/** Where the reader placed the answer, and the answering card: its element and the name it prints. */
export interface AnswererPlace {
  blocks: readonly Block[];
  kinds: readonly Kind[];
  question: number;
  first: number;
  last: number;
  own: number;
  card: { element: Element; name: string | null } | null;
}

/**
 * The lines of other answerers' posts between the question and the page's own part's end: from a card line
 * outside the answering card that names someone else with a title, to the answering card's next line (or the
 * own part's end), where that stretch holds text of its own and none of the answer's lines.
 */
export function otherAnswererLines(place: AnswererPlace): number[] {
  const { blocks, kinds, question, first, last, own, card } = place;
  if (card === null || card.name === null || first < 0) return [];
  const answering = (i: number) => inside(blocks[i]!.node, card.element);
  const lines: number[] = [];
  for (let i = question + 1; i < own; i++) {
    if (kinds[i] !== 'card' || answering(i) || (i >= first && i <= last)) continue;
    const other = parseCardParts([blocks[i]!.text]);
    if (other.name === null || other.title === null || other.name === card.name) continue;
    let to = i + 1;
    while (to < own && !answering(to) && !(to >= first && to <= last)) to++;
    const span = Array.from({ length: to - i }, (_, k) => i + k);
    if (!span.some((j) => kinds[j] === 'text' && PROSE_RE.test(blocks[j]!.text))) continue;
    lines.push(...span);
    i = to - 1;
  }
  return lines;
}
