import type { AnyNode, Element } from 'domhandler';
import { detachWhere } from './index-prune.js';
import type { PageIndex } from './page-index.js';

/**
 * An answer typed out on the page (打字机效果: a script shows it a character at a time) and saved
 * once it ran leaves two things that are none of it: the blinking caret after the last character
 * typed (`▍`, `|`, `_` in an element of its own), and the status over it saying the typing ended
 * (回答已生成, 医生回答 · 完成, 打字中…完成).
 */

/** Glyphs a text caret is drawn with. */
const CARET_RE = /^[▍▌▎▏▋█|｜_]$/u;
/** Markup with an element holding nothing but a caret glyph: only such a page is walked. */
const MAY_HOLD_CARET_RE = /<(?:span|i|b|em)\b[^>]*>\s*[▍▌▎▏▋█|｜_]\s*<\//iu;
const INLINE = new Set(['span', 'i', 'b', 'em', 'strong', 'a', 'font', 'u', 'small']);

const onlyText = (el: Element): string | null =>
  el.children.length === 1 && el.children[0]!.type === 'text' ? (el.children[0] as unknown as { data: string }).data.trim() : null;

const blank = (node: AnyNode): boolean =>
  node.type === 'text' ? (node as unknown as { data: string }).data.trim() === '' : node.type === 'comment' || (node.type === 'tag' && ((node as Element).name === 'br' || (node as Element).children.every(blank)));

/** Whether anything shows before (or after) the element in the block (paragraph) it sits in. */
function showsBeside(el: Element, side: 'prev' | 'next'): boolean {
  let node: AnyNode = el;
  for (;;) {
    for (let sib = node[side]; sib; sib = sib[side]) if (!blank(sib)) return true;
    const parent: AnyNode | null = node.parent;
    if (!parent || parent.type !== 'tag' || !INLINE.has((parent as Element).name)) return false;
    node = parent;
  }
}

/** A caret: an inline element of one caret glyph, after the block's text and last in it. */
const isCaret = (el: Element): boolean => INLINE.has(el.name) && el.name !== 'a' && CARET_RE.test(onlyText(el) ?? '') && !showsBeside(el, 'next') && showsBeside(el, 'prev');

/** Takes the typed text's caret out of the parsed page (the index is to be pruned after); whether it took any. */
export function dropTypingCarets(html: string, index: PageIndex): boolean {
  return MAY_HOLD_CARET_RE.test(html) && detachWhere(index, isCaret);
}

/** The status of the typing over the answer: done (回答已生成, 医生回答 · 完成, 打字中…完成, 内容生成完毕). */
const TYPING_DONE_RE =
  /^(?:(?:医生|AI|ＡＩ|智能)?(?:回答|回复|内容|答案))?\s*[·•:：|｜\-—]?\s*(?:(?:正在)?(?:生成|输入|打字|输出)中?\s*[.。…·]*\s*)?(?:已(?:生成|输出|输入)(?:完毕|完成|结束)?|(?:生成|输出|输入)(?:完毕|完成|结束)|已?完成)$/u;

export const isTypingDone = (text: string) => text.length <= 14 && TYPING_DONE_RE.test(text.trim());
