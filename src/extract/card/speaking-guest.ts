import type { Block } from '../lines/html-lines.js';

/** A transcript's turn opened by who speaks (`邱辰：…`). */
const TURN_RE = /^([^:：\s]{2,8})\s*[:：]\s*(?=\S)/u;

/**
 * Of a programme's guests, each with a card (本期嘉宾 over two doctors), the one whose name opens the first guest's turn of the
 * transcript under the question (`主持人：…` then `邱辰：…`): that guest answers it, another's turn after (`补充一句…`) adds to it.
 * Null where no card's doctor opens a turn.
 */
export function firstSpeakingGuest(blocks: readonly Block[], question: number, end: number, names: readonly string[]): string | null {
  for (let i = question + 1; i < end; i++) {
    const who = blocks[i]!.text.match(TURN_RE)?.[1];
    if (who !== undefined && names.includes(who)) return who;
  }
  return null;
}
