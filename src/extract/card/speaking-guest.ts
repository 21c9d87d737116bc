import type { Block } from '../lines/html-lines.js';
import { TITLE_RE } from '../words/genre.js';
import { isHostLabel } from '../words/card-words.js';

/** A transcript's turn opened by who speaks (`邱辰：…`). */
const TURN_RE = /^([^:：\s]{2,8})\s*[:：]\s*(?=\S)/u;

/**
 * Of a programme's guests, each with a card (本期嘉宾 over two doctors), the one whose name opens the first guest's turn of the
 * transcript under the question (`主持人：…` then `邱辰：…`): that guest answers it, another's turn after (`补充一句…`) adds to it.
 * Only a programme's talk, its host heard: a consult record's assistant doctor greeting before the doctor (`王芳：您好，我是李主任的助理`)
 * answers nothing. Null where no card's doctor opens a turn, or no host speaks.
 */
export function firstSpeakingGuest(blocks: readonly Block[], question: number, end: number, names: readonly string[]): string | null {
  let first: string | null = null;
  let hosted = false;
  for (let i = question + 1; i < end; i++) {
    const who = blocks[i]!.text.match(TURN_RE)?.[1];
    if (who === undefined) continue;
    if (first === null && names.includes(who)) first = who;
    if (isHostLabel(who.replace(/\s+/gu, ''))) hosted = true;
  }
  return hosted ? first : null;
}

/**
 * Whether a page prints a card for the one opening a turn (`刘静怡　北京大学深圳医院心血管内科主任医师` among the guests): a line
 * holding the name and a doctor's title, not a turn of theirs. A host called by name (`陈晓：`) or a caller (`张伟：`) has none.
 */
export function hasCardLine(blocks: readonly Block[], name: string): boolean {
  return blocks.some((b) => b.text.length <= 60 && b.text.includes(name) && !b.text.trimStart().startsWith(name + '：') && !b.text.trimStart().startsWith(name + ':') && TITLE_RE.test(b.text));
}
