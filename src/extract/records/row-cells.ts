import type { Element, Text } from 'domhandler';
import type { Block } from '../lines/html-lines.js';
import { shownTextContent } from '../tree/page-index.js';

/**
 * An app's record prints its fields as rows of two inline cells, the label's and the value's
 * (`<div><span>咨询问题</span><span>胃胀怎么办</span></div>`), no colon between them: the line runs them
 * together (`咨询问题胃胀怎么办`). The markup tells them apart where the text cannot: the row's first
 * element holds the label alone, the value stands in the element after it.
 */

const compact = (text: string) => text.replace(/\s+/gu, '');

/** The element a line's first text node stands in, where it holds that text alone, and the row (its parent) the whole line. */
function labelCell(block: Block): Element | null {
  const node = block.node as Text | null;
  const cell = node?.parent;
  if (!node || !cell || cell.type !== 'tag') return null;
  const el = cell as Element;
  if (compact(shownTextContent(el)) !== compact(node.data)) return null;
  const row = el.parent;
  if (!row || row.type !== 'tag' || compact(shownTextContent(row)) !== compact(block.text)) return null;
  return el;
}

/**
 * The label and the value of a line drawn as a row of label and value cells, where `isLabel` takes
 * the first cell's text; null where the line is one text, the first cell no label, or nothing follows it.
 */
export function rowCells(block: Block, isLabel: (label: string) => boolean): { label: string; value: string } | null {
  const cell = labelCell(block);
  if (!cell) return null;
  const label = shownTextContent(cell).trim();
  const text = block.text.trim();
  if (!isLabel(label) || !text.startsWith(label)) return null;
  const value = text.slice(label.length).trim();
  return value === '' ? null : { label, value };
}

/** How many elements up from a line's first text the row holding the whole line may stand. */
const ROW_DEPTH = 4;

/**
 * The text of the last cell of a line drawn as a row of elements (a record's head row: its number, then a badge
 * `<span>图文问诊</span>`), where the line has more than that cell; null where the line is one element's text.
 */
export function lastCellText(block: Block): string | null {
  let row = block.node?.parent ?? null;
  const line = compact(block.text);
  for (let k = 0; row && row.type === 'tag' && k < ROW_DEPTH && compact(shownTextContent(row)) !== line; k++) row = row.parent;
  if (!row || row.type !== 'tag' || compact(shownTextContent(row)) !== line) return null;
  const cells = (row as Element).children.filter((c): c is Element => c.type === 'tag' && compact(shownTextContent(c)) !== '');
  const last = cells.at(-1);
  const text = last ? shownTextContent(last).trim() : '';
  return cells.length > 1 && text !== '' ? text : null;
}
