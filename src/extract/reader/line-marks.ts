/**
 * Re-marking classified lines by their neighbours: 问 / 答 badges, the asker's box and unlabelled
 * words, patients' reviews. Each takes the kinds and changes the lines it is sure of.
 */
import type { AnyNode, Element } from 'domhandler';
import { isAnswererHead, isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { comparable } from '../../core/text.js';
import { isReporterByline, isReporterLede } from '../words/news-lead.js';
import { inside, lineBox, type Block } from '../lines/html-lines.js';
import { isAskerProfile } from '../layouts/asker-stamp.js';
import { repliesFollowUp } from '../layouts/follow-up-round.js';
import { badgeOf, type Badge } from '../lines/qa-badge.js';
import { type Kind, INLINE } from './line-kinds.js';

/** The 问 / 答 badges of the lines after the question (qa-badge.ts); each such line keeps its text without its badge. */
export function readBadges(blocks: Block[], question: number, end: number): Map<number, Badge> {
  const badges = new Map<number, Badge>();
  for (let i = question + 1; i < end; i++) {
    const badge = badgeOf(blocks[i]!);
    if (!badge) continue;
    badges.set(i, badge);
    blocks[i] = { ...blocks[i]!, text: badge.rest };
  }
  return badges;
}
/**
 * A 问 badge's line is the question's (or the asker's), and so is the line after a 问 badge on a
 * line of its own; a 答 badge on a line of its own is the answer's label. The answer starts at the
 * first 答 badge: text before it (an article's intro, the question again) is none of the answer.
 * A 答 right under an asked follow-up (`患者追问：…？` over `答：…`) replies to that, and opens none of it (follow-up-round.ts);
 * nor does one under a related list's label (an item's `问：… 答：…` pair under 相关问题): the item's.
 * Nor does one whose 问 asks another question than the page's after the card's doctor has answered in prose (`Q：…` / `A：…` in a
 * box of the site's canned Q&A under the reply): a pair of its own, the answer already given above it.
 */
export function markBadges(blocks: readonly Block[], kinds: Kind[], badges: ReadonlyMap<number, Badge>, question: number, asked = ''): void {
  let opens = -1;
  const listAt = badges.size === 0 ? -1 : blocks.findIndex((b, i) => i > question && b.chars <= 24 && isRelatedLabel(b.text.trim()));
  // The last 问 badge asking a question of its own, above the 答 badges that follow it.
  let asking = -1;
  for (const [i, badge] of badges) {
    if (badge.side === 'question') {
      kinds[i] = 'asker';
      if (badge.rest === '' && kinds[i + 1] === 'text') kinds[i + 1] = 'asker';
      else if (badge.rest !== '') asking = i;
    } else {
      if (badge.rest === '') kinds[i] = 'label';
      if (opens === -1 && !repliesFollowUp(blocks, i) && (listAt === -1 || i < listAt) && !pairAfterAnswer(blocks, kinds, badges, question, asking, asked)) opens = i;
    }
  }
  for (let i = question + 1; i < opens; i++) if (kinds[i] === 'text') kinds[i] = 'note';
}
/**
 * Whether a 问 badge (at `asking`) asks another question than the page's (`asked`), below the card's line and prose after it:
 * the doctor has answered above, and the badged pair is another Q&A (the site's canned ones), none opening the answer.
 */
function pairAfterAnswer(blocks: readonly Block[], kinds: readonly Kind[], badges: ReadonlyMap<number, Badge>, question: number, asking: number, asked: string): boolean {
  if (asking === -1 || asked === '') return false;
  const own = comparable(asked);
  const other = comparable(badges.get(asking)!.rest);
  if (other === '' || own.includes(other) || other.includes(own)) return false;
  const card = kinds.findIndex((k, i) => i > question && i < asking && k === 'card');
  return card !== -1 && kinds.some((k, i) => i > card && i < asking && k === 'text' && PROSE_RE.test(blocks[i]!.text));
}
/**
 * A question printed after the asker's label in a box of the asker's (`<blockquote>患者提问：… <p>男，26岁…</p>`):
 * the lines of text right after it in the box are the asker's description, none of the answer
 * (up to a line of another kind, such as the answer's label where the box holds the answer too).
 * Not where the box is preformatted text, whose one element holds the whole page.
 */
export function markAskerBox(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  const box = blockOf(blocks[question]!.node);
  if (!box || box.name === 'pre' || box.name === 'body') return;
  for (let i = question + 1; i < end && kinds[i] === 'text' && inside(blocks[i]!.node, box); i++) kinds[i] = 'asker';
}
/** The <blockquote> a line stands in, where one does. */
function quoteOf(node: AnyNode | null): Element | null {
  for (let n = node?.parent ?? null; n && n.type === 'tag'; n = n.parent) if ((n as Element).name === 'blockquote') return n as Element;
  return null;
}
/** A quoted letter is a line or two, each short: a longer quote is a text the answer cites. */
const QUOTED_LETTER_CHARS = 80;
/** A quote citing a source (`引用：`, a guideline, a study): the doctor's citation, no letter. */
const CITES_RE = /^(?:引用|摘自|出自|来源)|指南|共识|研究(?:显示|表明|发现|证实)|文献|论文/u;
/** A quote labelled as the post's point (`重点：…`, `一句话总结：…`): the doctor's, no letter (review pages). */
const POINT_LABEL_RE = /^(?:划重点|劃重點|重点|重點|要点|要點|提示|提醒|结论|結論|总结|總結|一句话总结|一句話總結|一句话|一句話|核心观点|核心觀點)\s*[:：]/u;
/** The text after a quote calling it a saying (`这是很多老人常说的话`, `这种说法…`): the doctor quoted it to answer it. */
const CALLS_IT_SAYING_RE = /^(?:这|這)(?:句话|句話|种说法|種說法|个说法|個說法)|常说的|常說的|俗话|俗話|老话|老話|说法|說法/u;
/** A quote that asks: a letter's question. */
const ASKS_RE = /[？?]|吗|嗎|请问|請問|怎么办|怎麼辦/u;
/**
 * The reader's letter quoted in a <blockquote> at the head of the answer, unlabelled (a newsletter's `<blockquote>有没有什么好的办法
 * 缓解？</blockquote>` under its headline's question), the answer's text going on after it outside the quote: the asker's words. Only the quote
 * the zone opens with, its text before any of the answer's, citing nothing (what the doctor quotes, a guideline, stays theirs).
 */
export function markQuotedLetter(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  let first = question + 1;
  while (first < end && kinds[first] !== 'text') first++;
  const quote = first < end ? quoteOf(blocks[first]!.node) : null;
  if (!quote || !blocks[question]!.heading || inside(blocks[question]!.node, quote)) return;
  let after = first;
  while (after < end && (kinds[after] !== 'text' || inside(blocks[after]!.node, quote))) after++;
  const quoted = Array.from({ length: after - first }, (_, k) => first + k).filter((i) => kinds[i] === 'text');
  if (after >= end || quoted.length > MAX_ASKER_WORDS || quoted.some((i) => blocks[i]!.text.length > QUOTED_LETTER_CHARS || CITES_RE.test(blocks[i]!.text) || POINT_LABEL_RE.test(blocks[i]!.text))) return;
  // The doctor's own quote: a saying asking nothing that the text after calls one (`是药三分毒` over `这是很多老人常说的话`; a letter
  // asking `…这样对吗？` over `这种说法…` is the asker's), or a pull-quote: a sentence of the answer's printed again whole.
  if (!quoted.some((i) => ASKS_RE.test(blocks[i]!.text)) && CALLS_IT_SAYING_RE.test(blocks[after]!.text.slice(0, 20))) return;
  const following = blocks.slice(after, end).map((b) => b.text.replace(/[\s\p{P}]/gu, '')).join('');
  if (quoted.every((i) => following.includes(blocks[i]!.text.replace(/[\s\p{P}]/gu, '')))) return;
  // The answer after the quote says more than the quote does: a quoted answer over a closing note (`专家提醒，…`) is the answer.
  const chars = (from: number, to: number) => blocks.slice(from, to).reduce((n, b, k) => n + (kinds[from + k] === 'text' && !inside(b.node, quote) ? b.text.length : 0), 0);
  if (chars(after, end) <= quoted.reduce((n, i) => n + blocks[i]!.text.length, 0)) return;
  for (const i of quoted) kinds[i] = 'asker';
}
/** The asker's words unlabelled are a line or two; more is no description. */
const MAX_ASKER_WORDS = 2;
/**
 * The asker's words with no label, under their profile (`男 · 26岁 · 847人看过`) right below the question:
 * the lines up to the answer's date line are theirs where the answer's text follows that line, as a
 * description stands between the asker's line and the answer's head.
 */
export function markAskerWords(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  const profile = question + 1;
  if (profile >= end || kinds[profile] !== 'asker' || !isAskerProfile(blocks[profile]!.text)) return;
  let head = profile + 1;
  while (head < end && kinds[head] === 'text' && head - profile <= MAX_ASKER_WORDS) head++;
  if (head === profile + 1 || head >= end || kinds[head] !== 'meta') return;
  let next = head + 1;
  while (next < end && (kinds[next] === 'meta' || kinds[next] === 'label' || kinds[next] === 'ui' || kinds[next] === 'player')) next++;
  if (next >= end || kinds[next] !== 'text') return;
  for (let i = profile + 1; i < head; i++) kinds[i] = 'asker';
}
/**
 * The asker's words with no label between the question and a head naming who answers (`门店药师回复`), the answer's text
 * after that head: the asker's, as a description stands between the question and the answer's head.
 */
export function markWordsBeforeAnswerer(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  let head = question + 1;
  while (head < end && kinds[head] === 'text' && head - question <= MAX_ASKER_WORDS) head++;
  if (head === question + 1 || head >= end || !isAnswererHead(blocks[head]!.text)) return;
  let next = head + 1;
  while (next < end && (kinds[next] === 'card' || kinds[next] === 'meta' || kinds[next] === 'label' || kinds[next] === 'ui')) next++;
  if (next >= end || kinds[next] !== 'text') return;
  for (let i = question + 1; i < head; i++) kinds[i] = 'asker';
}
/** The head of patients' reviews of the doctor (`患者评价 ★★★★★ 5.0分`, `用户点评（12）`). */
const REVIEWS_HEAD_RE = /^(?:患者|用户|网友|病友|就诊|服务)(?:评价|点评|口碑)(?:[\s（(★☆:：]|$)/u;
/** A review's rating (stars, a score) or its reviewer's masked name (`患者5**6`, `用户8**9`). */
const REVIEW_LINE_RE = /[★☆]{3,}|^\s*\S{1,4}\*{2,}\S{0,4}(?:\s|$)/u;
/**
 * Patients' reviews (their head, then stars, masked names and short praise) are none of the
 * answer: the head ends it, and every line after it in the head's box is furniture.
 */
export function markReviews(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  for (let i = question + 1; i < end; i++) {
    if (!REVIEWS_HEAD_RE.test(blocks[i]!.text)) continue;
    kinds[i] = 'end';
    // The box around the head and its list, unless it holds the question too (the whole page).
    const box = lineBox(blocks[i]!.node);
    if (!box || inside(blocks[question]!.node, box) || (box.type === 'tag' && (box as Element).name === 'body')) continue;
    for (let j = i + 1; j < end && inside(blocks[j]!.node, box); j++) kinds[j] = 'ui';
  }
  for (let i = question + 1; i < end; i++) if (kinds[i] === 'text' && blocks[i]!.chars <= 40 && REVIEW_LINE_RE.test(blocks[i]!.text)) kinds[i] = 'ui';
}
/** The block element a line's text stands in (the <blockquote> around `<b>患者提问：</b>…`). */
function blockOf(node: AnyNode | null): Element | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && INLINE.has((el as Element).name)) el = el.parent;
  return el && el.type === 'tag' ? (el as Element) : null;
}
/**
 * A reporter's lead right under their byline at the story's head (`文/…记者 王芳` over `近日，不少读者来电咨询…，记者就此采访了专家。`,
 * news-lead.ts): the reporter's, none of the answer, as the byline is. Only the lines that read as a lead, one after another.
 */
export function markReporterLede(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  const byline = kinds.findIndex((k, i) => i > question && i < end && (k === 'text' || (k === 'note' && isReporterByline(blocks[i]!.text))));
  if (byline === -1 || kinds[byline] === 'text') return;
  for (let i = byline + 1; i < end; i++) {
    if (kinds[i] === 'note' || kinds[i] === 'meta' || kinds[i] === 'ui') continue;
    if (kinds[i] !== 'text' || !isReporterLede(blocks[i]!.text)) return;
    kinds[i] = 'note';
  }
}
