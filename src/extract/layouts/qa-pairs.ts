import { comparable } from '../../core/text.js';
import { asksQuestion, hasDoctorTitle, namesSessionRecord } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { badgeOf } from '../lines/qa-badge.js';

/**
 * A page of several Q&As one after another (a department's 常见问题解答: 问 / 答 pairs, each signed by
 * its own doctor): each pair is a Q&A of its own, as a page that appends the next Q&As below its own.
 * The page's is the pair its question opens — the first, where the page's heading only names the
 * collection — and the next pair's 问 ends it: that question, its answer, its doctor and its day are
 * none of the page's.
 */

/** How far below the collection's heading its first pair may start. */
const FIRST_PAIR_LINES = 3;
/** A signature line is short: the doctor's name, title, department, hospital, a day. */
const SIGNATURE_CHARS = 80;

/**
 * The pairs from `from` on (before `end`): the line of each pair's 问 badge, where a 答 badge, the
 * answer's text and a line signing it with a doctor's title follow it before the next 问.
 */
function signedPairs(blocks: readonly Block[], from: number, end: number): number[] {
  const pairs: number[] = [];
  let open = -1;
  let answered = false;
  let signed = false;
  for (let i = from; i < end; i++) {
    const block = blocks[i]!;
    const badge = block.chars <= 200 ? badgeOf(block) : null;
    if (badge?.side === 'question') {
      if (open !== -1 && answered && signed) pairs.push(open);
      else if (open !== -1) return pairs;
      open = i;
      answered = signed = false;
    } else if (open !== -1 && badge?.side === 'answer') answered = true;
    else if (open !== -1 && answered && block.chars <= SIGNATURE_CHARS && hasDoctorTitle(block.text)) signed = true;
  }
  if (open !== -1 && answered && signed) pairs.push(open);
  return pairs;
}

/**
 * Where the page's Q&A ends when another signed pair follows it: the first 问 line after the page's
 * question (at `question`: a pair's 问 line, or a heading over it) that opens a signed pair of its
 * own once the page's answer (its 答 badge) has been signed; `end` where there is none. A 问 before
 * any 答 is the page's own question or the asker's words; an exchange not signed pair by pair (the
 * asker's follow-ups and the doctor's replies) is left as it was.
 */
export function nextPairAt(blocks: readonly Block[], question: number, end: number): number {
  const session = nextSessionPairAt(blocks, question, end);
  if (session !== end) return session;
  let answered = false;
  let signed = false;
  for (let i = question + 1; i < end; i++) {
    const block = blocks[i]!;
    const badge = block.chars <= 200 ? badgeOf(block) : null;
    if (badge?.side === 'question' && answered) return signed && signedPairs(blocks, i, end)[0] === i ? i : end;
    if (badge?.side === 'answer') answered = true;
    else if (answered && block.chars <= SIGNATURE_CHARS && hasDoctorTitle(block.text)) signed = true;
  }
  return end;
}

/**
 * An article printing its Q&A as a pair, the page's question again under its 问 badge (`问：{question}`, the headline's words or
 * the question read under a headline that asks nothing) and the answer under its 答, then another pair, unsigned (the same expert
 * answering a second question: `问：多久需要复查一次？` / `答：…`): that pair is another Q&A of the article, none of the page's
 * answer. Where it opens (its 问's line), or `end` where none does. Only a question asked whole in other words than the page's
 * (4–60 characters), its 答 badge right under it; a 问 before the page's own pair's 答 is the asker's.
 */
export function otherPairAt(blocks: readonly Block[], question: number, end: number, asked: string): number {
  const own = bareQuestion(asked);
  if (own.length < 4) return end;
  let restated = false;
  let answered = false;
  for (let i = question; i < end; i++) {
    const badge = blocks[i]!.chars <= 200 ? badgeOf(blocks[i]!) : null;
    if (badge?.side === 'question' && !answered) restated ||= bareQuestion(badge.rest) === own;
    else if (badge?.side === 'question') return restated && opensOtherPair(blocks, i, end, badge.rest) ? i : end;
    else if (badge?.side === 'answer') {
      if (!restated) return end;
      answered = true;
    }
  }
  return end;
}
const bareQuestion = (text: string) => comparable(text).replace(/[?？]+$/u, '');
/** How far below another pair's 问 its 答 stands (the question on the line under a badge of its own). */
const OTHER_ANSWER_LINES = 2;
function opensOtherPair(blocks: readonly Block[], at: number, end: number, rest: string): boolean {
  const text = rest === '' ? (blocks[at + 1]?.text.trim() ?? '') : rest;
  if ([...text].length < 4 || [...text].length > 60 || !(asksQuestion(text) || /[?？]$/u.test(text))) return false;
  for (let i = at + 1; i < Math.min(end, at + 1 + OTHER_ANSWER_LINES + (rest === '' ? 1 : 0)); i++) if (badgeOf(blocks[i]!)?.side === 'answer') return true;
  return false;
}

