import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { append, appendChild, removeElement } from 'domutils';

/**
 * End tags a page may leave out, closed where a browser closes them. HTML lets `</li>`, `</dd>`,
 * `</dt>`, `</td>`, `</tr>` and `</p>` go unwritten: a browser closes an open `<li>` when the next
 * `<li>` starts (whatever is still open inside it: a `<p>`, a `<span>`), a `<dd>`/`<dt>` at the
 * next one, a cell at the next cell, a row at the next row, a `<p>` at the next block. htmlparser2 closes them only when they are the innermost open element, so
 * `<li><a>…</a><p>snippet<li>…` nests each next item inside the one before — a related list read
 * one item long, silently. The parse notes where that happened (`opensInside`, as elements open);
 * only those pages have their tree mended (`closeImpliedEndTags`), by moving each such element,
 * and what follows it inside the elements it closes, to after the element it closes.
 */

/** Where a browser stops looking for an open element to close (the "button scope" of the HTML parsing rules). */
const SCOPE = new Set(['html', 'body', 'table', 'td', 'th', 'caption', 'template', 'object', 'applet', 'marquee', 'button']);
/** Where a cell or a row looks no further for an open one (the "table scope"). */
const TABLE_SCOPE = new Set(['html', 'table', 'template']);
/** The HTML parsing rules' "special" elements an item's search for an open item stops at (address, div and p are passed). */
const SPECIAL = new Set([
  'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'col',
  'colgroup', 'details', 'dir', 'dl', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'link', 'listing', 'main', 'marquee',
  'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'param', 'plaintext', 'pre', 'script', 'search', 'section',
  'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track',
  'ul', 'wbr', 'xmp',
]);
/** Elements whose start closes an open `<p>`, as the HTML parsing rules list them. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'ul', 'li', 'dd', 'dt', 'listing', 'plaintext', 'xmp',
]);

/**
 * The open element a browser closes when `name` starts inside `open[0..from]` (innermost last), or
 * null: an `<li>` closes the open `<li>` (a `<dd>`/`<dt>` the open `<dd>`/`<dt>`) with whatever
 * is open inside it, searching out through any but special elements; failing that, a block
 * closes the open `<p>` within the button scope.
 */
function closedBy(name: string, open: readonly Element[], from: number): Element | null {
  if (name === 'td' || name === 'th' || name === 'tr') {
    // A cell closes the open cell, a row the open row (and its cell), within their table.
    for (let i = from; i >= 0; i--) {
      const n = open[i]!.name;
      if (name === 'tr' ? n === 'tr' : n === 'td' || n === 'th') return open[i]!;
      if (TABLE_SCOPE.has(n) || (name !== 'tr' && n === 'tr')) break;
    }
    return null;
  }
  const item = name === 'li' || name === 'dd' || name === 'dt';
  if (item) {
    for (let i = from; i >= 0; i--) {
      const n = open[i]!.name;
      if (name === 'li' ? n === 'li' : n === 'dd' || n === 'dt') return open[i]!;
      if (SPECIAL.has(n)) break;
    }
  }
  if (CLOSES_P.has(name)) {
    for (let i = from; i >= 0; i--) {
      const n = open[i]!.name;
      if (n === 'p') return open[i]!;
      if (SCOPE.has(n)) break;
    }
  }
  return null;
}

/** Whether an element of this name, left open, may be closed by one starting (the only elements closedBy returns). */
export const isClosable = (name: string) => name === 'p' || name === 'li' || name === 'dd' || name === 'dt' || name === 'td' || name === 'th' || name === 'tr';

/**
 * The open elements `closedBy` may return, counted by kind as they open and close (by `isClosable`
 * names): where none of the kind a starting element looks for is open, `opensInside` is false
 * without a search of the open elements (inside a list's `<li>`, each element of an item would
 * search them all for a `<p>`).
 */
export class OpenClosables {
  private p = 0;
  private li = 0;
  private definitionParts = 0;
  private cellsAndRows = 0;

  opened(name: string): void {
    this.add(name, 1);
  }

  closed(name: string): void {
    this.add(name, -1);
  }

  /** Whether `opensInside(name, open)` may be true: an element it would close is open. */
  mayClose(name: string): boolean {
    if (name === 'td' || name === 'th' || name === 'tr') return this.cellsAndRows > 0;
    if (name === 'li') return this.li > 0 || this.p > 0;
    if (name === 'dd' || name === 'dt') return this.definitionParts > 0 || this.p > 0;
    return this.p > 0;
  }

  private add(name: string, by: number): void {
    if (name === 'p') this.p += by;
    else if (name === 'li') this.li += by;
    else if (name === 'dd' || name === 'dt') this.definitionParts += by;
    else if (name === 'td' || name === 'th' || name === 'tr') this.cellsAndRows += by;
  }
}

/** Whether an element of this name, starting, may close one left open. */
const closes = (name: string) => name === 'li' || name === 'dd' || name === 'dt' || name === 'td' || name === 'th' || name === 'tr' || CLOSES_P.has(name);

/**
 * Whether `name`, just opened as the last of `open` (the open elements, outermost first), starts
 * inside an element a browser would have closed before it: htmlparser2 closes one itself only
 * when it is the innermost, and then it is no longer open here.
 */
export function opensInside(name: string, open: readonly Element[]): boolean {
  if (!closes(name)) return false;
  return closedBy(name, open, open.length - 2) !== null;
}

/** The tree as a browser builds it from the same markup: every element that closes an open one moved out of it, with what follows it there. */
export function closeImpliedEndTags(document: Document): void {
  const elements: Element[] = [];
  collect(document, elements);
  for (const el of elements) {
    const open = ancestors(el);
    const closed = closedBy(el.name, open, open.length - 1);
    if (closed) moveAfter(el, closed);
  }
}

function collect(parent: ParentNode, into: Element[]): void {
  for (const child of parent.children) {
    if (child.type !== 'tag') continue;
    if (closes(child.name)) into.push(child);
    collect(child, into);
  }
}

/** The element's ancestors, outermost first. */
function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) out.push(p as Element);
  return out.reverse();
}

/**
 * Moves `el`, and everything after it inside `closed`, to just after `closed`, in the order the source gives them.
 * A `<p>` keeps the text and inline elements that follow it up to the next block: htmlparser2 ended it at the end
 * tag of an inline element open around it (`<p>…<b>…<p>…</b>rest`), which a browser does not (`rest` is in the second `<p>`).
 */
function moveAfter(el: Element, closed: Element): void {
  const moving: AnyNode[] = [];
  let node: AnyNode = el;
  let first = true;
  for (;;) {
    const parent = node.parent as ParentNode;
    const siblings = parent.children;
    moving.push(...siblings.slice(siblings.indexOf(node) + (first ? 0 : 1)));
    first = false;
    if (parent === closed) break;
    node = parent;
  }
  let previous: AnyNode = closed;
  let inside = el.name === 'p';
  for (const node of moving) {
    removeElement(node);
    if (node !== el && inside && !(node.type === 'tag' && closes((node as Element).name))) {
      appendChild(el, node);
      continue;
    }
    if (node !== el) inside = false;
    append(previous, node);
    previous = node;
  }
}
