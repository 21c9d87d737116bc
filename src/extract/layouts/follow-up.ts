import type { AnyNode, Text } from 'domhandler';
import { asksQuestion } from '../../core/genre-vocabulary.js';
import { readMetaLine } from '../dates/page-meta.js';
import { RELATIVE_DAY_IN_RE } from '../dates/relative-date.js';

/**
 * A consult page may go on after the doctor's answer: the asker asks again (追问, 补充提问) and the
 * doctor answers that (追答, 医生再次回复), rounds with later dates. Those answer other questions:
 * the page's answer is the doctor's first reply, and the first round's head ends it (its dates
 * date the rounds, not the answer).
 */
const FOLLOW_UP_HEAD =
  '(?:(?:患者|病人|用户|网友|提问者|咨询者|我的)\\s*)?(?:追问|补充提问|补充问题|再次提问|继续提问|追加提问|继续追问|二次咨询|再次咨询|二次提问)(?:记录|与追答|和追答|及回复)?';
/** The head alone, or in brackets (`【二次咨询】`, set apart from the question glued after it as a colon sets it apart). */
const FOLLOW_UP_HEAD_RE = new RegExp(`^(?:【\\s*${FOLLOW_UP_HEAD}\\s*】|${FOLLOW_UP_HEAD})\\s*(?:[（(]\\s*\\d+\\s*[）)])?`, 'u');
/** Whether a matched head is bracketed: its bracket sets the words after it apart. */
const bracketed = (head: string) => head.trimEnd().endsWith('】');
/** A thread's heading over the rounds (`后续交流（2）`, `追问记录`). */
const ROUNDS_HEADING_RE = /^(?:后续交流|后续沟通|后续问答|追问追答)\s*(?:[（(]\s*\d+\s*[）)])?$/u;

/** The head of a follow-up round or of the rounds: the label alone, or with its date or a count after it. */
export function isFollowUpHead(text: string): boolean {
  const line = text.trim();
  if (line.length > 40) return false;
  if (ROUNDS_HEADING_RE.test(line)) return true;
  const head = line.match(FOLLOW_UP_HEAD_RE);
  if (!head) return false;
  const rest = line.slice(head[0].length).replace(/^[\s:：]+/u, '');
  return rest === '' || readMetaLine(rest).metaOnly;
}

/**
 * A day and time ending a line: a post's stamp; its year left out as a community's stamps leave it out this year (`01-20 12:54`,
 * `5月6日 14:22`): a stamp still, the time after the month and day saying so.
 */
const TRAILING_STAMP_RE = /(?:\d{4}\s*[-/.年]\s*|(?<![\d.]))\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*[）)]?\s*$/u;

/**
 * The asker's follow-up run into its head on one line, stamped at its end (`追问：那需要吃什么药？2022-11-24 17:09`):
 * a round of its own, as the head alone is; the answer has ended.
 */
export function isStampedFollowUp(text: string): boolean {
  const line = text.trim();
  if (line.length > 120) return false;
  const head = line.match(FOLLOW_UP_HEAD_RE);
  return head !== null && (bracketed(head[0]) ? /^\s*\S/u : /^\s*[:：]\s*\S/u).test(line.slice(head[0].length)) && TRAILING_STAMP_RE.test(line);
}

/** The most a follow-up's line holds: a question asked again, not a paragraph. */
const ASKED_CHARS = 80;
/** How many undated meta lines (a counter: 有用(3), 赞 12) may stand between the answer's stamp and the follow-up. */
const COUNTERS = 2;

/**
 * The asker's follow-up run into its head, with no stamp, worded as a question (`患者追问：医生，那需要吃什么药吗？`).
 * `headAlone`: the line's first text node is the head and nothing else (`<span class="tag">追问</span>请问多久复查？`), a tag
 * set apart by its element though nothing is printed between.
 */
export function isAskedFollowUp(text: string, headAlone = false): boolean {
  const line = text.trim();
  if (line.length > ASKED_CHARS) return false;
  const head = line.match(FOLLOW_UP_HEAD_RE);
  if (head === null) return false;
  // Its head set apart by a colon, or by a space where the head stands in an element of its own (`<b>追问</b> 那需要吃药吗？`),
  // or by that element alone.
  const apart = /[:：]/u.test(line.slice(head[0].length, head[0].length + 2)) || /\s$/u.test(head[0]) || bracketed(head[0]) || headAlone;
  const asked = line.slice(head[0].length).replace(/^\s*[:：]?\s*/u, '');
  return apart && asked !== '' && asksQuestion(asked);
}

/** Whether a line's first text node is a follow-up's head alone (`追问` in a tag of its own, the question glued after it). */
function headInOwnNode(line: { text: string; node?: AnyNode | null }): boolean {
  const node = line.node;
  if (!node || node.type !== 'text') return false;
  const head = (node as Text).data.trim();
  return head !== '' && head.length < line.text.trim().length && (head.match(FOLLOW_UP_HEAD_RE)?.[0] ?? '') === head;
}

/** A day the stamp names without its year (`08-15`, `5月6日`): a stamp still, though no date is read from it. */
const YEARLESS_DAY_RE = /(?<![\d.])\d{1,2}\s*(?:-|\/|月)\s*\d{1,2}\s*日?(?![\d.])/u;

/** A line of page meta that stamps a day: one read, or one printed without its year or relative to the serving day (`3天前`, relative-date.ts). */
function isStamp(text: string): boolean {
  return readMetaLine(text).dates.length > 0 || YEARLESS_DAY_RE.test(text) || RELATIVE_DAY_IN_RE.test(text);
}

/**
 * The answer's stamp relative to the serving day with its counters run on (`5天前 赞 613`): read as a widget's line, not as meta,
 * a stamp all the same where the relative day opens it.
 */
export const isRelativeStampLine = (text: string): boolean => RELATIVE_DAY_IN_RE.exec(text.trim())?.index === 0;

/**
 * Asked follow-ups (`患者追问：那需要吃什么药吗？`) just after the answer's stamp (`回答时间：…`, perhaps a
 * counter after it), among lines `from`..`to`: the stamp closed the answer, and each opens a round, its
 * reply and day none of the answer. Between two lines of the answer, unstamped, such a line is left
 * to the reader's doubts: the text after it may be the answer's.
 */
export function followUpsAfterStamp(lines: readonly { text: string; node?: AnyNode | null }[], from: number, to: number, isMeta: (i: number) => boolean, isText: (i: number) => boolean = () => true): number[] {
  const found: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const glued = !isAskedFollowUp(lines[i]!.text);
    if (glued && !isAskedFollowUp(lines[i]!.text, headInOwnNode(lines[i]!))) continue;
    let j = i - 1;
    while (j > from && j >= i - COUNTERS && isMeta(j) && !isStamp(lines[j]!.text)) j--;
    if (!isMeta(j) || !isStamp(lines[j]!.text)) continue;
    // A tag glued to its words (`<b>追问</b>病史很重要吗？是的…`) under a stamp over the answer's text (the day above it) may
    // open the answer itself: a follow-up only where the answer's text stood before the stamp.
    if (glued && !Array.from({ length: Math.max(0, j - from - 1) }, (_, k) => from + 1 + k).some(isText)) continue;
    found.push(i);
  }
  return found;
}
