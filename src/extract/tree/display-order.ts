import type { AnyNode, Document, Element, Text } from 'domhandler';
import { selectorClasses, sheetBlocks, sheetText } from './style-sheet.js';

/**
 * A flex or grid container shows its children in the order of their CSS `order` (an inline style,
 * or a class its `<style>` sets), not as the markup lists them: a page may put its related list, its
 * card or its date line before the answer in the source and show them after it, or the reverse. The
 * page is read as displayed: the container's children are put in that order (a stable sort, as CSS
 * does: children of equal `order` keep their source order), on the parsed tree, before it is read.
 * A flex column laid out `column-reverse` shows its items bottom up: a chat's message list that
 * holds the newest message first in its markup shows the oldest at the top, and is read so.
 * (`row-reverse` is left as the markup reads: it mostly puts a bubble's avatar or name on the
 * other side, and a line read right to left is no order to read.)
 */

/** `order:` as a declaration (not `border:`), followed by a number, in a sheet or a style attribute quoted or not: looked for before the tree is walked. */
const ORDER_RE = /(?:^|[\s;{"'=])order\s*:\s*(-?\d+)/iu;
const DISPLAY_RE = /(?:^|[\s;{"'=])display\s*:\s*(?:inline-)?(flex|grid)\b/iu;
/** The flex direction, by `flex-direction` or the `flex-flow` shorthand (`flex-flow: column-reverse nowrap`). */
const DIRECTION_RE = /(?:^|[\s;{"'=])flex-(?:direction|flow)\s*:\s*([^;{}"']*)/iu;
const REVERSED_RE = /(?:^|[\s;{"'=])flex-(?:direction|flow)\s*:[^;{}"']*\bcolumn-reverse\b/iu;

/** What a class sets of the properties this reads: the last rule that sets each wins. */
interface ClassStyle {
  order?: number;
  /** The display, where it lays out flex or grid items (null: another display). */
  container?: 'flex' | 'grid' | null;
  /** A flex direction set: whether it is `column-reverse`. */
  reversed?: boolean;
}

/** Puts the children of the page's flex and grid containers in the order they are displayed; whether it moved any. */
export function inDisplayOrder(html: string, document: Document): boolean {
  if (!(ORDER_RE.test(html) || REVERSED_RE.test(html)) || !DISPLAY_RE.test(html)) return false;
  const classes = new Map<string, ClassStyle>();
  const containers: Element[] = [];
  const stack: AnyNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'style') classStyles(sheetText(node as Element), classes);
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (el.children.length > 1) containers.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  let moved = false;
  for (const el of containers) if (isContainer(el, classes) && reorder(el, classes)) moved = true;
  return moved;
}

/** The `order` and flex/grid `display` of a sheet's top-level rules whose selectors are classes alone (`@media` rules not followed). */
function classStyles(css: string, into: Map<string, ClassStyle>): void {
  if (!/order|display|flex-/iu.test(css)) return;
  for (const { head, body } of sheetBlocks(css)) if (!head.startsWith('@')) note(head, body, into);
}

function note(selectors: string, declarations: string, into: Map<string, ClassStyle>): void {
  const order = ORDER_RE.exec(declarations);
  const display = /(?:^|;)\s*display\s*:\s*([\w-]+)/iu.exec(declarations);
  const direction = DIRECTION_RE.exec(declarations);
  if (!order && !display && !direction) return;
  for (const c of selectorClasses(selectors)) {
    const style = into.get(c) ?? {};
    if (order) style.order = Number(order[1]);
    if (display) style.container = layoutOf(display[1]!);
    if (direction) style.reversed = reversedDirection(direction[1]!);
    into.set(c, style);
  }
}

/** Flex or grid, for a `display` value that lays its children out so. */
const layoutOf = (display: string): 'flex' | 'grid' | null => /^(?:inline-)?(flex|grid)$/iu.exec(display)?.[1]!.toLowerCase() as 'flex' | 'grid' | undefined ?? null;

/** The value of one of the properties for an element: its inline style's, else its classes' (the last that sets it). */
function styleOf<K extends keyof ClassStyle>(el: Element, key: K, classes: ReadonlyMap<string, ClassStyle>): ClassStyle[K] | undefined {
  const inline = el.attribs.style;
  if (inline !== undefined) {
    if (key === 'order') {
      const m = ORDER_RE.exec(inline);
      if (m) return Number(m[1]) as ClassStyle[K];
    } else if (key === 'reversed') {
      const m = DIRECTION_RE.exec(inline);
      if (m) return reversedDirection(m[1]!) as ClassStyle[K];
    } else {
      const m = /(?:^|;)\s*display\s*:\s*([\w-]+)/iu.exec(inline);
      if (m) return layoutOf(m[1]!) as ClassStyle[K];
    }
  }
  let value: ClassStyle[K] | undefined;
  if (el.attribs.class !== undefined && classes.size > 0) {
    for (const c of el.attribs.class.split(/\s+/u)) {
      const v = classes.get(c)?.[key];
      if (v !== undefined) value = v;
    }
  }
  return value;
}

/** Whether a `flex-direction` / `flex-flow` value lays the items out bottom up. */
const reversedDirection = (value: string): boolean => /\bcolumn-reverse\b/iu.test(value);

const isContainer = (el: Element, classes: ReadonlyMap<string, ClassStyle>): boolean => el.type === 'tag' && !!styleOf(el, 'container', classes);

/** Sorts a container's items (its elements and its runs of text) by `order`, bottom up in a `column-reverse` flex column, in place; whether any moved. */
function reorder(container: Element, classes: ReadonlyMap<string, ClassStyle>): boolean {
  // A grid has no flex direction.
  const reversed = styleOf(container, 'reversed', classes) === true && styleOf(container, 'container', classes) === 'flex';
  const children = container.children;
  const slots: number[] = [];
  const items: Array<{ node: AnyNode; order: number; at: number }> = [];
  children.forEach((node, i) => {
    const blank = node.type === 'text' && (node as Text).data.trim() === '';
    if (blank || node.type === 'comment') return;
    slots.push(i);
    const order = node.type === 'tag' ? (styleOf(node as Element, 'order', classes) ?? 0) : 0;
    items.push({ node, order, at: items.length });
  });
  if (!reversed && items.every((item, i) => i === 0 || items[i - 1]!.order <= item.order)) return false;
  if (reversed && items.length < 2) return false;
  items.sort((a, b) => a.order - b.order || a.at - b.at);
  if (reversed) items.reverse();
  slots.forEach((slot, i) => (children[slot] = items[i]!.node));
  children.forEach((node, i) => {
    node.prev = children[i - 1] ?? null;
    node.next = children[i + 1] ?? null;
  });
  return true;
}
