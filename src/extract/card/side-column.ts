import type { AnyNode } from 'domhandler';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { isOtherDoctorsHead } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';
import { shownTextContent } from '../tree/page-index.js';

/**
 * A page laid out in columns: the content's (the question, the answer and, last, its related list) and a
 * side column after it. The markup puts the side column's card after the related list, but the reader sees
 * it beside the answer, as much as a card printed right after the answer: the page's doctor, where it is the
 * side column's one card and no heading there names other doctors (推荐医生).
 */
export function nextColumnCard(blocks: readonly Block[], question: number, listAt: number): FoundCard | null {
  const list = blocks[listAt]?.node;
  if (!list) return null;
  // The content's column: the smallest element holding both the question and the list.
  let column: AnyNode | null = blocks[question]!.node;
  while (column && !inside(list, column)) column = column.parent;
  // The next element that shows text: a gap between the columns (an empty cell holding a spacer picture) is no column.
  let side = column?.next ?? null;
  while (side && (side.type !== 'tag' || shownTextContent(side).trim() === '')) side = side.next;
  if (!side) return null;
  const from = blocks.findIndex((b, i) => i > listAt && inside(b.node, side));
  if (from === -1) return null;
  let to = from;
  while (to < blocks.length && inside(blocks[to]!.node, side)) to++;
  if (blocks.slice(from, to).some((b) => b.chars <= 8 && isOtherDoctorsHead(b.text.replace(/\s+/gu, '')))) return null;
  const card = findDoctorCard(blocks, from - 1, to);
  return card && !card.others && card.doctor.name && card.doctor.hospital && inside(card.element, side) ? { ...card, elements: [card.element] } : null;
}
