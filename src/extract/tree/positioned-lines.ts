import type { AnyNode, Document, Element, Text } from 'domhandler';
import { detach } from './index-prune.js';

/**
 * A document converted from a PDF (pdf2htmlEX and its kind) prints every line as an element of its
 * own, placed absolutely (its left and its height on the page set by a class or an inline style):
 * a paragraph is cut into lines wherever the PDF's line ended, mid-sentence and mid-word, and each
 * PDF page repeats a running header and a footer (the site's name or a print header, 第 N 页 / 共 M
 * 页, — N —, the address and n/m). Read as a reader reads the page: the running lines are none of
 * it, and a line that goes on with the one before it (not indented further, not opened by a label
 * or an address, after a line that did not end its sentence or ran to the right margin) joins that
 * line with nothing between them (Chinese text), across the PDF's page breaks. An indent (a left
 * further in, or ideographic spaces) opens a paragraph.
 *
 * Done on the parsed tree before it is read: a joined line's children move into the line before it.
 */

interface Placed {
  el: Element;
  left: number | null;
  font: number | null;
  text: string;
}

const RULE_RE = /\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}/gu;
const ABSOLUTE_RE = /position\s*:\s*absolute/iu;
const LEFT_RE = /(?:^|;)\s*left\s*:\s*(-?[\d.]+)px/iu;
const FONT_RE = /(?:^|;)\s*font-size\s*:\s*([\d.]+)px/iu;
/** A page's footer: its number (第 N 页, 共 M 页, — N —, n/m at the end of the line). */
const PAGE_NUMBER_RE = /第\s*\d+\s*页|共\s*\d+\s*页|^[—–\-－]+\s*\d+\s*[—–\-－]+$|(?:^|\s)\d+\s*\/\s*\d+$/u;
/** A line opened by a label and its colon (`链接：`, `所在医院：`, `日期：`) or by an address: a line of its own. */
const LABEL_OPENS_RE = /^\s*(?:[\p{Script=Han}A-Za-z]{1,8}\s*[:：]|[[【]|https?:\/\/|www\.)/u;
/** A line that ends its sentence. */
const SENTENCE_END_RE = /[。！？!?；;…）)」”】:：]\s*$/u;
/** How many placed lines make a page of them (a few positioned boxes are a page's ordinary furniture). */
const MIN_LINES = 8;

const PLACE_RE = /(?:left|top|bottom)\s*:\s*-?[\d.]+px/giu;
/** Whether the markup sets places enough for a page of placed lines (a cheap look before the tree is walked). */
function manyPlaces(html: string): boolean {
  PLACE_RE.lastIndex = 0;
  let n = 0;
  while (PLACE_RE.exec(html) !== null) if (++n >= 2 * MIN_LINES) return true;
  return false;
}

/** Reads the page's placed lines into paragraphs, in place; what it took out of the tree is detached. Whether it changed the tree. */
export function joinPlacedLines(html: string, document: Document): boolean {
  if (!ABSOLUTE_RE.test(html) || !manyPlaces(html)) return false;
  const rules = classRules(document);
  const lines = placedLines(document, rules);
  if (lines.length < MIN_LINES) return false;
  const running = runningLines(lines);
  const body = lines.filter((l) => !running.has(l.el));
  // The longest line at each left: a line as long runs to the right margin.
  const longest = new Map<number | null, number>();
  for (const l of body) longest.set(l.left, Math.max(longest.get(l.left) ?? 0, width(l.text)));
  let changed = running.size > 0;
  const layout = layouts(body);
  // The paragraph's element (its first line's), and its last line as placed.
  let into: Element | null = null;
  let prev: Placed | null = null;
  let joined = false;
  body.forEach((line, i) => {
    joined = into !== null && prev !== null && continues(prev, joined, line, longest, layout[i - 1]!);
    if (joined) {
      moveChildren(line.el, into!);
      detach(line.el);
      changed = true;
    } else into = line.el;
    prev = line;
  });
  for (const el of running) detach(el);
  const kept = body.filter((l) => l.el.parent !== null);
  // The PDF's pages are one flow: their lines set in the first page's box, in order.
  const flow = kept[0]?.el.parent as Element | null;
  for (const l of kept) {
    if (!flow || l.el.parent === flow) continue;
    detach(l.el);
    append(flow, l.el);
    changed = true;
  }
  return markHeadings(kept) || changed;
}

