import type { Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import { HOURS_LABEL_RE, isRosterLabelled, namesClinicSession } from '../words/team-roster.js';
import { PROSE_RE, TITLE_RE } from '../words/genre.js';

/**
 * A hospital's box of who sits in its clinic when (`坐诊专家：{name} {title} 周一上午`, `出诊医生：…` over `坐诊时间：每周三上午`,
 * two doctors under the label one after the other): a schedule, none of it the answering doctor's card. A column's head naming
 * its expert (`坐诊专家：{hospital}{department}{title} {name}`, a paper's 名医坐诊 column) names no session and no other doctor:
 * still the card. (Traditional pages are folded before they are read: 坐診專家, 週一 match as 坐诊专家, 周一.)
 */

/** How far around a roster line another one stands in the same list. */
const NEAR_LINES = 3;

/** Whether line i is a roster's line that says when its doctor sits, or stands among other such lines. */
export function isRosterLine(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i]!.text;
  if (!isRosterLabelled(text)) return false;
  if (HOURS_LABEL_RE.test(blocks[i + 1]?.text.trim() ?? '')) return true;
  for (let j = Math.max(0, i - NEAR_LINES); j <= i + NEAR_LINES && j < blocks.length; j++) if (j !== i && isRosterLabelled(blocks[j]!.text)) return true;
  return namesClinicSession(text) && !signsTextAbove(blocks, i);
}
/**
 * A column's own credit closing its answer (`坐诊专家：{hospital}{department}{title} {name} 每周三上午` right under the answer's last
 * paragraph, in the same element): the one doctor and when they sit, signing the text above it: the card, no roster.
 */
function signsTextAbove(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  if (above === undefined || !PROSE_RE.test(above.text) || WELCOME_RE.test(above.text)) return false;
  // One doctor (a line listing two with their sessions, `王刚 主任医师 周一上午；李红 副主任医师 周三下午`, is the clinic's list), and
  // no writer credited above, in a byline (`文／{hospital}{department} {name}`) or a card's line (`李明 主任医师 {hospital}`): the
  // text is theirs, the session line the clinic's.
  if (titlesIn(blocks[i]!.text) > 1 || blocks.slice(0, i).some((b) => BYLINE_RE.test(b.text.trim()) || isCardLine(b.text))) return false;
  return above.node?.parent != null && above.node.parent.parent === blocks[i]!.node?.parent?.parent;
}
/** A clinic's welcome (`骨科门诊欢迎您！`): its promotion over its roster, no text a doctor signs. */
const WELCOME_RE = /欢迎(?:您|你|来电|咨询|预约|就诊|光临)/u;
/** A byline naming the text's writer (`文／…`, `撰文：…`, `作者：…`, `□ …`). */
const BYLINE_RE = /^(?:[□■◎]|文\s*[/／:：]|(?:作者|撰文|撰稿|口述|供稿)\s*[/／:：])\s*\S/u;
/** A short line with a title and no sentence: a card printed above the text. */
const isCardLine = (text: string) => text.length <= 40 && !PROSE_RE.test(text) && !isRosterLabelled(text) && TITLE_RE.test(text);
const TITLES_RE = new RegExp(TITLE_RE.source, 'gu');
const titlesIn = (text: string) => text.match(TITLES_RE)?.length ?? 0;
/**
 * Whether the card element holds such a line (isRosterLine) and its doctor's title only there: a card printing the doctor's
 * title on a line of its own, the doctor's own session under it (`李明` / `主任医师` / `出诊医生：李明 周三上午`), is the card.
 */
export function inClinicRoster(blocks: readonly Block[], card: Element): boolean {
  const lines = blocks.flatMap((b, i) => (inside(b.node, card) ? [i] : []));
  const roster = lines.filter((i) => isRosterLine(blocks, i));
  return roster.length > 0 && !lines.some((i) => !roster.includes(i) && TITLE_RE.test(blocks[i]!.text) && !HOURS_LABEL_RE.test(blocks[i]!.text.trim()));
}
