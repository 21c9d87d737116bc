import { textContent } from 'domutils';
import type { AnswerFormat, Doctor } from '../../schema/entry.js';
import { cardShapeDoubts, withoutPostAsTitle } from '../card/doctor-card.js';
import { isName } from '../words/card-words.js';
import { parseCardParts } from '../card/card-parts.js';
import { noDoctor } from '../draft.js';
import { englishMeta } from '../dates/english-meta.js';
import { HOSPITAL_RE, isDisclaimer, labelledQuestion, TITLE_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { findDate, formatFromLabel } from '../dates/page-meta.js';
import { isQuotedLine, quoteHead } from '../words/quoted-original.js';
import { isReplySubject, withoutReplyMark } from '../words/reply-subject.js';
import { isSalutation } from '../words/reply-form.js';

/**
 * A reply as mail and BBSes print it: a header of labelled fields (who sent it, the subject, when; a webmail's
 * `发件人：` / `单位：` / `发送时间：` / `收件人：` under the subject, a telnet BBS article's `发信人: id (nick), 信区: …` /
 * `标  题: Re: …` / `发信站: 站名 (Sat May  6 14:22:31 2023), 站内`), the reply's lines, the writer's signature
 * (under `--`, the sign-off `——王芳`, or the sender's name alone, and the card lines after it), the message it
 * answers quoted (quoted-original.ts), and a BBS's `※ 来源:` / `※ 修改:` lines. The question is the subject without
 * its reply mark (reply-subject.ts); the answer the reply's own lines; the card the sender's fields (a BBS's sender
 * is an account and its nickname: there, the signature's); the date the day it was sent, the original's none.
 */

type Field = 'sender' | 'subject' | 'time' | 'recipient' | 'unit' | 'way' | 'board';
const FIELD_LABELS: ReadonlyArray<[Field, RegExp]> = [
  // 批踢踢's 作者 is the sender's where it names an account (`id (nick)`): see fieldOf.
  ['sender', /^(?:发信人|发件人|寄件人|发送人|作者|From)$/iu],
  ['subject', /^(?:标题|主题|Subject)$/iu],
  // A BBS's 发信站 names the site and, in brackets, when the article was posted; 批踢踢's 時間 the stamp alone.
  ['time', /^(?:发信站|发送时间|发件时间|发信时间|寄件时间|时间|Date|Sent)$/iu],
  // The board it was posted on (批踢踢's 看板, a telnet BBS's 信区 on its own line).
  ['board', /^(?:看板|信区)$/u],
  ['recipient', /^(?:收件人|收信人|抄送|To|Cc)$/iu],
  ['unit', /^(?:单位|所在单位|工作单位|所在医院)$/u],
  ['way', /^(?:回复方式|回复形式|答复方式)$/u],
];
/** A sender's field, told cheaply: most pages have none (批踢踢's label stands in an element of its own, no colon after it). */
const SENDER_RE = /^\s*(?:(?:发信人|发件人|寄件人|发送人|From)\s*[:：]|作者)/iu;
/** A label (spaces inside it, as a BBS pads `标  题`) and its value on the line. */
const FIELD_RE = /^([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z ]{0,6}?)\s*[:：]\s*(.*)$/u;
/** A BBS account's sender: its id and nickname (`neike1147 (杜桂琪)`), nobody's card. */
const ACCOUNT_RE = /^[\w.-]+\s*[(（][^)）]*[)）]/u;
/** A line between the header's fields without a label (`骨科｜青川市医科大学附属医院`): a field of the sender's card. */
const SHORT_FIELD_CHARS = 40;
/** How far above the sender's field the subject may stand (its heading). */
const SUBJECT_ABOVE = 2;
/** A C library's stamp (`Sat May  6 14:22:31 2023`), as telnet BBSes print when an article was posted. */
const CTIME_RE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+(\d{4})\b/u;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The signature's delimiter (`--`, mail's `-- `) or a sign-off (`——王芳`, `-- 贾娟清`): the rest is the writer's card. */
const SIGN_OFF_RE = /^(?:--|——|—|－－)\s*(.*)$/u;
/** A BBS's lines after the article (`※ 来源:·站名 …[FROM: 1.2.3.*]`, `※ 修改:·id 于 … 修改本文`): the site's, none of the reply. */
const ORIGIN_LINE_RE = /^※/u;
/** A message's buttons (回复 | 转发 | 删除, a BBS's 回复 | 转载). */
const BUTTONS_RE = /^(?:(?:回复|转发|转载|删除|举报|收藏|标记|快速回复|只看此ID)\s*[|｜/]?\s*)+$/u;
const SENTENCE_RE = /[，,。；;！!？?]/u;

