/**
 * Where the page's own part ends around the answer: the related list's label, its first item, other
 * answers' or comments' heads, the site's blocks after the answer; and the box around question and card.
 */
import type { AnyNode, Element } from 'domhandler';
import { comparable } from '../../core/text.js';
import type { EntryDraft } from '../../schema/records.js';
import { TITLE_RE, isDisclaimer, isOtherAnswersHead, PROSE_RE } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';
import { textContent } from '../tree/page-index.js';
import { labelLine } from '../related/related-label.js';
import { showsCardFigure } from '../words/product-card.js';
import { SUPPORT_WIDGET_HEAD_RE } from '../words/furniture-lines.js';
import type { Kind } from './line-kinds.js';
import { isAnswersHead } from '../layouts/answer-list.js';
import { isStampedNickname } from '../layouts/member-answer.js';

/** Where the page's own content ends: the related list's label, when it comes after the question. */
export function zoneEnd(blocks: Block[], question: number, label: Element | null): number {
  if (!label) return blocks.length;
  // A tab's label (`<label for>`) shares a line with the other tabs' labels: the tabs' box begins the list's section.
  const at = label.name === 'label' && label.attribs.for && label.parent ? label.parent : label;
  // A label that is a line in the element holding the page's text (`<br>`-broken lines): the list starts at that line.
  const line = labelLine(label);
  if (line) for (let i = question + 1; i < blocks.length; i++) if (blocks[i]!.node === line) return i;
  for (let i = question + 1; i < blocks.length; i++) if (inside(blocks[i]!.node, at)) return i;
  return blocks.length;
}
/**
 * The first line after the question that is a related item's linked question: the items are none
 * of the page's answer, wherever its label stands (a doctor's page lists all the doctor's answers
 * under one head, the page's own shown in full among them).
 */
export function firstItemAfter(blocks: readonly Block[], question: number, items: readonly EntryDraft[]): number {
  if (items.length === 0) return blocks.length;
  const asked = items.map((item) => comparable(item.question)).filter((q) => q.length >= 4);
  // A line's first character, compared first: most linked lines start no item's question.
  const starts = new Set(asked.map((q) => q[0]));
  for (let i = question + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.linkChars === 0 || b.links.length === 0) continue;
    const line = comparable(b.text);
    if (starts.has(line[0]) && asked.some((q) => line.startsWith(q))) return i;
  }
  return blocks.length;
}
/** The longest line read as a chat's speaker label (`王明医生`, `患者`). */
const SPEAKER_MAX_CHARS = 12;
/**
 * Whether a chat goes on past line `at`: a speaker's label printed before it (`王明医生`) is printed again after it. A record's
 * `在线客服` turn between the doctor's (`您好，医生正在为您解答`) is then one of the chat's, not a widget after the answer.
 */
function chatGoesOn(blocks: readonly Block[], question: number, at: number, end: number): boolean {
  const label = (b: Block) => (b.chars <= SPEAKER_MAX_CHARS && /\p{Script=Han}/u.test(b.text) ? b.text.trim() : null);
  const before = new Set(blocks.slice(question + 1, at).map(label).filter((l) => l !== null));
  return blocks.slice(at + 1, end).some((b) => before.has(label(b) ?? ''));
}
/** How many lines after a customer-service head (its greeting, its time) the doctor's card may stand when it hands over to them. */
const HANDOVER_LINES = 4;
/**
 * Whether the customer-service turn headed at `at` hands over to the doctor (`您好，已为您转接主检医师`): a doctor's card line (a title
 * of the vocabulary) within a few lines after its head, prose after that card. The turn stands before the answer, no widget after it;
 * the text before it is the asker's (`去社区医院看过，吃了药也不见好。` under the question).
 */