/**
 * Lines in a type larger than the text's (the most common size) are the document's headings: the
 * largest, first, its title (`<h1>`), the others `<h2>` (a section's head: 相关问答).
 */
function markHeadings(lines: readonly Placed[]): boolean {
  const sizes = new Map<number, number>();
  for (const l of lines) if (l.font !== null) sizes.set(l.font, (sizes.get(l.font) ?? 0) + 1);
  if (sizes.size < 2) return false;
  const text = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const largest = Math.max(...sizes.keys());
  let titled = false;
  for (const l of lines) {
    if (l.font === null || l.font <= text || l.text.trim().length > 40) continue;
    if (l.font === largest && !titled) {
      l.el.name = 'h1';
      titled = true;
    } else l.el.name = 'h2';
  }
  return true;
}

function append(parent: Element, child: Element): void {
  const last = parent.children[parent.children.length - 1] ?? null;
  child.parent = parent;
  child.prev = last;
  child.next = null;
  if (last) last.next = child;
  parent.children.push(child);
}

/**
 * How a stretch of lines is set: with the first line indented and the others back at the margin
 * (`first`: an answer's paragraphs), or indented as a block, every line at the same left
 * (`block`: a related item's snippet under its question); null where nothing tells. Told from the
 * lines of the stretch (between labelled lines, addresses and headings) that break mid-sentence:
 * whether the next line stands at their left or further out.
 */
type Layout = 'first' | 'block' | null;
function layouts(lines: readonly Placed[]): Layout[] {
  const stretch: number[] = [];
  let at = 0;
  lines.forEach((l, i) => {
    if (i > 0 && (isLabelLine(l.text) || ADDRESS_RE.test(l.text) || l.font !== lines[i - 1]!.font)) at++;
    stretch.push(at);
  });
  const votes = new Map<string, { first: number; block: number }>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    // A labelled field or an address ends where it ends: where the next line stands says nothing of the paragraphs.
    if (!next || stretch[i + 1] !== stretch[i] || l.left === null || next.left === null || SENTENCE_END_RE.test(l.text) || isLabelLine(l.text) || ADDRESS_RE.test(l.text)) return;
    const key = `${stretch[i]}/${l.left}`;
    const vote = votes.get(key) ?? { first: 0, block: 0 };
    if (next.left < l.left - 0.5) vote.first++;
    else if (Math.abs(next.left - l.left) <= 0.5 && !/^[\s\u3000]/u.test(next.text)) vote.block++;
    votes.set(key, vote);
  });
  return lines.map((l, i) => {
    const vote = votes.get(`${stretch[i]}/${l.left}`);
    return !vote || vote.first === vote.block ? null : vote.first > vote.block ? 'first' : 'block';
  });
}

/** Whether a line goes on with the line before it (see the module's comment). */
function continues(prev: Placed, prevJoined: boolean, line: Placed, longest: ReadonlyMap<number | null, number>, layout: Layout): boolean {
  // An indent opens a paragraph: ideographic spaces, or a left further in.
  if (/^[\s\u3000]/u.test(line.text)) return false;
  if (prev.left !== null && line.left !== null && line.left > prev.left + 0.5) return false;
  if (prev.font !== line.font) return false;
  // A labelled field ends where it ends (a line that went on with a paragraph only looks like one: `况：1.…`).
  if ((!prevJoined && isLabelLine(prev.text)) || ADDRESS_RE.test(prev.text)) return false;
  // A line opened by a label after a finished line, or holding an address or a date after its label (链接：, 日期：), is a line of its own.
  if (isLabelLine(line.text) && (SENTENCE_END_RE.test(prev.text) || LABELLED_VALUE_RE.test(line.text))) return false;
  const sameLeft = prev.left !== null && line.left !== null && Math.abs(line.left - prev.left) <= 0.5;
  // Set with the first line indented, a line at the same indented left opens the next paragraph; set as a block, it goes on.
  if (sameLeft && layout === 'first') return false;
  if (sameLeft && layout === 'block') return true;
  if (!SENTENCE_END_RE.test(prev.text)) return true;
  // A line that ends its sentence right at the margin may still go on.
  return width(prev.text) >= (longest.get(prev.left) ?? Infinity) - 2;
}