/** How many lines a signature may take (telnet BBSes allow six). */
const SIGNATURE_LINES = 6;

/**
 * A line after the message: a BBS's ※ lines, the message's buttons, links, a heading. (A disclaimer ends the reply's
 * text, not its signature: `本人回复仅供参考` is a signature's line as often as a site's.)
 */
function endsMessage(b: Block): boolean {
  const text = b.text.trim();
  return ORIGIN_LINE_RE.test(text) || BUTTONS_RE.test(text) || (b.linkChars > 0 && b.linkChars === b.chars) || b.heading;
}

interface Header {
  fields: Map<Field, { at: number; value: string }>;
  /** Lines of the sender's card among the fields, unlabelled. */
  cardLines: number[];
  subject: { at: number; text: string } | null;
  end: number;
}

function fieldOf(b: Block): { field: Field; value: string } | null {
  if (b.linkChars > 0 && b.linkChars === b.chars) return null;
  const text = b.text.trim();
  const labelled = text.match(FIELD_RE);
  const fieldOfLabel = (m: readonly string[] | null) => (m ? FIELD_LABELS.find(([, re]) => re.test(m[1]!.replace(/\s+/gu, '')))?.[0] : undefined);
  // (A value's own colon, `标题` `Re: …`, is no label's.)
  const m = fieldOfLabel(labelled) ? labelled : labelElementField(b, text);
  if (!m) return null;
  const label = m[1]!.replace(/\s+/gu, '');
  const field = fieldOfLabel(m);
  const value = m[2]!.trim();
  // An article's 作者 names a writer; a board's names the account that posted (`id (nick)`): only that is a sender.
  if (field === 'sender' && label === '作者' && !ACCOUNT_RE.test(value)) return null;
  return field ? { field, value } : null;
}

/**
 * A label in an element of its own before its value, no colon between (批踢踢's metalines: `<span>作者</span><span>id (nick)</span>`):
 * the label and the value, as a colon would part them.
 */
function labelElementField(b: Block, text: string): [string, string, string] | null {
  const parent = b.node?.parent;
  if (!parent || parent.type !== 'tag') return null;
  const label = textContent(parent).trim();
  if (label.length < 2 || label.length > 4 || !text.startsWith(label) || text.length === label.length) return null;
  return [text, label, text.slice(label.length)];
}

/** The message's header: the fields around its first sender's, with a sender and a time among them; null where none is. */
function readHeader(blocks: readonly Block[]): Header | null {
  const sender = blocks.findIndex((b) => SENDER_RE.test(b.text) && fieldOf(b)?.field === 'sender');
  // A sender's field under a quote's head is the quoted original's (mail clients print its header again).
  if (sender === -1 || blocks.slice(0, sender).some((b) => quoteHead(b.text) !== null)) return null;
  const fields = new Map<Field, { at: number; value: string }>();
  const cardLines: number[] = [];
  let start = sender;
  while (start > 0 && sender - start < SUBJECT_ABOVE && fieldOf(blocks[start - 1]!)) start--;
  let end = start;
  for (; end < blocks.length; end++) {
    const f = fieldOf(blocks[end]!);
    if (f) {
      if (fields.has(f.field)) break;
      fields.set(f.field, { at: end, value: f.value });
      continue;
    }
    const b = blocks[end]!;
    const next = blocks[end + 1];
    if (end > sender && next && fieldOf(next) && b.chars <= SHORT_FIELD_CHARS && b.linkChars === 0 && !SENTENCE_RE.test(b.text)) cardLines.push(end);
    else break;
  }
  if (!fields.has('time')) return null;
  const labelled = fields.get('subject');
  let subject = labelled ? { at: labelled.at, text: labelled.value } : null;
  // A webmail's subject is the message's heading over its fields (`主题：` before it or not).
  for (let i = start - 1; !subject && i >= 0 && i >= start - SUBJECT_ABOVE; i--) if (blocks[i]!.heading) subject = { at: i, text: labelledQuestion(blocks[i]!.text) ?? blocks[i]!.text.trim() };
  return { fields, cardLines, subject, end };
}

