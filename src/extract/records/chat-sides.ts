import type { AnyNode, Element } from 'domhandler';
import { findAll } from 'domutils';
import { withoutSelfIntroduction } from '../../core/reply-opening.js';
import type { Block } from '../lines/html-lines.js';
import { findDate, readMetaLine } from '../dates/page-meta.js';
import { isChatSeparator } from './chat-days.js';
import { isConsultJoined } from './consult-title.js';
import { ASKER_ALT_RE } from '../words/asker-words.js';
import { isAutoReply } from './assistant-turns.js';

/**
 * A consultation shared as its chat (an app's share page of a 问药师 / 问医生 talk): each message a row
 * of the speaker's picture beside their bubble, no speaker's name or label in the text. Who speaks is
 * told by the picture: the one the page also shows outside the chat (the answerer's card above it) is
 * the answerer's, the other the asker's, whose bubbles are none of the answer. Only where the rows
 * show two pictures, one of them again outside the chat, is a side told that way (or where the service announces the
 * answerer as they join, joinedSides); a picture whose alt names the asker's side tells theirs too (altSides).
 * The answerer's first bubble greeting the asker with who they are (`您好，我是执业药师王明，很高兴为您服务。`)
 * and their last wishing them well or offering more (`祝您早日康复！`, `请问还有其他问题吗？`) are the chat's
 * courtesies, none of the answer either.
 */

/** How far above a line its message row may stand (the bubble, its text box, a card sent in it). */
const ROW_DEPTH = 5;
/** A closing courtesy: a wish, or an offer to answer more; short, a bubble of its own. */
const COURTESY_RE = /(?:祝(?:您|你)?[^。！!？?，,]{1,10}|(?:请问|您)?还有(?:其他|别的|什么)?(?:问题|疑问|需要(?:帮助|了解|咨询)?的?)(?:吗|么)?)[。！!？?～~]*$/u;
const COURTESY_CHARS = 30;

export interface ChatSides {
  /** Lines in the asker's bubbles. */
  asker: number[];
  /** Lines of the answerer's greeting and closing courtesy. */
  courtesies: number[];
  /** Where a later round of the chat begins after the answer (a separator over the asker's 追问), or null. */
  round?: number | null;
  /** The chat's separators that date the asking rather than the answer. */
  notAnswerDates?: number[];
  /** Whether the sides were told by the asker's first bubble typing the question again (retypedSides). */
  retyped?: boolean;
  /** The separator over the answer that prints a time alone, and the day it is on (the dated separator's above it). */
  timeOnDay?: { line: number; day: string } | null;
}

const pictureOf = (img: Element) => img.attribs['src'] || img.attribs['data-src'] || null;

/** Elements that set a bubble apart from the picture beside it (a picture inside a line of text is an emoji or an icon). */
const BOX_TAGS = new Set(['div', 'p', 'section', 'article', 'blockquote', 'li', 'dd', 'td', 'pre']);

/**
 * The message row a line stands in: its outermost ancestor near it with one picture among its children
 * beside a box holding the line (a card sent in a bubble has a picture of its own, inside the row), and that picture.
 */
export function rowOf(node: AnyNode | null): { row: Element; picture: string; img: Element } | null {
  let found: { row: Element; picture: string; img: Element } | null = null;
  let box: AnyNode | null = node;
  let el = node?.parent ?? null;
  for (let depth = 0; el && el.type === 'tag' && depth < ROW_DEPTH; depth++, box = el, el = el.parent) {
    const pictures = (el as Element).children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'img');
    if (pictures.length > 1) break;
    const picture = pictures.length === 1 ? pictureOf(pictures[0]!) : null;
    if (picture && box?.type === 'tag' && BOX_TAGS.has((box as Element).name)) found = { row: el as Element, picture, img: pictures[0]! };
  }
  return found;
}

function rootOf(node: AnyNode): AnyNode {
  let at = node;
  while (at.parent) at = at.parent;
  return at;
}

