import type { AnyNode, Element, Text } from 'domhandler';
import type { Block } from './html-lines.js';

/**
 * A 问 / 答 badge (Q / A) drawn before a line: a styled element holding the one character
 * (`<span class="badge">问</span>question`), or the label with its colon in an element of its
 * own (`<strong>答：</strong>answer`), or printed on the line (`问：question`). A label, not the
 * line's text: the line after 问 is the question's (the asker's), the line after 答 the answer's.
 */
export interface Badge {
  side: 'question' | 'answer';
  /** The line without its badge (empty where the badge stands on a line of its own). */
  rest: string;
  /** The line as printed, badge and all. */
  line: string;
}

const BADGE_RE = /^(?:(问|Q)|(答|A))\s*[:：]?$/u;
const PRINTED_RE = /^\s*(?:(问|Q)|(答|A))\s*[:：]\s*(?=\S)/u;
const INLINE = new Set(['span', 'b', 'strong', 'em', 'i', 'font', 'label', 'mark', 'small', 'sup']);

/** The badge a line opens with, or null. */
export function badgeOf(block: Block): Badge | null {
  const text = block.text.trim();
  const node = block.node;
  const first = node && node.type === 'text' ? (node as Text).data.trim() : '';
  const parent = node?.parent as Element | null | undefined;
  // A badge of its own: the line's first text node alone in an inline element of its own.
  const drawn = parent?.type === 'tag' && INLINE.has(parent.name) && parent.children.length === 1;
  const own = drawn ? first.match(BADGE_RE) : null;
  if (own && text.startsWith(first)) return { side: own[1] ? 'question' : 'answer', rest: text.slice(first.length).trim(), line: text };
  const printed = text.match(PRINTED_RE);
  return printed ? { side: printed[1] ? 'question' : 'answer', rest: text.slice(printed[0].length).trim(), line: text } : null;
}

/**
 * A list item's line opened by a drawn badge (`<i>问</i>question` in its link, `<i>答</i>snippet`
 * under it): the line without it. The badge is an inline element among `nodes` holding 问 / 答 / Q / A
 * alone, with which the line starts; the line as it is where none opens it.
 */
export function withoutDrawnBadge(line: string, nodes: readonly AnyNode[]): string {
  const text = line.trimStart();
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const word = INLINE.has(el.name) && el.children.length === 1 && el.children[0]!.type === 'text' ? (el.children[0] as Text).data.trim() : '';
    if (word && BADGE_RE.test(word) && text.length > word.length && text.startsWith(word)) return text.slice(word.length).trimStart();
    stack.push(...el.children);
  }
  return line;
}
