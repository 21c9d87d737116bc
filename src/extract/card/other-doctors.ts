import type { Element } from 'domhandler';
import { isOwnDoctorHead } from '../words/genre.js';
import { inside, lineBox, type Block } from '../lines/html-lines.js';
import { headsOtherDoctors, isTeamRosterHead } from '../words/team-roster.js';
import { isAnswererBadge, namedAnswerer } from '../words/answerer-marks.js';

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
  // The card's own first line may be the heading (a roster's box read as one card with the lists after it).
  for (let i = first; i >= 0 && i >= first - HEAD_LINES; i--) {
    const b = blocks[i]!;
    if (b.chars > 8) continue;
    const text = b.text.replace(/\s+/gu, '');
    if (isOwnDoctorHead(text)) return false;
    // A hospital's roster of its doctors (专家团队, 坐诊专家: team-roster.ts) is a block of other doctors too, unless the page
    // marks its answerer among them (a 回答者 badge in one card, or the answer's head naming one: marked-card.ts picks that one).
    if (headsOtherDoctors(text)) {
      const box = lineBox(b.node);
      const holds = i === first || (box !== null && inside(card, box));
      return holds && !(isTeamRosterHead(text) && box !== null && marksAnswerer(blocks, box.parent as Element | null));
    }
  }
  return false;
}
/** Whether a roster's box marks the doctor who answered: a badge in it (`回答者`), or a card of the one the answer's head names (`袁杰医生的回答`). */
function marksAnswerer(blocks: readonly Block[], box: Element | null): boolean {
  if (box === null) return false;
  const inBox = blocks.filter((b) => inside(b.node, box));
  if (inBox.some((b) => b.chars <= 12 && isAnswererBadge(b.text))) return true;
  const named = blocks.map((b) => (b.chars <= 20 ? namedAnswerer(b.text) : null)).filter((n) => n !== null);
  return named.some((name) => inBox.some((b) => b.text.includes(name)));
}
