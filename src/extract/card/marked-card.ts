import type { Element } from 'domhandler';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { inside, type Block } from '../lines/html-lines.js';
import { isAnswererBadge, namedAnswerer } from '../words/answerer-marks.js';
import { ANSWER_LABEL_RE } from '../words/answer-labels.js';

/**
 * Among several doctors' cards near an answer (a row of cards, a swiper of them), the one that
 * answered: the card marked so (a badge in it: 本题解答, 回答者, ✓ 已回答), or the one the answer's
 * head names (`王清玉医生的回答`, `王清玉 医生解答`, `王清玉医生回答了该问题`), or the one whose text an answer's label heads
 * (`医生回复：`) where every other's is headed as a reminder (a shop pharmacist's `用药提醒：` beside the doctor's reply). A copy of a card (a
 * carousel's loop clone) is the same card. Null where no mark picks one doctor.
 */

/** The head of a note beside the answer (a shop's `用药提醒：`, `温馨提醒：`, `药师提示：`): a reminder, no answer's label. */
const REMINDER_LABEL_RE = /^(?:用药|服药|购药|温馨|安全|药师)?(?:提醒|提示)\s*[:：]?$/u;

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
    // The label on the line right after a card heads that card's text.
    const labelAfter = (c: { lines: number[] }) => blocks[c.lines[c.lines.length - 1]! + 1]?.text.trim() ?? '';
    const reminded = cards.filter((c) => REMINDER_LABEL_RE.test(labelAfter(c)));
    const answered = cards.filter((c) => !reminded.includes(c) && ANSWER_LABEL_RE.test(labelAfter(c).replace(/\s*[:：]$/u, '')));
    // Only where every card's text is headed so: a card whose text has another head or none (a first reply under `回复内容：`,
    // before a 追问 round's `医生回复：`) may be the answer's, and the choice is left to the marks below.
    if (reminded.length > 0 && answered.length === 1 && reminded.length + answered.length === cards.length) marked = answered;
  }
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