/** The sides of a chat of pictured bubbles among the lines after the question (up to `end`); null where none is told. */
export function chatSides(blocks: readonly Block[], question: number, end: number, questionText = ''): ChatSides | null {
  const rows = new Map<number, { row: Element; picture: string; img: Element }>();
  for (let i = question; i < end; i++) {
    const r = rowOf(blocks[i]!.node);
    if (r) rows.set(i, r);
  }
  // The chat is the list holding most rows; a picture's row elsewhere (a banner beside the answer's end) is none of it.
  // Rows, not lines, are counted: a card of two lines beside its picture is one row.
  const byList = new Map<AnyNode | null, Set<Element>>();
  for (const r of rows.values()) byList.set(r.row.parent, (byList.get(r.row.parent) ?? new Set()).add(r.row));
  const list = [...byList].sort((a, b) => b[1].size - a[1].size)[0]?.[0];
  for (const [i, r] of rows) if (r.row.parent !== list) rows.delete(i);
  // The pictures' alt text may name the asker's side too (a third way to tell it): its bubbles are theirs whichever way tells the rest.
  const alt = altSides(blocks, question, end, rows);
  const told = pictureSides(blocks, question, end, rows) ?? retypedSides(blocks, question, questionText, end, rows);
  if (!told || !alt) return told ?? alt;
  const rounds = [told.round, alt.round].filter((r): r is number => r != null);
  return {
    ...told,
    asker: [...new Set([...told.asker, ...alt.asker])].sort((a, b) => a - b),
    round: rounds.length > 0 ? Math.min(...rounds) : null,
    notAnswerDates: [...(told.notAnswerDates ?? []), ...alt.notAnswerDates!],
  };
}

/** The sides told by the pictures themselves: the answerer's announced as they join, or shown again outside the chat. */
function pictureSides(blocks: readonly Block[], question: number, end: number, rows: ReadonlyMap<number, { row: Element; picture: string }>): ChatSides | null {
  const pictures = [...new Set([...rows.values()].map((r) => r.picture))];
  if (pictures.length >= 2 && rows.size >= 3) {
    const joined = joinedSides(blocks, question, end, rows);
    if (joined) return joined;
  }
  if (pictures.length !== 2 || rows.size < 2) return null;
  const rowSet = new Set([...rows.values()].map((r) => r.row));
  const inRow = (img: Element) => {
    for (let el: AnyNode | null = img.parent; el; el = el.parent) if (rowSet.has(el as Element)) return true;
    return false;
  };
  const images = findAll((el) => el.name === 'img', [rootOf(blocks[question]!.node ?? [...rows.values()][0]!.row)]);
  const shownOutside = pictures.filter((p) => images.some((img) => pictureOf(img) === p && !inRow(img)));
  if (shownOutside.length !== 1) return null;
  const answerer = shownOutside[0]!;
  // Two bubbles are a chat only as one opens: the asker's first, the answer under it.
  if (rows.size === 2 && [...rows.values()][0]!.picture === answerer) return null;
  const asker = [...rows].filter(([i, r]) => r.picture !== answerer && i > question).map(([i]) => i);
  const answers = [...rows].filter(([, r]) => r.picture === answerer).map(([i]) => i);
  // The asker's bubble under a later separator asks again (a 追问, worded so or not): the answerer's bubbles after it reply to that.
  // A round begins only once the answer has: after the answerer's first bubble that is no greeting (the asker's `医生您好，麻烦您看看` under it asks nothing again).
  const opening = answers.find((i) => !isGreeting(blocks, i));
  const round = opening !== undefined ? roundAfter(blocks, opening, end, rows, answerer) : null;
  // The closing courtesy is the answer's last bubble before a later round (`还有其他问题吗？` over the 追问).
  return { asker, courtesies: courtesiesOf(blocks, beforeRound(answers, round)), round };
}

/**
 * The sides told by the chat's first bubble typing the page's question again with the asker's own words after it (`{question}
 * 最近一段时间一直这样…`, a record's opening message): its picture is the asker's, the other the answerer's. Only where the rows
 * show two pictures and the answerer's bubbles follow.
 */
