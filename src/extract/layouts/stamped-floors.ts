import type { AnyNode } from 'domhandler';
import { isName } from '../words/card-words.js';
import { parseCardParts } from '../card/card-parts.js';
import { isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { findDate } from '../dates/page-meta.js';
import { inside, isBlockElement, type Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { DOCTOR_BADGE_RE } from './forum-floors.js';
import { EDIT_NOTE_RE } from '../words/furniture-lines.js';
import { textContent } from 'domutils';
import { verifiedLine } from '../words/verified-line.js';
import { isAdLine } from '../words/answer-extras.js';

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
/** How many lines a poster's column may hold (nickname, group, a few counters, a profile's fields). */
const COLUMN_MAX = 20;
/** A profile's labelled field in the column (`真实姓名` over `乔琳佳`, `所在医院` over the hospital), label and value a line each. */
const PROFILE_LABEL_RE = /^(?:真实姓名|姓名|职称|职务|所在医院|医院|单位|所在单位|科室|所在科室|等级|医院等级)$/u;
/** A rating of the floor in its column (`精华 +1 参与人数 3 威望 +15`). */
const RATING_RE = /^(?:\S{1,4}\s*[+-]\s*\d+\s*)?参与人数\s*\d+/u;
/** A floor's row of buttons (`回复 引用 评分 举报`), linked or not: no column's line, no answer's. */
const ACTION_ROW_RE = /^(?:(?:回复|引用|评分|举报|分享|收藏|支持|反对|只看该作者|使用道具|点评|编辑|删除)\s*[|｜]?\s*)+$/u;
/** A forum's group of the experts it invites to answer (a patients' board's 专家团): its members are doctors. */
const EXPERT_GROUP_RE = /^(?:专家团|专家组)(?:成员)?$/u;
/** The column's labelled user group (`用户组：初级会员`, Discuz's): a line of the column. */
const USER_GROUP_RE = /^用户组\s*[:：]\s*\S{1,12}$/u;
/** A user group of the board's verified medical staff (`用户组：认证医护`, `认证药师`, `专家团`): its members are doctors or pharmacists. */
const STAFF_GROUP_RE = /^用户组\s*[:：]\s*(?:认证(?:医护|医生|医师|药师|专家)|(?:医护|医生|医师|药师)认证|专家团|专家组)$/u;

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

/** Whether line i can stand in a poster's column: a short link (the nickname, a linked counter or group), a counter, a badge or group, a verification, a rating, a profile's field. */
function inColumn(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i]!;
  const text = b.text.trim();
  if (ACTION_ROW_RE.test(text)) return false;
  if (verifiedLine(text) !== null || RATING_RE.test(text) || USER_GROUP_RE.test(text)) return true;
  if (PROFILE_LABEL_RE.test(blocks[i - 1]?.text.trim() ?? '') && b.chars <= 30 && !PROSE_RE.test(text)) return true;
  if (b.chars > 0 && b.linkChars === b.chars && b.chars <= 16) return true;
  return b.chars <= 12 && !PROSE_RE.test(text) && (COLUMN_FIELD_RE.test(text) || DOCTOR_BADGE_RE.test(text) || /^\p{Script=Han}{2,6}$/u.test(text));
}

/**
 * Where the poster's column over the floor head `head` begins: its nickname's link at its top. The counters and group may be
 * links too (Discuz! X), so the column is walked up to its first line that no column holds (the row of buttons under the floor
 * above, its text), and its top link taken; a column with no link begins at its top line.
 */
function columnStart(blocks: readonly Block[], head: number, floor: number): number {
  let top = head;
  for (let i = head - 1; i > floor && head - i <= COLUMN_MAX && inColumn(blocks, i); i--) top = i;
  for (let i = top; i < head; i++) if (blocks[i]!.chars > 0 && blocks[i]!.linkChars === blocks[i]!.chars) return i;
  return top;
}

/** The card a column prints: its verification line (`实名认证：hospital grade department title`), else its profile's labelled fields. */
function columnCard(blocks: readonly Block[], from: number, to: number) {
  for (let i = from; i < to; i++) {
    const certified = verifiedLine(blocks[i]!.text);
    if (certified !== null) return parseCardParts(certified.split(/\s+/u));
  }
  const fields = [];
  for (let i = from; i + 1 < to; i++) if (PROFILE_LABEL_RE.test(blocks[i]!.text.trim())) fields.push(`${blocks[i]!.text.trim()}：${blocks[i + 1]!.text.trim()}`);
  return fields.length >= 2 ? parseCardParts(fields) : null;
}

/** Where a floor's text ends before `to`: a heading, a line mostly links (a row of buttons, the footer's `小黑屋|手机版`), a list's label. */
function lastFloorEnd(blocks: readonly Block[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (insideFloorQuote(b.node)) continue;
    if (b.heading || (b.chars > 0 && 2 * b.linkChars >= b.chars) || isRelatedLabel(b.text.trim()) || ACTION_ROW_RE.test(b.text.trim())) return i;
  }
  return to;
}

/**
 * Whether a nickname (its calling dropped) names the card's doctor: the name itself, or the department and the surname as a
 * hospital's board calls its doctors (`皮肤科沈大夫` for 皮肤科's 沈涛文).
 */
function callsByName(nick: string, card: { name: string | null; department: string | null }): boolean {
  if (nick === card.name) return true;
  return card.name !== null && card.department !== null && nick === `${card.department}${card.name.slice(0, 1)}`;
}

/**
 * Where the floor's own box ends before `to`: the widest element around its head that holds no earlier floor's (its table, its
 * `div#post_…`). The last floor's text ends there, before the page's foot (`Powered by Discuz!`); floors printed flat in one
 * element have no box of their own: `to`.
 */
function floorBoxEnd(blocks: readonly Block[], before: number, head: number, to: number): number {
  let box = blocks[head]!.node?.parent ?? null;
  if (!box || inside(blocks[before]!.node, box)) return to;
  while (box.parent && !inside(blocks[before]!.node, box.parent)) box = box.parent;
  for (let i = head + 1; i < to; i++) if (blocks[i]!.node && !inside(blocks[i]!.node, box)) return i;
  return to;
}

/**
 * Where the floor's signature starts among its lines, past the box that holds the text's first line (the widest element round
 * it that holds no stamp), or 0 (none). Only where that box holds the first line's paragraph as an element of its own (a
 * floor's text box, not the paragraph itself), and the lines outside it are the floor's last one or two, short, no heading.
 */
function signatureTail(blocks: readonly Block[], stamp: number, lines: readonly number[]): number {
  if (lines.length < 2) return 0;
  const first = blocks[lines[0]!]!.node;
  let own = first?.parent ?? null;
  while (own && !isBlockElement(own)) own = own.parent;
  if (!own || inside(blocks[stamp]!.node, own)) return 0;
  let box: AnyNode = own;
  while (box.parent && !inside(blocks[stamp]!.node, box.parent)) box = box.parent;
  if (box === own) return 0;
  const at = lines.findIndex((i) => !inside(blocks[i]!.node, box));
  if (at <= 0 || lines.length - at > 2) return 0;
  return lines.slice(at).every((i) => blocks[i]!.chars <= 40 && !blocks[i]!.heading) ? at : 0;
}
/** Whether a line is a signature's card (a title and the hospital, no sentence): read as the card below, not cut here. */
function signsWithCard(blocks: readonly Block[], line: number): boolean {
  const text = blocks[line]!.text;
  if (PROSE_RE.test(text)) return false;
  const parts = parseCardParts(text.trim().split(/\s+/u));
  return Boolean(parts.hospital && (parts.title || parts.department));
}

/** The doctor's floor of a thread of column-headed floors under the question, read as a record; null where the page is no such thread. */
export function stampedFloors(blocks: readonly Block[], question: { index: number; text: string }): BoardRecord | null {
  const heads = blocks.flatMap((_, i) => (i > question.index && isFloorHead(blocks, i) ? [i] : []));
  if (heads.length < 2) return null;
  const columns = heads.map((h, k) => columnStart(blocks, h, k === 0 ? question.index : heads[k - 1]! + 1));
  // A column marks a doctor by a badge alone on its line, the board's expert group, or the platform's verification of a card.
  const marks = (b: Block) =>
    (b.chars <= 8 && DOCTOR_BADGE_RE.test(b.text) && b.text.replace(DOCTOR_BADGE_RE, '') === '') || EXPERT_GROUP_RE.test(b.text.trim()) || STAFF_GROUP_RE.test(b.text.trim()) || verifiedLine(b.text) !== null;
  const certified = heads.map((h, k) => blocks.slice(columns[k], h).some(marks));
  const nickOf = (k: number) => blocks[columns[k]!]!.text.trim();
  const doctors = new Set(heads.flatMap((_, k) => (certified[k] ? [nickOf(k)] : [])));
  // The asker's own floor is the question's; no doctor, or several: the thread does not say whose words answer.
  if (doctors.size !== 1 || certified[0]) return null;
  const k = certified.indexOf(true);
  const from = heads[k]! + 2;
  // The floor's text ends at the next poster's column, or at a row of links under it (`回复 引用 评分 举报`, the footer's).
  const to = floorBoxEnd(blocks, heads[k - 1]!, heads[k]!, lastFloorEnd(blocks, from, k + 1 < heads.length ? columns[k + 1]! : blocks.length));
  const lines = Array.from({ length: Math.max(0, to - from) }, (_, j) => from + j).filter((i) => blocks[i]!.text.trim() !== '' && !insideFloorQuote(blocks[i]!.node) && !isFloorNote(blocks[i]!.text.trim()));
  // The signature's clinic hours and invitation after its card (`门诊时间：每周四上午`, `欢迎来院复诊`): none of the answer.
  while (lines.length > 1 && isAdLine(blocks[lines.at(-1)!]!.text)) lines.pop();
  // The poster's signature in a box of its own under the floor's text box (`<div class="sign">有问题欢迎发帖…</div>`): the line it
  // shows under every post, none of the answer. Cut only where the text has a box of its own (no paragraph printed flat in the
  // floor's cell), a short tail: a card there is read as the signature's card below.
  const signature = signatureTail(blocks, heads[k]! + 1, lines);
  if (signature > 0 && !signsWithCard(blocks, lines.at(-1)!)) lines.splice(signature);
  // The signature closing the floor's text: a title and the hospital the doctor works at, nothing of a sentence; where the
  // column prints the card (a verification, a profile), a department and the hospital too. A floor closed otherwise
  // (no card in the column, none signed) is left to the page's reader.
  const sign = lines.at(-1);
  const signed = sign !== undefined && !PROSE_RE.test(blocks[sign]!.text) ? parseCardParts(blocks[sign]!.text.trim().split(/\s+/u)) : null;
  const ownCard = columnCard(blocks, columns[k]!, heads[k]!);
  const signs = Boolean(signed?.hospital && (signed.title || signed.department));
  const card = ownCard?.hospital && ownCard.title ? ownCard : signs ? signed : null;
  if (!card) return null;
  const answerLines = signs ? lines.slice(0, -1) : lines;
  if (answerLines.length === 0) return null;
  const nick = nickOf(k).replace(/(?:医生|大夫|医师)$/u, '');
  const name = card.name ?? (isName(nick) ? nick : null);
  if (name === null) return null;
  const doubts = card.name && isName(nick) && !callsByName(nick, card) ? ['the signature names another doctor than the floor’s poster'] : [];
  return {
    question: { index: question.index, text: question.text },
    paragraphs: answerLines.map((i) => blocks[i]!.text.trim()),
    answerLines,
    doctor: { ...card, name },
    date: findDate(blocks[heads[k]! + 1]!.text),
    doubts,
  };
}