function handsOverToDoctor(blocks: readonly Block[], at: number, end: number): boolean {
  for (let i = at + 1; i < end && i <= at + HANDOVER_LINES; i++) {
    const b = blocks[i]!;
    if (b.chars <= 40 && !PROSE_RE.test(b.text) && TITLE_RE.test(b.text)) return blocks.slice(i + 1, end).some((x) => x.chars > 12 && PROSE_RE.test(x.text));
  }
  return false;
}
/**
 * Where the answering doctor's answer ends when other doctors' answers or visitors' comments
 * follow it on the page (其他回答（2）, 网友评论): their heading, after some text of the answer; so does a
 * customer-service widget's head (`在线客服`, furniture-lines.ts) over its greeting, unless a chat's speakers go on after it
 * or it hands over to the doctor whose card and answer follow it.
 */
export function othersEnd(blocks: Block[], question: number, end: number): number {
  let text = false;
  // A page saying it lists several answers (`2 个回答`, answer-list.ts) with a titled card over the text read: after that text, a
  // member's byline of a nickname and a stamp alone (`二宝妈咪 9天前`, member-answer.ts) starts another person's answer.
  let counted = false;
  let carded = false;
  let read = false;
  for (let i = question + 1; i < end; i++) {
    const b = blocks[i]!;
    if (text && b.chars <= 16 && isOtherAnswersHead(b.text)) return i;
    if (!carded && b.chars <= 16 && isAnswersHead(b.text) && Number(b.text.match(/\d+/u)?.[0] ?? 0) >= 2) counted = true;
    if (counted && !carded && b.chars <= 40 && !PROSE_RE.test(b.text) && TITLE_RE.test(b.text)) carded = true;
    if (read && isStampedNickname(b.text)) return i;
    if (carded && b.chars > 12 && PROSE_RE.test(b.text)) read = true;
    if (text && b.chars <= 16 && SUPPORT_WIDGET_HEAD_RE.test(b.text.trim()) && !chatGoesOn(blocks, question, i, end) && !handsOverToDoctor(blocks, i, end)) return i;
    if (b.chars > 12 && PROSE_RE.test(b.text)) text = true;
  }
  return end;
}
/**
 * Others' answers under their heading before the answering doctor's card (a community's page: the
 * members' answers, then the expert's): the lines from that heading to the card, none of the answer or
 * its meta. Comments follow what they comment on.
 */
export function othersBefore(blocks: Block[], question: number, end: number): [number, number] | null {
  const isTitled = (b: Block) => b.chars <= 40 && TITLE_RE.test(b.text);
  for (let i = question + 1; i < end; i++) {
    const b = blocks[i]!;
    if (isTitled(b)) return null;
    if (b.chars > 16 || !isOtherAnswersHead(b.text) || b.text.includes('评论')) continue;
    const card = blocks.findIndex((x, j) => j > i && j < end && isTitled(x));
    return card === -1 ? null : [i, card];
  }
  return null;
}
/**
 * Where the page's own part ends after the answer: a short unlinked line heading a run of linked
 * lines (大家都在看, 推荐医生 over their links), a block of the site's, not the answer's meta or card.
 */