function retypedSides(blocks: readonly Block[], question: number, questionText: string, end: number, rows: ReadonlyMap<number, { row: Element; picture: string }>): ChatSides | null {
  const pictures = new Set([...rows.values()].map((r) => r.picture));
  const first = [...rows].find(([i]) => i > question);
  if (pictures.size !== 2 || rows.size < 3 || !first || !retypesQuestion(blocks[first[0]]!.text, questionText)) return null;
  const asking = first[1].picture;
  const answerer = [...pictures].find((p) => p !== asking)!;
  const asker = [...rows].filter(([i, r]) => i > question && r.picture === asking).map(([i]) => i);
  const answers = [...rows].filter(([i, r]) => i > question && r.picture === answerer).map(([i]) => i);
  if (answers.length === 0) return null;
  const opening = answers.find((i) => !isGreeting(blocks, i) && !isAutoReply(blocks[i]!.text)) ?? answers[0]!;
  let round = roundAfter(blocks, opening, end, rows, answerer);
  // A stamp in a bubble's own row (`<div row><img><div>…</div><span>05-06 14:25</span></div>`) dates that bubble: a later round
  // opens with the asker's bubble after it, not at the stamp.
  const stampsItsRow = (i: number) => [...rows.values()].some((r) => isInside(blocks[i]!.node, r.row));
  if (round !== null && stampsItsRow(round)) round = asker.find((i) => i > round!) ?? null;
  // The stamps in the asker's rows and the automatic reply's date those messages (`02-15 21:25` under the opening one), and the
  // separators above the answer's opening bubble but the last the asking: none dates the answer.
  const askerRows = [...asker, ...answers.filter((i) => isAutoReply(blocks[i]!.text))].map((i) => rows.get(i)!.row);
  const separators = blocks.map((_, i) => i).filter((i) => i > question && i < end && isChatSeparator(blocks[i]!.text));
  const inAskerRow = separators.filter((i) => askerRows.some((row) => isInside(blocks[i]!.node, row)));
  const above = separators.filter((i) => i < opening && !inAskerRow.includes(i)).slice(0, -1);
  return { asker, courtesies: courtesiesOf(blocks, beforeRound(answers, round)), round, notAnswerDates: [...inAskerRow, ...above], retyped: true };
}
const isInside = (node: AnyNode | null, el: Element) => {
  for (let at = node?.parent ?? null; at; at = at.parent) if (at === el) return true;
  return false;
};
/**
 * A bubble opening with the question and going on with more words: after a space where the question is short (`早醒严重吗？ 请问…`),
 * or run on where it is long enough not to be a doctor's restating.
 */
function retypesQuestion(text: string, question: string): boolean {
  const [t, q] = [text.trim(), question.trim().replace(/[？?]+$/u, '')];
  if ([...q].length < 4 || !t.startsWith(q)) return false;
  const rest = t.slice(q.length);
  return /^[？?]?[ \u3000\u00a0]+\S/u.test(rest) || ([...q].length >= 6 && /^[？?]?[\p{Script=Han}A-Za-z]/u.test(rest));
}

/**
 * Where a later round of the chat begins: the first separator after the answerer's first bubble with an asker's bubble
 * (any picture but the answerer's) next under it; null where none. The answerer's bubbles after the asker's turn go on
 * with the answer, and no round begins, where that turn only says they follow (`嗯嗯`, `好的医生`), or where it replies to
 * what the answerer's bubble just before it asked them (`发烧吗？` over `没有发烧，就是咳嗽`): the asker was asked, they
 * asked nothing again.
 */
