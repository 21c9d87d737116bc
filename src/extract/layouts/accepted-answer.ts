import type { AnyNode, Element } from 'domhandler';
import { FLOOR } from './forum-floors.js';
import { TITLE_RE } from '../words/genre.js';
import { isAcceptedWords, isInvitedWords } from '../words/answerer-marks.js';
import { inside, type Block } from '../lines/html-lines.js';
import { textContent } from '../tree/page-index.js';

/**
 * A page with several doctors' answers, one of them marked as the asker's pick (最佳答案,
 * 提问者采纳, 已采纳: a badge's text or a picture's alt) or as the expert's the thread asked for (a
 * doctors' community's 特邀专家回复, 专家解答, among the posts of the doctor who asks and of those
 * who thank): that one is the page's answer, with its own card and date, wherever it stands among the others.
 */

/**
 * A badge that is the mark only beside a floor's number (`2楼 专家解答`): alone, the same words are the
 * label over an ordinary page's answer (`<h3>专家回答</h3>`).
 */
const FLOOR_MARK_RE = /^(?:专家|医生)(?:解答|回复|回答)$/u;
/** A thread's floor number before the mark on the post's head line (`2楼 特邀专家回复`, `#2 最佳回复`). */
const FLOOR_RE = new RegExp(`^${FLOOR}\\s*`, 'u');
/** Whether a line is the mark alone (a badge over an answer), perhaps after its floor's number: none of the answer's text. */
export const isAcceptedMark = (text: string): boolean => {
  const line = text.trim();
  const mark = line.replace(FLOOR_RE, '');
  return mark.length <= 8 && (isAcceptedWords(mark) || (mark !== line && FLOOR_MARK_RE.test(mark)));
};
/** A text node of a floor mark's words right after the floor's number (`<span>2楼</span><span>专家解答</span>`, `2楼 <i>专家解答</i>`). */
function besideFloor(node: AnyNode, text: string): boolean {
  if (!FLOOR_MARK_RE.test(text)) return false;
  const textOf = (n: AnyNode) => (n.type === 'text' ? (n as unknown as { data: string }).data : n.type === 'tag' ? textContent(n as Element) : '').trim();
  // What stands right before the mark: beside its text node, or beside the inline element around it.
  for (const start of [node, node.parent]) {
    let prev = start?.prev ?? null;
    while (prev && textOf(prev) === '') prev = prev.prev;
    if (prev && textOf(prev).replace(FLOOR_RE, '') === '') return true;
  }
  return false;
}
/** A sentence: an answer holds some, a card none. */
const SENTENCE_RE = /[。！？]/u;

export interface AcceptedAnswer {
  /** The answer's block (its card, text and date), and the lines it spans: from..to-1. */
  element: Element;
  from: number;
  to: number;
}

/** The marks in a subtree: badges' text nodes and pictures whose alt or title is the mark (and the invited answer's tags, apart). */
function marks(root: AnyNode, invited: AnyNode[] = []): AnyNode[] {
  const found: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data.trim();
      if (isAcceptedMark(t) || besideFloor(node, t)) found.push(node);
      else if (isInvitedWords(t)) invited.push(node);
    } else if (node.type === 'tag') {
      const el = node as Element;
      if (el.name === 'script' || el.name === 'style') continue;
      if (el.name === 'img' && isAcceptedWords(el.attribs.alt ?? el.attribs.title ?? '')) found.push(el);
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    }
  }
  return found;
}

/**
 * The marked answer among the lines after the question (question+1..end-1): the smallest element
 * around the mark holding a doctor's title and a sentence, not the question, with another
 * doctor's title beside it. Null where there is no mark, or marks in more than one answer.
 */
export function acceptedAnswer(blocks: readonly Block[], question: number, end: number): AcceptedAnswer | null {
  const questionNode = blocks[question]?.node ?? null;
  const first = blocks[question + 1]?.node;
  if (!questionNode || !first) return null;
  // The part of the page that holds the answers: the lowest element around the lines after the question and the last of them.
  let zone: AnyNode | null = first.parent;
  const lastNode = blocks[end - 1]?.node ?? null;
  while (zone && lastNode && !inside(lastNode, zone)) zone = zone.parent;
  if (!zone) return null;
  const answerOf = (mark: AnyNode): Element | null => {
    for (let el = mark.parent as Element | null; el && el.type === 'tag'; el = el.parent as Element | null) {
      if (inside(questionNode, el)) return null;
      const text = textContent(el);
      if (TITLE_RE.test(text) && SENTENCE_RE.test(text)) return el;
    }
    return null;
  };
  const invited: AnyNode[] = [];
  const answers = new Set(marks(zone, invited).map(answerOf).filter((el): el is Element => el !== null));
  // No pick marked: the answer tagged as the invited expert's (`特邀专家`), where it is an item of answers listed alike (another
  // doctor's answer in a sibling of its template: a `医生补充` second opinion, printed before it or after). A tag over a lone
  // guest card (a column's 特邀专家 box) marks no answer among others.
  if (answers.size === 0) for (const el of invited.map(answerOf)) if (el !== null && listedAlike(el)) answers.add(el);
  if (answers.size !== 1) return null;
  const element = [...answers][0]!;
  let from = -1;
  let to = -1;
  let others = false;
  for (let i = question + 1; i < end; i++) {
    const b = blocks[i]!;
    if (inside(b.node, element)) {
      if (from === -1) from = i;
      to = i + 1;
    } else if (b.text.length <= 80 && TITLE_RE.test(b.text)) others = true;
  }
  return from !== -1 && others ? { element, from, to } : null;
}

/** Whether an answer is an item of a list of answers: a sibling element of its template (its tag, a class in common) holds another doctor's title. */
function listedAlike(answer: Element): boolean {
  const classes = new Set((answer.attribs.class ?? '').split(/\s+/u).filter(Boolean));
  if (classes.size === 0) return false;
  return (answer.parent?.children ?? []).some(
    (s) => s !== answer && s.type === 'tag' && (s as Element).name === answer.name && ((s as Element).attribs.class ?? '').split(/\s+/u).some((c) => classes.has(c)) && TITLE_RE.test(textContent(s as Element)),
  );
}