export function ownEnd(blocks: readonly Block[], kinds: readonly Kind[], last: number, end: number, card: Element | null): number {
  if (last < 0) return end;
  const linked = (b: Block | undefined) => b !== undefined && b.chars >= 2 && b.linkChars > 0 && !(card && inside(b.node, card));
  for (let i = last + 1; i < end - 2; i++) {
    const b = blocks[i]!;
    if (b.chars > 12 || b.linkChars > 0 || PROSE_RE.test(b.text) || kinds[i] === 'meta' || kinds[i] === 'card') continue;
    // A product card's title over its linked product (相关药品 over 蒙脱石散) set inside the answer's text is the card's, no list ending the answer.
    if (kinds[i] === 'product' && inAnswerText(b.node, blocks[last]!.node, card)) continue;
    // So is a card's figure over its button (`12分钟 · 3.2万人练过` over 参加训练): the card's, no list's head.
    if (kinds[i] === 'product' && showsCardFigure(b.text)) continue;
    if (linked(blocks[i + 1]) && blocks.slice(i + 2, i + 8).filter(linked).length >= 1) return i;
  }
  return end;
}
/** Whether `node` stands in the box of the answer's text: an element holding it and the answer's last line, and not the doctor's card. */
function inAnswerText(node: AnyNode | null, lastLine: AnyNode | null, card: Element | null): boolean {
  if (!node || !card) return false;
  for (let box = lastLine?.parent ?? null; box; box = box.parent) if (inside(node, box)) return !inside(card, box);
  return false;
}
/** The smallest element holding both the question's line and the card (not the page's body). */
export function boxOf(question: AnyNode | null, card: Element): Element | null {
  for (let el: Element | null = card; el && el.type === 'tag'; el = el.parent as Element | null) {
    if (el.name === 'body' || el.name === 'html') return null;
    if (question && inside(question, el)) return el;
  }
  return null;
}
/** The first line after the answer past which nothing is the page's own (a divider, a label of a list the DOM does not show as one). */
export function endAfter(kinds: readonly Kind[], last: number, end: number): number {
  if (last < 0) return end;
  for (let i = last + 1; i < end; i++) if (kinds[i] === 'end') return i;
  return end;
}

/** The element beside another among its parent's children (text between passed over). */
function elementBeside(el: AnyNode, after: boolean): Element | null {
  for (let n = after ? el.next : el.prev; n; n = after ? n.next : n.prev) if (n.type === 'tag') return n as Element;
  return null;
}
/** Inline markup inside a paragraph (no link: a paragraph of links is a list's). */
const INLINE_TAGS = new Set(['b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small', 'big', 'mark', 'sup', 'sub', 'br']);
/** The shortest paragraph of text the answer goes on with: a sentence, no button's or link's words. */
const PARAGRAPH_CHARS = 12;
/**
 * Whether a related list's head stands in a box set between two paragraphs of the answer's text (`<p>…</p><div>你可能还想问：links</div><p>…</p>`,
 * a box a site inserts into the text): the box holding the head is a sibling of the paragraph holding the answer's last line read, and
 * a paragraph of prose follows it in the same element, no notice. Paragraphs only: a list after the box of the answer (a table, a
 * column of paragraphs) and before a footer stands after the answer, not in it. The answer may go on after the box: the reader doubts its end.
 */
function listInsertedInText(label: Element, lastLine: AnyNode | null): boolean {
  const box = label.parent;
  if (!box || box.type !== 'tag' || !lastLine) return false;
  const [before, after] = [elementBeside(box, false), elementBeside(box, true)];
  // A paragraph: an element of text and inline markup only (no box of boxes: a table, a section, the answer's whole column).
  const paragraph = (el: Element | null) => el !== null && PROSE_RE.test(textContent(el)) && textContent(el).replace(/\s+/gu, '').length > PARAGRAPH_CHARS && el.children.every((c) => c.type !== 'tag' || INLINE_TAGS.has((c as Element).name));
  return paragraph(before) && inside(lastLine, before!) && paragraph(after) && !isDisclaimer(textContent(after!));
}

/** The box of a related list's head set between two paragraphs of text (listInsertedInText); null where it is none. */
export function listBoxInText(label: Element | null): Element | null {
  const box = label?.parent;
  if (!label || !box || box.type !== 'tag') return null;
  const before = elementBeside(box, false);
  return before && listInsertedInText(label, firstTextOf(before)) ? (box as Element) : null;
}
/** The first text node showing something under a node. */
function firstTextOf(node: AnyNode): AnyNode | null {
  if (node.type === 'text') return (node as unknown as { data: string }).data.trim() ? node : null;
  if (node.type === 'tag') for (const c of (node as Element).children) {
    const found = firstTextOf(c);
    if (found) return found;
  }
  return null;
}
