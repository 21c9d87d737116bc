import type { AnyNode, Document, Element, Text } from 'domhandler';

/**
 * A page built in an editor of slides (an H5 scene, a poster) places each of its parts absolutely,
 * `position:absolute; top:…px` in its own style, and lists them in the markup in whatever order the
 * editor saved them: the card's name below its hospital in the source, or the answer before the
 * question it answers. Such a slide shows its parts top to bottom, and is read so: the children of
 * a box whose every element is placed by a `top:` of its own, in one column (their boxes side by
 * side at no height), are put in the order of their tops (a stable sort: parts at one height keep
 * their source order), on the parsed tree, before it is read.
 */

const ABSOLUTE_RE = /(?:^|;)\s*position\s*:\s*absolute/iu;
const TOP_RE = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/iu;
const LEFT_RE = /(?:^|;)\s*left\s*:\s*(-?[\d.]+)px/iu;
const WIDTH_RE = /(?:^|;)\s*width\s*:\s*([\d.]+)px/iu;
/** A question and its answer placed on a slide of their own are two. */
const MIN_PARTS = 2;

interface Part {
  node: Element;
  top: number;
  left: number | null;
  width: number | null;
}

/** Puts the parts of each slide in the order they show top to bottom; whether it moved any. */
export function inPlacedOrder(html: string, document: Document): boolean {
  if (!/position\s*:\s*absolute/iu.test(html)) return false;
  let moved = false;
  const stack: AnyNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (el.children.length >= MIN_PARTS && reorder(el)) moved = true;
    for (const child of el.children) stack.push(child);
  }
  return moved;
}

/** The box's elements as placed parts, or null where one is not placed by a top of its own or text stands between them. */
function partsOf(box: Element): Part[] | null {
  const parts: Part[] = [];
  for (const node of box.children) {
    if (node.type === 'comment') continue;
    if (node.type === 'text') {
      if ((node as Text).data.trim() !== '') return null;
      continue;
    }
    if (node.type !== 'tag') return null;
    const el = node as Element;
    const style = el.attribs.style ?? '';
    const top = TOP_RE.exec(style);
    if (!ABSOLUTE_RE.test(style) || !top) return null;
    const left = LEFT_RE.exec(style);
    const width = WIDTH_RE.exec(style);
    parts.push({ node: el, top: Number(top[1]), left: left ? Number(left[1]) : null, width: width ? Number(width[1]) : null });
  }
  return parts.length >= MIN_PARTS ? parts : null;
}

/** Whether the parts stand in one column: every part's box spans the left of every other (columns side by side are read as the markup lists them). */
function oneColumn(parts: readonly Part[]): boolean {
  const lefts = parts.map((p) => p.left ?? 0);
  const rights = parts.map((p, i) => (p.width === null ? null : lefts[i]! + p.width));
  if (rights.includes(null)) return Math.max(...lefts) - Math.min(...lefts) <= 40;
  return Math.max(...lefts) < Math.min(...(rights as number[]));
}

function reorder(box: Element): boolean {
  const parts = partsOf(box);
  if (!parts || !oneColumn(parts)) return false;
  if (parts.every((p, i) => i === 0 || parts[i - 1]!.top <= p.top)) return false;
  // Array.prototype.sort is stable: parts at one height keep their source order.
  const order = [...parts].sort((a, b) => a.top - b.top);
  const slots: number[] = [];
  box.children.forEach((node, i) => {
    if (node.type === 'tag') slots.push(i);
  });
  slots.forEach((slot, i) => (box.children[slot] = order[i]!.node));
  box.children.forEach((node, i) => {
    node.prev = box.children[i - 1] ?? null;
    node.next = box.children[i + 1] ?? null;
  });
  return true;
}
