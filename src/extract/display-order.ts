import type { AnyNode, Document, Element, Text } from 'domhandler';
import { sheetBlocks, sheetText } from './style-sheet.js';

/**
 * A flex or grid container shows its children in the order of their CSS `order` (an inline style,
 * or a class its `<style>` sets), not as the markup lists them: a page may put its related list, its
 * card or its date line before the answer in the source and show them after it, or the reverse. The
 * page is read as displayed: the container's children are put in that order (a stable sort, as CSS
 * does: children of equal `order` keep their source order), on the parsed tree, before it is read.
 */

/** `order:` as a declaration (not `border:`), followed by a number, in a sheet or a style attribute quoted or not: looked for before the tree is walked. */
const ORDER_RE = /(?:^|[\s;{"'=])order\s*:\s*(-?\d+)/iu;
const DISPLAY_RE = /(?:^|[\s;{"'=])display\s*:\s*(?:inline-)?(flex|grid)\b/iu;
const CLASS_SELECTOR_RE = /^\.(-?[_a-zA-Z][\w-]*)$/u;

/** What a class sets of the two properties this reads: the last rule that sets each wins. */
interface ClassStyle {
  order?: number;
  container?: boolean;
}

/** Puts the children of the page's flex and grid containers in the order they are displayed; whether it moved any. */
export function inDisplayOrder(html: string, document: Document): boolean {
  if (!ORDER_RE.test(html) || !DISPLAY_RE.test(html)) return false;
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
  if (!/order|display/iu.test(css)) return;
  for (const { head, body } of sheetBlocks(css)) if (!head.startsWith('@')) note(head, body, into);
}

function note(selectors: string, declarations: string, into: Map<string, ClassStyle>): void {
  const order = ORDER_RE.exec(declarations);
  const display = /(?:^|;)\s*display\s*:\s*([\w-]+)/iu.exec(declarations);
  if (!order && !display) return;
  for (const s of selectors.split(',')) {
    const m = CLASS_SELECTOR_RE.exec(s.trim());
    if (!m) continue;
    const style = into.get(m[1]!) ?? {};
    if (order) style.order = Number(order[1]);
    if (display) style.container = /^(?:inline-)?(?:flex|grid)$/iu.test(display[1]!);
    into.set(m[1]!, style);
  }
}

/** The value of one of the two properties for an element: its inline style's, else its classes' (the last that sets it). */
function styleOf<K extends keyof ClassStyle>(el: Element, key: K, classes: ReadonlyMap<string, ClassStyle>): ClassStyle[K] | undefined {
  const inline = el.attribs.style;
  if (inline !== undefined) {
    if (key === 'order') {
      const m = ORDER_RE.exec(inline);
      if (m) return Number(m[1]) as ClassStyle[K];
    } else {
      const m = /(?:^|;)\s*display\s*:\s*([\w-]+)/iu.exec(inline);
      if (m) return /^(?:inline-)?(?:flex|grid)$/iu.test(m[1]!) as ClassStyle[K];
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

const isContainer = (el: Element, classes: ReadonlyMap<string, ClassStyle>): boolean => el.type === 'tag' && styleOf(el, 'container', classes) === true;

/** Sorts a container's items (its elements and its runs of text) by `order`, in place; whether any moved. */
function reorder(container: Element, classes: ReadonlyMap<string, ClassStyle>): boolean {
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
  if (items.every((item, i) => i === 0 || items[i - 1]!.order <= item.order)) return false;
  items.sort((a, b) => a.order - b.order || a.at - b.at);
  slots.forEach((slot, i) => (children[slot] = items[i]!.node));
  children.forEach((node, i) => {
    node.prev = children[i - 1] ?? null;
    node.next = children[i + 1] ?? null;
  });
  return true;
}
