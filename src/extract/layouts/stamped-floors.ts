import type { AnyNode } from 'domhandler';
import { isName } from '../words/card-words.js';
import { parseCardParts } from '../card/card-parts.js';
import { isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { findDate } from '../dates/page-meta.js';
import type { Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { DOCTOR_BADGE_RE } from './forum-floors.js';
import { EDIT_NOTE_RE } from '../words/furniture-lines.js';
import { textContent } from 'domutils';

/**
 * A forum thread whose floors are each headed by the poster's column and the floor's stamp (Discuz! and the boards built
 * like it): the column (the nickname's link, the user group or badge, counters: `积分 4473`, `帖子 507`), then the floor's
 * name (楼主, 沙发, 板凳, 地板, `5#`) and `发表于 2023-5-6 14:22`, then the floor's text, perhaps a signature under it. 楼主 asks
 * on the first floor, members chime in (同问, 帮顶), the asker thanks; the answer is the floor of the one poster whose column
 * marks a doctor (`认证医师`), dated by its stamp. A quote of another floor at its head (`<blockquote>`: `nick 发表于 …` and
 * the quoted lines) is none of it; a signature under it naming a title and a hospital or department
 * (`{hospital} {department} {title} {name}`) is the card, none of the answer. Where no column or several posters' columns
 * mark a doctor, no floor is read as the answer here.
 */

/** A floor's name alone on its line, as the thread numbers its floors. */
const FLOOR_NAME_RE = /^(?:楼主|沙发|板凳|地板|地下室|\d{1,4}\s*[#楼])$/u;
/** The floor's stamp under its name. */
const POSTED_RE = /^发表于\s*\S/u;
/** A poster column's counters and fields (`积分`, `4473`, `帖子`, `注册时间`…), as label and value each on a line of its own. */
const COLUMN_FIELD_RE = /^(?:积分|帖子|主题|精华|金钱|威望|贡献|贡献值|在线时间|注册时间|最后登录|阅读权限|听众|好友|UID|\d[\d,.]*(?:\s*(?:小时|分钟))?)$/u;
/** How many lines a poster's column may hold (nickname, group, a few counters). */
const COLUMN_MAX = 14;

const isFloorHead = (blocks: readonly Block[], i: number) =>
  blocks[i]!.chars <= 6 && FLOOR_NAME_RE.test(blocks[i]!.text.trim()) && POSTED_RE.test(blocks[i + 1]?.text.trim() ?? '');

/** How a quote of another floor opens (`小dea2 发表于 2021-3-3 08:23`, Discuz's older `原帖由 小dea2 于 2021-3-3 08:23 发表`). */
const FLOOR_QUOTE_HEAD_RE = /^(?:\S{1,20}\s*发表于\s*\d|原帖由\s*\S{1,20}\s*于\s*\d.{0,20}发表)/u;
/**
 * A quote of another floor: a `<blockquote>` its quoted floor's head opens. A blockquote opened otherwise is the doctor quoting
 * (a guideline, a book): the answer's own lines.
 */
function insideFloorQuote(node: AnyNode | null): boolean {
  for (let el = node?.parent; el && el.type === 'tag'; el = el.parent) {
    if ((el as { name?: string }).name === 'blockquote') return FLOOR_QUOTE_HEAD_RE.test(textContent(el).trim());
  }
  return false;
}
/** The floor's own furniture over its text: Discuz's `回复 1# 小dea2` (whom it replies to) and its edit note (`本帖最后由 … 编辑`). */
const REPLY_HEAD_RE = /^(?:回复|回覆|引用)\s*\d{1,4}\s*[#楼]\s*\S{0,20}$/u;
const isFloorNote = (text: string) => REPLY_HEAD_RE.test(text) || EDIT_NOTE_RE.test(text);

/** Where the poster's column over the floor head `head` begins: its nickname's link, counters and badge lines up to it. */
function columnStart(blocks: readonly Block[], head: number, floor: number): number {
  let start = head;
  for (let i = head - 1; i > floor && head - i <= COLUMN_MAX; i--) {
    const b = blocks[i]!;
    const text = b.text.trim();
    const nick = b.chars > 0 && b.linkChars === b.chars && b.chars <= 16;
    if (nick) return i;
    if (b.chars <= 12 && !PROSE_RE.test(text) && (COLUMN_FIELD_RE.test(text) || DOCTOR_BADGE_RE.test(text) || /^\p{Script=Han}{2,6}$/u.test(text))) start = i;
    else break;
  }
  return start;
}

/** Where a floor's text ends before `to`: a heading, a line mostly links (a row of buttons, the footer's `小黑屋|手机版`), a list's label. */
function lastFloorEnd(blocks: readonly Block[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (insideFloorQuote(b.node)) continue;
    if (b.heading || (b.chars > 0 && 2 * b.linkChars >= b.chars) || isRelatedLabel(b.text.trim())) return i;
  }
  return to;
}

/** The doctor's floor of a thread of column-headed floors under the question, read as a record; null where the page is no such thread. */
export function stampedFloors(blocks: readonly Block[], question: { index: number; text: string }): BoardRecord | null {
  const heads = blocks.flatMap((_, i) => (i > question.index && isFloorHead(blocks, i) ? [i] : []));
  if (heads.length < 2) return null;
  const columns = heads.map((h, k) => columnStart(blocks, h, k === 0 ? question.index : heads[k - 1]! + 1));
  const certified = heads.map((h, k) => blocks.slice(columns[k], h).some((b) => b.chars <= 8 && DOCTOR_BADGE_RE.test(b.text) && b.text.replace(DOCTOR_BADGE_RE, '') === ''));
  const nickOf = (k: number) => blocks[columns[k]!]!.text.trim();
  const doctors = new Set(heads.flatMap((_, k) => (certified[k] ? [nickOf(k)] : [])));
  // The asker's own floor is the question's; no doctor, or several: the thread does not say whose words answer.
  if (doctors.size !== 1 || certified[0]) return null;
  const k = certified.indexOf(true);
  const from = heads[k]! + 2;
  // The floor's text ends at the next poster's column, or at a row of links under it (`回复 引用 评分 举报`, the footer's).
  const to = lastFloorEnd(blocks, from, k + 1 < heads.length ? columns[k + 1]! : blocks.length);
  const lines = Array.from({ length: Math.max(0, to - from) }, (_, j) => from + j).filter((i) => blocks[i]!.text.trim() !== '' && !insideFloorQuote(blocks[i]!.node) && !isFloorNote(blocks[i]!.text.trim()));
  // The signature closing the floor's text: a title and the hospital the doctor works at, nothing of a sentence. A floor
  // closed otherwise (a signature of clinic hours under the card, none at all) is left to the page's reader.
  const sign = lines.at(-1);
  const card = sign !== undefined && !PROSE_RE.test(blocks[sign]!.text) ? parseCardParts(blocks[sign]!.text.trim().split(/\s+/u)) : null;
  if (!card?.title || !card.hospital) return null;
  const answerLines = lines.slice(0, -1);
  if (answerLines.length === 0) return null;
  const nick = nickOf(k).replace(/(?:医生|大夫|医师)$/u, '');
  const name = card.name ?? (isName(nick) ? nick : null);
  if (name === null) return null;
  const doubts = card.name && isName(nick) && card.name !== nick ? ['the signature names another doctor than the floor’s poster'] : [];
  return {
    question: { index: question.index, text: question.text },
    paragraphs: answerLines.map((i) => blocks[i]!.text.trim()),
    answerLines,
    doctor: { ...card, name },
    date: findDate(blocks[heads[k]! + 1]!.text),
    doubts,
  };
}