/**
 * The first pair's question where the page's heading (at `heading`) names a collection of signed
 * pairs (two or more start just below it) and asks nothing itself: the question after its 问 badge.
 */
export function firstPairQuestion(blocks: readonly Block[], heading: number): { index: number; text: string } | null {
  const head = blocks[heading]!.text;
  if (asksQuestion(head) || /[？?]\s*$/u.test(head)) return null;
  const pairs = signedPairs(blocks, heading + 1, blocks.length);
  const first = pairs[0];
  if (pairs.length < 2 || first === undefined || first > heading + FIRST_PAIR_LINES) return null;
  const badge = badgeOf(blocks[first]!)!;
  // The badge on a line of its own: the question is the next line.
  const [index, text] = badge.rest === '' ? [first + 1, blocks[first + 1]?.text.trim() ?? ''] : [first, badge.rest];
  return [...text].length >= 4 && [...text].length <= 80 ? { index, text } : null;
}

/**
 * A heading naming the record of a Q&A session (genre.ts) is the session's title, no question of its own. Its Q&As follow, each
 * opened by a numbered or bare 问 (`问题1：`, `Q2：`, `问：`).
 */
const PAIR_ASK_RE = /^\s*(?:问题|问|Q)\s*\d{0,2}\s*[:：]\s*(?=\S)/u;
/** A pair's 答, numbered or naming the one answering in brackets (`答：`, `A1：`, `答（王芳）：`). */
const PAIR_ANSWER_RE = /^\s*(?:答|A)\s*\d{0,2}\s*(?:[（(][^（()）]{1,12}[）)])?\s*[:：]/u;
/** How far below the session's heading its first pair may start (its source line, an intro, the experts' box, the session's time). */
const SESSION_FIRST_PAIR_LINES = 12;

/**
 * The first pair's question where the heading (at `heading`) names a session's record: the first 问 line below it whose next
 * line is a 答 (the page's Q&A is the session's first, as a page of signed pairs keys its first).
 */
export function sessionFirstQuestion(blocks: readonly Block[], heading: number): { index: number; text: string } | null {
  const head = blocks[heading]!.text;
  if (!namesSessionRecord(head) || /[？?]\s*$/u.test(head)) return null;
  for (let i = heading + 1; i < Math.min(blocks.length - 1, heading + 1 + SESSION_FIRST_PAIR_LINES); i++) {
    const ask = blocks[i]!.text.match(PAIR_ASK_RE);
    if (!ask || blocks[i]!.chars > 80 || !PAIR_ANSWER_RE.test(blocks[i + 1]!.text)) continue;
    const text = blocks[i]!.text.slice(ask[0].length).trim();
    return [...text].length >= 4 ? { index: i, text } : null;
  }
  return null;
}

/** A line of its own naming a session's record (`专家答疑摘录`, a heading `…问答实录（第3期）`) over its pairs. */
const SESSION_HEAD_CHARS = 40;
const headsSession = (block: Block) => block.chars <= SESSION_HEAD_CHARS && block.linkChars < block.chars && namesSessionRecord(block.text);
/** A pair's 问 line: its label and question, the next line opening with the pair's 答. */
const opensPair = (blocks: readonly Block[], i: number) => blocks[i]!.chars <= 80 && PAIR_ASK_RE.test(blocks[i]!.text) && i + 1 < blocks.length && PAIR_ANSWER_RE.test(blocks[i + 1]!.text);

/** The question at `question` is a pair's 问 in a session's record (a line above names the record). */
export const asksInSession = (blocks: readonly Block[], question: number): boolean => PAIR_ASK_RE.test(blocks[question]!.text) && blocks.slice(0, question).some(headsSession);

/**
 * Where the page's Q&A ends in a session's record (a line above names it: `专家答疑摘录`, `…问答实录`) whose question is a pair's
 * 问 (at `question`): the next pair's 问, its 答 right after it. That pair has no address of its own: none of the page's answer.
 */
function nextSessionPairAt(blocks: readonly Block[], question: number, end: number): number {
  if (!opensPair(blocks, question) || !asksInSession(blocks, question)) return end;
  for (let i = question + 2; i < end; i++) if (opensPair(blocks, i)) return i;
  return end;
}