/** A label's value that is an address or a date (`链接：https://…`, `日期：2021-04-16`). */
const LABELLED_VALUE_RE = /^[^:：]{1,12}[:：]\s*(?:https?:\/\/|www\.|\d{4}\s*[-/.年])/u;
const ADDRESS_RE = /https?:\/\/|www\./u;

/** A line that is a label or a labelled field (`解答医生：…`, `【医生回答】`, `链接：…`): it ends where it ends. */
const isLabelLine = (text: string) => LABEL_OPENS_RE.test(text) || (text.trim().length <= 12 && /\S\s*[:：]\s*$/u.test(text));

/** A line's width in half-width characters (a Chinese or full-width character is two). */
function width(text: string): number {
  let w = 0;
  for (const c of text.trim()) w += c.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return w;
}

function moveChildren(from: Element, into: Element): void {
  for (const child of [...from.children]) {
    const last = into.children[into.children.length - 1] ?? null;
    child.parent = into;
    child.prev = last;
    if (last) last.next = child;
    child.next = null;
    into.children.push(child);
  }
  from.children = [];
}

/** The first and last lines of each PDF page that are its running header and footer. */
function runningLines(lines: readonly Placed[]): Set<Element> {
  const pages = new Map<AnyNode | null, Placed[]>();
  for (const l of lines) {
    const page = pages.get(l.el.parent) ?? [];
    page.push(l);
    pages.set(l.el.parent, page);
  }
  const boxes = [...pages.values()].filter((p) => p.length >= 2);
  const running = new Set<Element>();
  const shape = (t: string) => t.replace(/\d+/gu, '#').replace(/\s+/gu, '');
  for (const end of ['first', 'last'] as const) {
    const ends = boxes.map((p) => (end === 'first' ? p[0]! : p[p.length - 1]!));
    const repeated = ends.length >= 2 && new Set(ends.map((l) => shape(l.text))).size === 1;
    for (const l of ends) if (repeated || PAGE_NUMBER_RE.test(l.text.trim())) running.add(l.el);
  }
  return running;
}

/** Class → declarations of the page's style sheets (simple `.class{…}` rules). */
function classRules(document: Document): Map<string, string> {
  const rules = new Map<string, string>();
  const stack: AnyNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'style') {
      const css = (node as Element).children.map((c) => (c as Text).data ?? '').join('');
      for (const m of css.matchAll(RULE_RE)) rules.set(m[1]!, (rules.get(m[1]!) ?? '') + ';' + m[2]!);
    } else if (node.type === 'tag' || node.type === 'root') stack.push(...((node as Element).children ?? []));
  }
  return rules;
}

/** Elements placed absolutely that hold a line of text and no placed element, in document order. */
function placedLines(document: Document, rules: ReadonlyMap<string, string>): Placed[] {
  const found: Placed[] = [];
  const declarations = (el: Element) => {
    let decls = el.attribs.style ?? '';
    for (const cls of (el.attribs.class ?? '').split(/\s+/u)) if (cls && rules.has(cls)) decls = rules.get(cls)! + ';' + decls;
    return decls;
  };
  // Iterative (a page may nest deep): the placed <div>s in document order, then those holding no other.
  const placed: Array<{ el: Element; decls: string }> = [];
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'div') {
      const decls = declarations(el);
      if (ABSOLUTE_RE.test(decls)) placed.push({ el, decls });
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  const holders = new Set<AnyNode>();
  for (const { el } of placed) for (let n = el.parent; n && !holders.has(n); n = n.parent) holders.add(n);
  for (const { el, decls } of placed) {
    // A box that sets its text in paragraphs is a slide's text box (an H5 scene's), no converted line: read as it is.
    if (holders.has(el) || holdsParagraph(el)) continue;
    const text = textOf(el);
    if (text.trim() === '') continue;
    const left = decls.match(LEFT_RE);
    const font = decls.match(FONT_RE);
    found.push({ el, left: left ? Number(left[1]) : null, font: font ? Number(font[1]) : null, text });
  }
  return found;
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote']);
function holdsParagraph(root: Element): boolean {
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (PARAGRAPH_TAGS.has((node as Element).name)) return true;
    stack.push(...(node as Element).children);
  }
  return false;
}

function textOf(root: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += (node as Text).data;
    else if (node.type === 'tag') for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i]!);
  }
  return text;
}

