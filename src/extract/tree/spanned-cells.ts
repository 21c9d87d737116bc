import type { AnyNode, Document, Element } from 'domhandler';
import { textContent } from './page-index.js';

/**
 * A table cell spanning rows (`<td rowspan="3">语音问答</td>`) is laid out beside every row it spans,
 * and belongs to each: an old portal groups its related table's rows under one cell naming the
 * group's format or kind, printed once in the markup, in the first row. Where every row it spans
 * is an item of a list (a row holding a link of its own), each spanned row gets a copy of the cell
 * at its column, on the parsed tree before it is read, so that each item reads what it shows beside it.
 * Not a cell holding a link or long text (a merged cell of content), nor rows without links (a card's photo).
 */

/** What a group's cell prints: a short label, no content of its own. */
const MAX_LABEL_CHARS = 12;
const ROWSPAN_RE = /rowspan\s*=\s*["']?\s*[2-9]/iu;

/** Gives each row a copy of the short cells spanning it, in tables of linked rows; whether it copied any. */
export function spreadSpannedCells(html: string, document: Document): boolean {
  if (!ROWSPAN_RE.test(html)) return false;
  let spread = false;
  const stack: AnyNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (el.name === 'table' && spreadInTable(el)) spread = true;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return spread;
}

const tagsOf = (el: Element, names: ReadonlySet<string>) => el.children.filter((c): c is Element => c.type === 'tag' && names.has((c as Element).name));
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const ROWS = new Set(['tr']);
const CELLS = new Set(['td', 'th']);
const span = (el: Element, attr: string) => Math.max(1, Math.min(1000, Number.parseInt(el.attribs[attr] ?? '1', 10) || 1));

/** Whether an element holds a link (outside `except`). */
export function hasLink(el: Element, except?: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag' || n === except) continue;
    if ((n as Element).name === 'a' && (n as Element).attribs.href) return true;
    stack.push(...(n as Element).children);
  }
  return false;
}

/** The table's rows laid out as a browser does (each cell at the first column its row leaves free); copies the spanning cells. */
function spreadInTable(table: Element): boolean {
  const rows = tagsOf(table, ROWS).concat(...tagsOf(table, ROW_GROUPS).map((g) => tagsOf(g, ROWS)));
  if (rows.length < 2) return false;
  const taken: Array<Set<number>> = rows.map(() => new Set());
  const placed = new Map<Element, number>();
  const spanning: Array<{ cell: Element; row: number; col: number; rows: number }> = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of tagsOf(row, CELLS)) {
      while (taken[r]!.has(col)) col++;
      placed.set(cell, col);
      const wide = span(cell, 'colspan');
      const tall = Math.min(span(cell, 'rowspan'), rows.length - r);
      for (let i = 0; i < tall; i++) for (let j = 0; j < wide; j++) taken[r + i]!.add(col + j);
      if (tall > 1) spanning.push({ cell, row: r, col, rows: tall });
      col += wide;
    }
  });
  let copied = false;
  for (const { cell, row, col, rows: tall } of spanning) {
    const label = textContent(cell).replace(/\s+/gu, '');
    if (label.length === 0 || label.length > MAX_LABEL_CHARS || hasLink(cell)) continue;
    const spanned = rows.slice(row, row + tall);
    if (!spanned.every((r) => hasLink(r, cell))) continue;
    for (const r of spanned.slice(1)) insertCopy(r, cell, col, placed);
    copied = true;
  }
  return copied;
}

/** A copy of the cell (spanning one row) before the first cell of `row` that stands to its right. */
function insertCopy(row: Element, cell: Element, col: number, placed: ReadonlyMap<Element, number>): void {
  const copy = cell.cloneNode(true);
  delete copy.attribs.rowspan;
  const children = row.children;
  const at = children.findIndex((c) => c.type === 'tag' && CELLS.has((c as Element).name) && (placed.get(c as Element) ?? -1) > col);
  children.splice(at === -1 ? children.length : at, 0, copy);
  copy.parent = row;
  children.forEach((node, i) => {
    node.prev = children[i - 1] ?? null;
    node.next = children[i + 1] ?? null;
  });
}