/** The day a time field names: a date as sites print it, in English as mail does (`Thu, 1 Sep 2022 21:40:00 +0800`), or a C library's stamp. */
function sentDay(value: string): string | null {
  const stamp = value.match(CTIME_RE);
  if (stamp) return findDate(`${stamp[3]}-${MONTHS.indexOf(stamp[1]!) + 1}-${stamp[2]}`);
  return findDate(englishMeta(value));
}

/** A name the sender's field gives before a title (`林慧兰医生（主治医师）`, `廖勇波 主任医师`): its 医生 is a form of address. */
const senderParts = (value: string) => [value.replace(/^(\p{Script=Han}{2,4}?)(?:医生|大夫)(?=[\s（(]|$)/u, '$1 ')];

/**
 * The reply on the page, read from its header, or null where the page holds none: no sender's and time's fields
 * together, no subject, or no sign that it replies (a reply mark before the subject, or the original quoted).
 */
export function mailedReply(blocks: readonly Block[]): BoardRecord | null {
  const header = readHeader(blocks);
  if (!header?.subject) return null;
  const question = withoutReplyMark(header.subject.text);
  if (question.length < 4 || question.length > 80) return null;
  const sender = header.fields.get('sender')!.value;
  const account = ACCOUNT_RE.test(sender);
  const senderName = account ? null : parseCardParts(senderParts(sender)).name;
  const answerLines: number[] = [];
  const signature: number[] = [];
  let quoted = false;
  let i = header.end;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text.trim();
    const head = quoteHead(text);
    if (head || isQuotedLine(text)) {
      quoted = true;
      // The original quoted under its head without marks runs to the message's end.
      if (head === 'below' && !isQuotedLine(blocks[i + 1]?.text ?? '')) break;
      continue;
    }
    if (endsMessage(b) || isDisclaimer(text)) break;
    // A salutation alone before the reply's first line (`原PO您好：`, `您好！`): the reply's form, none of the answer.
    if (answerLines.length === 0 && isSalutation(text)) continue;
    const signOff = text.match(SIGN_OFF_RE);
    if ((signOff && (signOff[1] === '' || isName(signOff[1]!))) || (senderName !== null && text === senderName)) {
      for (; i < blocks.length && signature.length < SIGNATURE_LINES && !quoteHead(blocks[i]!.text) && !endsMessage(blocks[i]!); i++) signature.push(i);
      break;
    }
    answerLines.push(i);
  }
  if (!quoted && !isReplySubject(header.subject.text)) return null;
  const paragraphs = answerLines.map((at) => blocks[at]!.text.trim());
  if (!paragraphs.some((p) => SENTENCE_RE.test(p))) return null;
  const doubts: string[] = [];
  // A signature's motto (`健康所系，性命相托。`) is no field of the card: its lines with a sentence are passed over.
  const texts = (lines: number[]) => lines.map((at) => blocks[at]!.text.replace(SIGN_OFF_RE, '$1').trim()).filter((t) => t !== '');
  const card = (lines: number[]) => texts(lines).filter((t) => !SENTENCE_RE.test(t));
  const unit = header.fields.get('unit')?.value;
  const parts = [...(account ? [] : senderParts(sender)), ...(unit ? [unit] : []), ...card(header.cardLines), ...card(signature)];
  const read: Doctor = parts.length > 0 ? parseCardParts(parts) : noDoctor();
  if (!read.name || !read.title) doubts.push('no doctor card found');
  const doctor = withoutPostAsTitle(read);
  // A line passed over that names a hospital or a title where the card read lacks one: the card run into a sentence.
  const runInto = texts([...header.cardLines, ...signature]).find((t) => SENTENCE_RE.test(t) && (HOSPITAL_RE.test(t) || TITLE_RE.test(t)));
  if (runInto && (!read.hospital || !read.department || !read.title)) doubts.push(`a doctor card the reader could not read (${runInto.slice(0, 30)})`);
  doubts.push(...cardShapeDoubts(doctor));
  const time = header.fields.get('time')!.value;
  const date = sentDay(time);
  if (date === null) doubts.push(`no date read from the message's time (${time.slice(0, 30)})`);
  const way = header.fields.get('way')?.value;
  const format: AnswerFormat = way ? formatFromLabel(way) : 'unknown';
  return { question: { index: header.subject.at, text: question }, paragraphs, answerLines, doctor, date, format, doubts };
}
