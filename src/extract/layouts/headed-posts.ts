import { isName } from '../words/card-words.js';
import { parseCardParts } from '../card/card-parts.js';
import { DOCTOR_BADGE_RE, FLOOR_NUMBER } from './forum-floors.js';
import type { Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { findDate } from '../dates/page-meta.js';
import { isRelatedLabel } from '../words/genre.js';

/**
 * A thread whose posts are each headed by who wrote it and when (天涯 and the boards built like it:
 * `作者：nick 回复日期：2022-8-9 12:50:39`, `作者：nick 时间：…`, the 楼主's `楼主：nick 时间：…`), the posts in
 * the order posted: the asker's, members' replies (沙发, 同问, advice of their own), the asker's thanks. The answer is
 * the post of the one author marked as a doctor (a badge beside the nickname, `卢华医生` / `卢华大夫`), dated by its head;
 * a quote of the asker's post at its top (`@nick day time`, the quoted lines, a rule) and the floor's row of buttons are
 * none of it; a signature (`——王芳　hospital department title`) is the card. Where several authors post and none is
 * marked, the reader cannot tell whose words answer: no answer is read (never a member's).
 */

/** A post's head: the author's label and nickname, then the label of the day it was posted (more fields may follow). */
const POST_HEAD_RE = /^(?:作者|楼主|发帖人|回帖人|回复人|发表人)\s*[:：]\s*(\S.{0,30}?)\s+(?:回复日期|回复时间|发表日期|发表时间|提交日期|发帖时间|发布时间|时间|日期)\s*[:：]\s*\d{4}/u;
/** The calling a nickname adds to the name (`卢华医生`, `卢华大夫`). */
const CALLING_RE = /(?:医生|大夫|医师)$/u;
/** A floor's row under its post: its number and buttons (`2楼 举报 | 回复 | 评论`). */
const FLOOR_ROW_RE = new RegExp(`^${FLOOR_NUMBER}(?:\\s*[|｜]?\\s*(?:举报|回复|评论|引用|收藏|分享|只看该作者|顶|赞)(?:\\s*\\d+)?)*$`, 'u');
/** Tianya's quote of the post replied to: `@nick` and the day it was posted, over the quoted lines. */
const QUOTE_HEAD_RE = /^@\S{1,30}\s+\d{4}\s*[-/.年]/u;
/** The rule under a quote. */
const RULE_RE = /^[-—_=－]{5,}$/u;
/** A sign-off line holding the card (`——王芳　hospital department title`). */
const SIGN_OFF_RE = /^(?:——|—|－－|--)\s*(\S.*)$/u;

interface Head {
  line: number;
  author: string;
  /** The author's name where the head marks them a doctor; null where it does not. */
  doctor: string | null;
}

function readHead(b: Block, line: number): Head | null {
  if (b.chars > 90) return null;
  const m = b.text.trim().match(POST_HEAD_RE);
  if (!m) return null;
  const nick = m[1]!.trim();
  const badged = DOCTOR_BADGE_RE.test(nick);
  const bare = nick.replace(DOCTOR_BADGE_RE, '').replace(/[[\]【】()（）]/gu, '').trim();
  const called = CALLING_RE.test(bare) && isName(bare.replace(CALLING_RE, ''));
  return { line, author: bare, doctor: badged || called ? bare.replace(CALLING_RE, '') : null };
}

/** Where a post's text ends: the next post's head, or a line no post holds (a heading, a line of links, a list's label). */
function postEnd(blocks: readonly Block[], from: number, next: number): number {
  for (let i = from; i < next; i++) {
    const b = blocks[i]!;
    if (b.heading || (b.chars > 0 && b.linkChars === b.chars) || isRelatedLabel(b.text.trim())) return i;
  }
  return next;
}

/**
 * The doctor's post of a thread of headed posts under the question, read as a record; `unmarked` where several authors
 * post and none is marked a doctor; null where the page is no such thread.
 */
export function headedThread(blocks: readonly Block[], question: { index: number; text: string }): BoardRecord | { unmarked: string } | null {
  const heads = blocks.flatMap((b, i) => (i > question.index ? [readHead(b, i)].filter((h): h is Head => h !== null) : []));
  if (heads.length < 2 || new Set(heads.map((h) => h.author)).size < 2) return null;
  const doctors = heads.filter((h) => h.doctor !== null);
  if (doctors.length === 0) return { unmarked: `${new Set(heads.map((h) => h.author)).size} authors post in the thread, none marked as a doctor` };
  const head = doctors[0]!;
  const next = heads.find((h) => h.line > head.line)?.line ?? blocks.length;
  const end = postEnd(blocks, head.line + 1, next);
  let lines = Array.from({ length: end - head.line - 1 }, (_, k) => head.line + 1 + k).filter((i) => blocks[i]!.text.trim() !== '' && !FLOOR_ROW_RE.test(blocks[i]!.text.trim()));
  // The quote of the post replied to, down to its rule (or its head alone where no rule follows).
  if (lines.length > 0 && QUOTE_HEAD_RE.test(blocks[lines[0]!]!.text.trim())) {
    const rule = lines.findIndex((i) => RULE_RE.test(blocks[i]!.text.trim()));
    lines = lines.slice(rule === -1 ? 1 : rule + 1);
  }
  const signature = lines.findIndex((i) => SIGN_OFF_RE.test(blocks[i]!.text.trim()));
  const signed = signature === -1 ? null : parseCardParts(blocks[lines[signature]!]!.text.trim().match(SIGN_OFF_RE)![1]!.split(/\s+/u));
  const answerLines = signature === -1 ? lines : lines.slice(0, signature);
  const doubts: string[] = [];
  if (new Set(doctors.map((h) => h.author)).size > 1) doubts.push('more than one doctor posts in the thread');
  if (!signed?.title) doubts.push('the doctor post signs with no card');
  const doctor = signed?.title ? { ...signed, name: signed.name ?? head.doctor } : { ...parseCardParts([]), name: head.doctor };
  return {
    question: { index: question.index, text: question.text },
    paragraphs: answerLines.map((i) => blocks[i]!.text.trim()),
    answerLines,
    doctor,
    date: findDate(blocks[head.line]!.text),
    doubts,
  };
}
