import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../lines/html-lines.js';
import { inside } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';
import { isChatSeparator } from './chat-days.js';

/**
 * A consultation's record printed as its chat, no speaker named in the text (an internet hospital's 咨询记录:
 * the doctor's card on top, then the chat): the chat opens with its day stamp and the asker's first
 * message — the question its first line, the rest of its bubble the asker's own words (`<br>` a line of
 * their own). The stamp over that message dates the asking, none of the answer. A short thanks addressed to
 * the doctor (`好的，谢谢医生`) between the doctor's messages is the asker's too: no doctor thanks themself. So is
 * every message whose row is shaped as the asker's first (`嗯嗯`, a follow-up), where the doctor's rows are shaped otherwise.
 */

/** A line that is a day and time alone (a chat's stamp), no label. */
export function isDayStamp(text: string): boolean {
  const meta = text.length <= 24 ? readMetaLine(text) : null;
  return meta !== null && meta.metaOnly && meta.dates.length === 1 && /^\s*\d/u.test(text);
}

/** The asker's thanks to the doctor, alone in a message. */
const THANKS_DOCTOR_RE = /^(?:好的?|嗯+|哦+|明白了?|知道了|收到了?|了解了?|懂了)?[，,、\s]*(?:谢谢|感谢|多谢)(?:您|你)?(?:了)?(?:医生|大夫|主任|老师)(?:了)?[!！。~～]*$/u;

const BLOCK_TAGS = new Set(['div', 'p', 'li', 'dd', 'td', 'section', 'article', 'blockquote']);

/** The box a message's line stands in: its nearest block element (not answer-zone.ts's boxOf, the card and question's common box). */
function messageBoxOf(node: AnyNode | null): Element | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && !BLOCK_TAGS.has((el as Element).name)) el = el.parent;
  return el && el.type === 'tag' ? (el as Element) : null;
}

/**
 * A class naming a chat's side (`cs-patient`, `line-me`, `msg-right`, `bubble_doctor`, `isSelf`): one of its words (split at
 * `-`, `_` and a capital) is a speaker's or a side's.
 */
const SIDE_WORD_RE =
  /^(?:patient|patients|user|users|me|my|mine|self|own|you|other|others|left|right|send|sender|sent|receive|receiver|received|recv|from|to|ask|asker|question|answer|answerer|reply|doctor|doctors|doc|dr|expert|customer|client|visitor|member|guest|service|staff|hz|ys|huanzhe|yisheng|kh|kf)$/iu;
export const namesSide = (cls: string) => cls.split(/[-_]+|(?<=[a-z])(?=[A-Z])/u).some((word) => SIDE_WORD_RE.test(word));

/** A chat's stamp printing the month and day and the time, no year (`06-30 18:40`), as an app's chat prints one. */
const isMonthDayStamp = (text: string) => isChatSeparator(text) && /^\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}\s*$/u.test(text);

const classesOf = (row: Element) => (row.attribs['class'] ?? '').trim().split(/\s+/u).filter(Boolean).sort().join(' ');
/**
 * Two rows' classes each naming a side the other does not (`patient` against `doctor`, `left` against `right`): a forum's floor
 * classed `reply` beside one classed by nothing is no side apart.
 */
function sideWordsApart(a: string, b: string): boolean {
  const mine = new Set(a.split(' ').filter(Boolean));
  const theirs = new Set(b.split(' ').filter(Boolean));
  return [...mine].some((c) => !theirs.has(c) && namesSide(c)) && [...theirs].some((c) => !mine.has(c) && namesSide(c));
}

/** How many messages a chat holds at least. */
const MIN_ROWS = 3;

/** The shape of a message's row: the tags of its elements in order (`div` a bubble alone, `img,div` a picture beside one). */
const shapeOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'tag').map((c) => c.name).join(',');

/**
 * The chat's list around the question (its nearest ancestor holding MIN_ROWS elements with lines among question..end) and the
 * question's row in it; null where none.
 */
function chatOf(blocks: readonly Block[], question: number, end: number): { list: Element; row: Element } | null {
  let row: AnyNode | null = blocks[question]!.node;
  for (let list = row?.parent ?? null; list && list.type === 'tag'; row = list, list = list.parent) {
    const el = list as Element;
    if (el.name === 'body') return null;
    const rows = el.children.filter((c) => c.type === 'tag' && blocks.some((b, i) => i >= question && i < end && inside(b.node, c as Element)));
    if (rows.length >= MIN_ROWS) return row?.type === 'tag' ? { list: el, row: row as Element } : null;
  }
  return null;
}

/**
 * Where the question opens a chat under its day stamp: the stamp's line, the lines of the asker's first message after
 * the question, and the asker's thanks among lines up to `end`. Null where the question stands under no stamp.
 */
export function chatRecordAsker(blocks: readonly Block[], question: number, end: number): { stamp: number; asker: number[] } | null {
  // A message is no heading: a heading under a day line is a page's title under its date or a list's last item.
  if (question === 0 || blocks[question]!.heading || !(isDayStamp(blocks[question - 1]!.text) || isMonthDayStamp(blocks[question - 1]!.text))) return null;
  const asker: number[] = [];
  const box = messageBoxOf(blocks[question]!.node);
  // The message's box holds the message alone: not the lines to the chat's end.
  if (box && box.name !== 'body' && !inside(blocks[end - 1]!.node, box)) for (let i = question + 1; i < end && inside(blocks[i]!.node, box); i++) asker.push(i);
  for (let i = question + 1; i < end; i++) if (blocks[i]!.chars <= 16 && THANKS_DOCTOR_RE.test(blocks[i]!.text.trim())) asker.push(i);
  // The asker's other messages are rows shaped as their first (a bubble with no picture, where the doctor's have one), where the
  // doctor's rows are shaped otherwise; a chat whose rows are all alike tells no side so.
  const chat = chatOf(blocks, question, end);
  const shape = chat ? shapeOf(chat.row) : '';
  const rowOf = (i: number) => chat!.list.children.find((c) => c.type === 'tag' && inside(blocks[i]!.node, c as Element)) as Element | undefined;
  const answererRow = (i: number) => {
    const row = rowOf(i);
    return row !== undefined && shapeOf(row) !== '' && shapeOf(row) !== shape && /[，,。；;！!？?]/u.test(blocks[i]!.text);
  };
  // Rows classed by their side (`msg patient` / `msg doctor`) tell it first: the rows classed as the question's are the asker's,
  // whatever their shape (a stamp in the answerer's first row shapes it as the asker's first). Under a month-day stamp only they
  // do: a chat of rows alike is shaped so by the stamps in each side's first row.
  const own = chat ? classesOf(chat.row) : '';
  const sideApart = (i: number) => {
    const row = rowOf(i);
    return row !== undefined && sideWordsApart(own, classesOf(row)) && /[，,。；;！!？?]/u.test(blocks[i]!.text);
  };
  if (chat && own !== '' && blocks.some((_, i) => i > question && i < end && sideApart(i))) {
    for (let i = question + 1; i < end; i++) if (rowOf(i) !== undefined && classesOf(rowOf(i)!) === own) asker.push(i);
  } else if (chat && shape !== '' && isDayStamp(blocks[question - 1]!.text) && inside(blocks[question - 1]!.node, chat.list) && blocks.some((_, i) => i > question && i < end && answererRow(i))) {
    for (let i = question + 1; i < end; i++) if (rowOf(i) !== undefined && shapeOf(rowOf(i)!) === shape) asker.push(i);
  }
  return { stamp: question - 1, asker };
}