function roundAfter(blocks: readonly Block[], firstAnswer: number, end: number, rows: ReadonlyMap<number, { picture: string }>, answerer: string): number | null {
  const lines = [...rows.keys()];
  for (let i = firstAnswer + 1; i < end; i++) {
    if (!isChatSeparator(blocks[i]!.text)) continue;
    const next = lines.find((j) => j > i);
    if (next === undefined || rows.get(next)!.picture === answerer) continue;
    const reply = lines.find((j) => j > next && rows.get(j)!.picture === answerer);
    if (reply === undefined) return i;
    const turn = lines.filter((j) => j >= next && j < reply && rows.get(j)!.picture !== answerer);
    // A turn of the asker's that only says they follow asks nothing.
    if (turn.every((j) => ACKNOWLEDGEMENT_RE.test(blocks[j]!.text.trim()))) continue;
    // Nor does one under the answerer's question to them: it answers it.
    const asked = lines.findLast((j) => j < next && rows.get(j)!.picture === answerer);
    if (asked !== undefined && asksTheAsker(blocks[asked]!.text)) continue;
    return i;
  }
  return null;
}
/** A bubble that only says the asker follows, no thanks and no question: `嗯嗯`, `好的`, `好的医生`, `收到`, `明白了`. */
const ACKNOWLEDGEMENT_RE = /^(?:好的?|好滴|嗯+|哦+|噢+|ok|收到|明白了?|知道了|了解了?|懂了)(?:[，,、\s]*(?:好的?|嗯+|哦+|收到|明白了?|知道了|了解了?|医生|大夫|您说|你说))*[。！!~～…]*$/iu;

/**
 * Whether the answerer's bubble ends asking the asker something (`发烧吗？`, `孩子多大了？`, `有没有其他症状？`): not a closing
 * offer to answer more (`还有其他问题吗？`, `还有什么需要帮助的吗？`, which a new question answers), nor a check that they
 * follow (`好吗？`, `明白了吗？`), which a new question does not answer either.
 */
function asksTheAsker(text: string): boolean {
  const t = text.trim();
  return ASKS_RE.test(t) && !OFFER_RE.test(t) && !CHECK_RE.test(t);
}
const ASKS_RE = /(?:[？?]|[吗呢])[。～~\s]*$/u;
/** An offer to answer more, in its last sentence. */
const OFFER_RE = /(?:还有|有没有|是否还有)(?:其他|别的|什么|其它)?(?:问题|疑问|需要|不明白|不清楚|不懂|想问|要问|想了解|要了解|想咨询|要咨询|可以帮|能帮)[^。！!？?]*[？?。～~\s]*$/u;
/** A check that the asker follows or agrees, closing the bubble. */
const CHECK_RE = /(?:好吗|好不好|可以吗|行吗|对吗|是吧|明白(?:了)?吗|知道(?:了)?吗|清楚(?:了)?吗|懂(?:了)?吗|了解(?:了)?吗)[？?。～~\s]*$/u;
const beforeRound = (answers: readonly number[], round: number | null) => (round === null ? answers : answers.filter((i) => i < round));

/** A greeting that says who answers and nothing else (`您好，我是执业药师王明，很高兴为您服务。`). */
const isGreeting = (blocks: readonly Block[], line: number) => withoutSelfIntroduction(blocks[line]!.text).replace(/^(?:您好|你好)[，,！!。]?/u, '').trim() === '';

/** The answerer's greeting (its first bubble) and closing courtesy (its last), among the lines of its bubbles. */
function courtesiesOf(blocks: readonly Block[], answers: readonly number[]): number[] {
  const courtesies: number[] = [];
  const first = answers[0];
  if (first !== undefined && isGreeting(blocks, first)) courtesies.push(first);
  const last = answers.at(-1);
  const text = last === undefined ? '' : blocks[last]!.text.trim();
  if (last !== undefined && last !== first && [...text].length <= COURTESY_CHARS && COURTESY_RE.test(text)) courtesies.push(last);
  return courtesies;
}

/**
 * A chat whose service announces who answers as they join it (`王明医生已接诊`, a report-reading or consulting app's chat
 * saved from its web-view): the asker's picture is the one beside the question's bubble; the answerer's, the first other
 * picture after the notice. Any other picture's bubbles (an `AI初步解读` before the doctor came, an assistant's) are no
 * answerer's, nor the asker's later ones. A separator line (a new time) over an asker's bubble after the answer opens a
 * later round (a 追问 and its 追答): the answer has ended. The separators above the answerer's first bubble date the
 * asking, but the last (a time alone keeps the day of the dated one above it). Null where no notice, or no side, is told.
 */
