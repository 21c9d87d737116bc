import { verifiedLine } from '../words/verified-line.js';
import { isName } from '../words/card-words.js';
import { parseCardParts } from '../card/card-parts.js';
import type { AnyNode } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { findDate } from '../dates/page-meta.js';
import { PROSE_RE } from '../words/genre.js';

/**
 * A forum thread in floors (百度贴吧 and the health forums built like it): the thread's title the
 * question, then its floors in the order posted, each closed by its tail — the floor's number and
 * when it was posted (`3楼 2022-08-09 12:57 来自Android客户端`, `第3楼 …`, `#3 …`). 楼主 asks on the
 * first floor, members chime in (同问, 顶), and a certified doctor answers on a floor of their own:
 * the author column names them (`卢华`, `卢华医生`, `卢华大夫`), a badge (`认证医生`) and the platform's
 * verification line (`认证：hospital [grade] department title`) over the floor's text. Replies in the
 * floor (楼中楼: the asker's thanks, the doctor's `回复 {nick} :` follow-ups) stand after the tail,
 * each with a later day: none of the answer. The answer is the doctor's floor's text, dated by its tail.
 */

/** A floor's number in a thread (`3楼`, `第3楼`, `#3`, `3#`), and the names forums give the first floors (楼主, 沙发, 板凳, 地板). */
export const FLOOR_NUMBER = '(?:第\\s*\\d+\\s*楼|\\d+\\s*楼|#\\s*\\d+|\\d+\\s*#)';
export const FLOOR = `(?:${FLOOR_NUMBER}|楼主|沙发|板凳|地板)`;
/** A floor's number alone on its line (`2楼` over the next doctor's card, as an old Q&A template numbers its answers): a floor begins. */
const FLOOR_ALONE_RE = new RegExp(`^${FLOOR_NUMBER}$`, 'u');
export const isFloorNumber = (text: string): boolean => text.length <= 8 && FLOOR_ALONE_RE.test(text.trim());
/**
 * The first floor's number alone after the answer's last line `last`: the next floor begins there, the answer's part has ended; `end` where none.
 * A template may print a floor's number in its foot, under its text and over its day (`1楼` over `回复于 …`): the only number in
 * the answer's own floor's box (the nearest box around its last line holding one), after the text, is that floor's own and opens
 * no other. A number heading the floor (the box's only one, above the text) or a box holding several (a flat list) is read as before.
 */
export function nextFloorAt(blocks: readonly Block[], last: number, end: number): number {
  if (last < 0) return end;
  const floors: number[] = [];
  for (let i = 0; i < end; i++) if (isFloorNumber(blocks[i]!.text)) floors.push(i);
  if (!floors.some((i) => i > last)) return end;
  let held: number[] = [];
  for (let el: AnyNode | null = blocks[last]!.node?.parent ?? null; el && held.length === 0; el = el.parent) held = floors.filter((i) => inside(blocks[i]!.node, el!));
  const ownFoot = held.length === 1 && held[0]! > last ? held[0]! : -1;
  for (const i of floors) if (i > last && i !== ownFoot) return i;
  return end;
}
/** A floor's tail: its number before the day it was posted. */
const FLOOR_TAIL_RE = new RegExp(`^${FLOOR_NUMBER}\\s+(?=\\d{4}\\s*[-/.年])`, 'u');
/** The badge the platform gives a certified doctor, beside the nickname or on its own line. */
export const DOCTOR_BADGE_RE = /\s*(?:认证医生|认证医师|认证专家|医生认证|已认证|官方认证)\s*/u;
const BADGE_RE = new RegExp(DOCTOR_BADGE_RE.source, 'gu');
/** The calling a nickname adds to the name (`卢华医生`, `卢华大夫`). */
const CALLING_RE = /(?:医生|大夫|医师)$/u;
/** How far above the verification line the nickname may stand (an avatar's line, the badge between). */
const NICK_LINES = 3;

const isTail = (b: Block) => b.chars <= 60 && FLOOR_TAIL_RE.test(b.text.trim()) && findDate(b.text) !== null;

/** The doctor's floor of a thread under the question, read as a record; null where the page is no such thread. */
export function forumThread(blocks: readonly Block[], question: { index: number; text: string }): BoardRecord | null {
  const tails = blocks.flatMap((b, i) => (i > question.index && isTail(b) ? [i] : []));
  // 楼主's floor and the doctor's at least, each closed by its tail: 楼主's words stand before the first (a forum
  // that prints the stamp over the floor's text is left to the page's reader: its floors end otherwise).
  if (tails.length < 2 || !blocks.slice(question.index + 1, tails[0]).some((b) => b.linkChars === 0 && PROSE_RE.test(b.text))) return null;
  for (let v = question.index + 1; v < tails.at(-1)!; v++) {
    const certified = verifiedLine(blocks[v]!.text);
    if (certified === null) continue;
    const card = parseCardParts(certified.split(/\s+/u));
    if (!card.title || !card.hospital) continue;
    const tail = tails.find((t) => t > v)!;
    const floorStart = Math.max(question.index, ...tails.filter((t) => t < v)) + 1;
    const name = nickname(blocks, Math.max(floorStart, v - NICK_LINES), v);
    const answerLines = Array.from({ length: tail - v - 1 }, (_, k) => v + 1 + k).filter((i) => blocks[i]!.text.trim() !== '');
    // No text between the card and the tail, or a nickname's link among it (another floor's): not a floor as read here.
    if (name === null || answerLines.length === 0 || answerLines.some((i) => blocks[i]!.chars > 0 && blocks[i]!.linkChars === blocks[i]!.chars)) return null;
    const doubts = blocks.some((b, i) => i > tail && verifiedLine(b.text) !== null) ? ['more than one certified doctor posts in the thread'] : [];
    return {
      question: { index: question.index, text: question.text },
      paragraphs: answerLines.map((i) => blocks[i]!.text.trim()),
      answerLines,
      doctor: { ...card, name },
      date: findDate(blocks[tail]!.text),
      doubts,
    };
  }
  return null;
}

/** The name in the author column's nickname, without the badge and the calling; null where no line there is one. */
function nickname(blocks: readonly Block[], from: number, to: number): string | null {
  for (let i = to - 1; i >= from; i--) {
    const text = blocks[i]!.text.replace(BADGE_RE, ' ').trim().replace(CALLING_RE, '');
    if (isName(text)) return text;
  }
  return null;
}
