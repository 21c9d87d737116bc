import type { Element } from 'domhandler';
import { isOtherDoctorsHead, isOwnDoctorHead } from '../words/genre.js';
import { inside, lineBox, type Block } from '../lines/html-lines.js';

/**
 * A block of other doctors beside the answer (推荐医生, 相关医生, 其他专家: the site's suggestions,
 * in a side column or under the answer): their cards are none of the answerer's. A card is in one
 * where the nearest doctors' heading above it names other doctors (not 回答医生 and its kind) and
 * the card stands in that heading's box.
 */

/** How many lines above a card its block's heading may stand (a block of a few cards of a few lines). */
const HEAD_LINES = 30;

export function inOtherDoctorsBlock(blocks: readonly Block[], card: Element): boolean {
  const first = blocks.findIndex((b) => inside(b.node, card));
  for (let i = first - 1; i >= 0 && i >= first - HEAD_LINES; i--) {
    const b = blocks[i]!;
    if (b.chars > 8) continue;
    const text = b.text.replace(/\s+/gu, '');
    if (isOwnDoctorHead(text)) return false;
    if (isOtherDoctorsHead(text)) {
      const box = lineBox(b.node);
      return box !== null && inside(card, box);
    }
  }
  return false;
}
