import type { Element } from 'domhandler';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { inside, type Block } from '../lines/html-lines.js';
import { isAnswererBadge, namedAnswerer } from '../words/answerer-marks.js';

/**
 * Among several doctors' cards near an answer (a row of cards, a swiper of them), the one that
 * answered: the card marked so (a badge in it: 本题解答, 回答者, ✓ 已回答), or the one the answer's
 * head names (`王清玉医生的回答`, `王清玉 医生解答`, `王清玉医生回答了该问题`). A copy of a card (a
 * carousel's loop clone) is the same card. Null where no mark picks one doctor.
 */

/** The answer's head naming its doctor (`王清玉医生回答了该问题`): a label, not the answer's text. */
export const isNamedAnswerHead = (text: string) => namedAnswerer(text) !== null;

/**
 * A button in a doctor's card (`图文问诊`, `电话咨询`) offers the doctor's services: it says nothing
 * of the format of the answer on the page.
 */
export const isCardButton = (block: Block) => block.linkChars > 0 && block.linkChars >= block.chars && !DAY_RE.test(block.text);
/** A link that is a day (a comment's time, linking to the comment in its thread) is its stamp, not a button. */
const DAY_RE = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;

export function markedCard(blocks: readonly Block[], card: FoundCard, question: number, end: number): FoundCard | null {
  if (!card.others || card.elements.length < 2) return null;
  const linesOf = (el: Element) => {
    const at: number[] = [];
    for (let i = question + 1; i < end; i++) if (inside(blocks[i]!.node, el)) at.push(i);
    return at;
  };
  const cards = card.elements.map((el) => ({ el, lines: linesOf(el) })).filter((c) => c.lines.length > 0);
  const read = (c: { lines: number[] }) => findDoctorCard(blocks, c.lines[0]! - 1, c.lines[c.lines.length - 1]! + 1);
  let marked = cards.filter((c) => c.lines.some((i) => blocks[i]!.chars <= 12 && isAnswererBadge(blocks[i]!.text)));
  if (marked.length === 0) {
    const named = blocks.slice(question + 1, end).map((b) => (b.chars <= 20 ? namedAnswerer(b.text) : null)).find((n) => n !== null);
    if (!named) return null;
    marked = cards.filter((c) => c.lines.some((i) => blocks[i]!.text.includes(named)));
  }
  const doctors = marked.map((c) => ({ c, found: read(c) })).filter((m) => m.found?.doctor.name);
  const names = new Set(doctors.map((m) => m.found!.doctor.name));
  if (doctors.length === 0 || names.size !== 1) return null;
  const { c, found } = doctors[0]!;
  return { element: c.el, doctor: found!.doctor, others: false, elements: [c.el, ...card.elements.filter((el) => el !== c.el)] };
}
