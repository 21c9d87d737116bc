import type { AnyNode, Element } from 'domhandler';
import { detach } from './index-prune.js';
import { textContent, type PageIndex } from './page-index.js';
import { headsWhere, ownLine } from './one-line-heads.js';

/**
 * A box of key points an editor set above the text (`重點摘要`, `本文重点`, `重点整理`, `Key takeaways`): a few short points
 * drawn from the answer, which it may word again. None of the answer, which follows it: the box is taken out of the
 * parsed page before it is read, as an AI's summary box is (ai-summary.ts). Only a small box of short points with the
 * longer text after it; a head of the same words closing the answer (a doctor's own `重点整理` under their text) stays.
 */

/** A head naming an editor's summary of the text, in either script (the page is folded to simplified after the mends). */
const HEAD_RE = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:本文|文章|内容|全文)?重[点點](?:摘要|整理|提要|速[览覽]|回[顾顧])|(?:本文|文章)(?:重[点點]|要[点點]|摘要)|要[点點](?:摘要|整理|速[览覽])|key\s*takeaways?|key\s*points|in\s*brief)\s*[:：]?$/iu;
/** Where the markup names no such head, nothing is walked. */
const CHEAP_TEST_RE = /重[点點]|要[点點]|摘要|takeaway|key\s*points|in\s*brief/iu;
/** What a box of a few points holds at most, and a point. */
const MAX_BOX_CHARS = 400;
const MAX_POINT_CHARS = 80;
const MAX_POINTS = 6;
const compact = (text: string) => text.replace(/\s+/gu, '');

/** The box's points: the lines of its elements other than the head (list items, paragraphs). */
function pointsOf(box: Element, head: Element): string[] {
  const points: string[] = [];
  const stack: AnyNode[] = [...box.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === head) continue;
    if (node.type === 'text') {
      const text = (node as unknown as { data: string }).data.trim();
      if (text !== '') points.push(text);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'h1' || el.name === 'script' || el.name === 'style') return [];
    if (['li', 'p', 'dd', 'dt'].includes(el.name) || ownLine(el) !== null) {
      const text = textContent(el).trim();
      if (text !== '') points.push(text);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return points;
}

/** The text right after the box: its next sibling holding any (or its parent's, up to a few levels), whitespace taken out. */
function textAfter(box: Element): string {
  for (let at: Element | null = box, up = 0; at && up < 3; at = at.parent as Element | null, up++) {
    if (at.type !== 'tag' || at.name === 'body') break;
    for (let n = at.next; n; n = n.next) {
      const text = compact(textContent(n));
      if (text !== '') return text;
    }
  }
  return '';
}

/** Removes the page's key-point boxes set above its text (the index is to be pruned after); whether it removed any. */
export function dropKeyPointBoxes(html: string, index: PageIndex): boolean {
  if (!CHEAP_TEST_RE.test(html)) return false;
  const boxes = headsWhere(index.document, (own) => HEAD_RE.test(own)).flatMap((head) => boxOf(head) ?? []);
  for (const box of boxes) detach(box);
  return boxes.length > 0;
}

/** The box a head heads: the smallest element around it holding more than the head; only a few short points with longer prose after it. */
function boxOf(head: Element): Element | null {
  const headText = compact(textContent(head));
  let box: Element | null = head;
  while (box && compact(textContent(box)) === headText) box = box.parent && box.parent.type === 'tag' ? (box.parent as Element) : null;
  if (!box || box.name === 'body' || box.name === 'html' || box.name === 'main' || box.name === 'article') return null;
  const text = compact(textContent(box));
  if (text.length > MAX_BOX_CHARS) return null;
  const points = pointsOf(box, head);
  if (points.length === 0 || points.length > MAX_POINTS || points.some((p) => p.length > MAX_POINT_CHARS)) return null;
  // The text it sums up follows right after it, longer than the box and in sentences.
  const after = textAfter(box);
  return after.length > text.length && /[，,。；;！!？?]/u.test(after) ? box : null;
}