function joinedSides(blocks: readonly Block[], question: number, end: number, rows: ReadonlyMap<number, { picture: string }>): ChatSides | null {
  const asking = rows.get(question)?.picture;
  const notice = blocks.findIndex((b, i) => i > question && i < end && isConsultJoined(b.text));
  if (asking === undefined || notice === -1) return null;
  const answerer = [...rows].find(([i, r]) => i > notice && r.picture !== asking)?.[1].picture;
  if (answerer === undefined) return null;
  const answers = [...rows].filter(([, r]) => r.picture === answerer).map(([i]) => i);
  const asker = [...rows].filter(([i, r]) => i > question && r.picture !== answerer).map(([i]) => i);
  const firstAnswer = answers[0]!;
  // A later round: a separator after the answer's first bubble with an asker's bubble under it.
  const round = roundAfter(blocks, answers.find((i) => !isGreeting(blocks, i)) ?? firstAnswer, end, rows, answerer);
  const separators = blocks.map((b, i) => i).filter((i) => i > 0 && i < firstAnswer && isChatSeparator(blocks[i]!.text));
  const notAnswerDates = separators.slice(0, -1);
  // A time alone over the answer is on the day of the dated separator above it (which may stand over the question): that day.
  const last = separators.at(-1);
  const above = last !== undefined && TIME_ALONE_RE.test(blocks[last]!.text.trim()) ? notAnswerDates.findLast((i) => readMetaLine(blocks[i]!.text).dates.length > 0) : undefined;
  const day = above === undefined ? null : findDate(blocks[above]!.text);
  return { asker, courtesies: courtesiesOf(blocks, beforeRound(answers, round)), round, notAnswerDates, timeOnDay: day === null ? null : { line: last!, day } };
}
const TIME_ALONE_RE = /^\d{1,2}[:：]\d{2}$/u;

/**
 * A chat whose bubbles' pictures say in their alt text who speaks (`<img alt="患者">` beside the asker's bubble, the doctor's
 * name beside theirs): the asker's bubbles are the asking, none of the answer, whatever the pictures' addresses (an app may
 * serve each avatar from an address of its own). Only the asker's side word is taken as theirs (asker-words.ts); a name in
 * the alt tells nothing alone. The chat's separators (its day lines) above the asker's opening bubbles date the asking where
 * another stands between those bubbles and the reply; a separator after the reply over an asker's bubble opens a later round
 * (a 追问): the answer has ended there. Null where no alt names the asker.
 */
function altSides(blocks: readonly Block[], question: number, end: number, rows: ReadonlyMap<number, { img: Element }>): ChatSides | null {
  const asker = [...rows].filter(([i, r]) => i > question && ASKER_ALT_RE.test((r.img.attribs['alt'] ?? '').trim())).map(([i]) => i);
  if (asker.length === 0) return null;
  const isAsker = new Set(asker);
  const separator = (i: number) => isChatSeparator(blocks[i]!.text);
  // The reply: the first line after the asker's opening bubbles that is neither theirs nor a separator.
  let reply = -1;
  for (let i = asker[0]! + 1; i < end && reply === -1; i++) if (!isAsker.has(i) && !separator(i)) reply = i;
  if (reply === -1) return { asker, courtesies: [], notAnswerDates: [], round: null };
  const separators: number[] = [];
  for (let i = question + 1; i < reply; i++) if (separator(i)) separators.push(i);
  const lastAsking = asker.filter((i) => i < reply).at(-1)!;
  const notAnswerDates = separators.length > 1 && separators.at(-1)! > lastAsking ? separators.slice(0, -1) : [];
  let round: number | null = null;
  for (let i = reply + 1; i < end && round === null; i++) {
    if (!separator(i)) continue;
    let next = i + 1;
    while (next < end && separator(next)) next++;
    if (isAsker.has(next)) round = i;
  }
  return { asker, courtesies: [], notAnswerDates, round };
}
