import type { AnyNode, Element } from 'domhandler';
import { textContent } from './page-index.js';

/** The inline markup a head may hold: its text in a span, bold or an icon beside it. */
const INLINE = new Set(['span', 'i', 'b', 'strong', 'em', 'img']);
/** What a head holds at most: a box's heads are short (`AI总结`, `重點摘要`), a sentence is no head. */
const MAX_HEAD_CHARS = 16;

/** An element's text where it holds only text and inline markup of one line (a head), else null. */
export function ownLine(el: Element): string | null {
  if (el.children.length === 0 || el.children.length > 3) return null;
  if (el.children.some((c) => c.type === 'tag' && !INLINE.has((c as Element).name))) return null;
  return textContent(el).trim();
}

/**
 * The page's short heads whose text passes `isHead`, outside scripts, styles and the <head>: each the outermost element
 * of one line that does (what is inside a head is not looked into). For the boxes a head names (ai-summary.ts, key-points.ts).
 */
export function headsWhere(root: { children: AnyNode[] }, isHead: (text: string) => boolean): Element[] {
  const heads: Element[] = [];
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'head') continue;
    const own = ownLine(el);
    if (own !== null && own.length <= MAX_HEAD_CHARS && isHead(own)) heads.push(el);
    else stack.push(...el.children);
  }
  return heads;
}
