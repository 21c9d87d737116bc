import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../lines/html-lines.js';

/**
 * A small table inside an answer (drug | dose | times a day) is read row by row: each row is one
 * paragraph, its cells' texts joined by one space (`药物 用法用量`, `痔疮膏 每次1粒`), the header
 * row too, as a list's item is one paragraph. Cells are blocks to the line walk (a table elsewhere
 * — a card of labels and values, a related list — is read cell by cell); only the answer's lines
 * are joined here.
 */

const CELLS = new Set(['td', 'th']);

/** The cell (`<td>`, `<th>`) of a row that holds a line's first text node, or null outside a table. */
function cellOf(node: AnyNode | null): Element | null {
  for (let n = node?.parent ?? null; n && n.type === 'tag'; n = n.parent) {
    const name = (n as Element).name;
    if (CELLS.has(name)) return n.parent && n.parent.type === 'tag' && (n.parent as Element).name === 'tr' ? (n as Element) : null;
    if (name === 'tr' || name === 'table') return null;
  }
  return null;
}

/** A label's colon at a cell's end (`回复内容：`): the row is a label beside its value. */
const LABEL_END_RE = /[:：]$/u;
/** A cell that labels the answer beside it, colon or not (`回复内容`, `医生回复`): a record's table of labels and values. */
const ANSWER_CELL_RE = /^(?:医生|专家|大夫|医师)?(?:回复|回答|答复|解答)(?:内容|意见)?$/u;

/**
 * A table of data: every row two cells or more, each cell one line at most, a row all heads or
 * none. A table laid out as the page's columns (a card beside the answer, an answer of several
 * lines in a cell) or as labels beside values (`<th>回复内容</th><td>…</td>`, `回复内容：`, a row whose first cell
 * labels the answer, colon or not) is none:
 * its lines are read as they are.
 */
function isDataTable(table: Element, linesByCell: ReadonlyMap<Element, { count: number; text: string }>): boolean {
  const rows: Element[] = [];
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'tr') rows.push(el);
    else if (el.name === 'thead' || el.name === 'tbody' || el.name === 'tfoot') stack.push(...el.children);
  }
  return (
    rows.length > 0 &&
    rows.every((row) => {
      const cells = row.children.filter((c) => c.type === 'tag' && CELLS.has((c as Element).name)) as Element[];
      const heads = cells.filter((cell) => cell.name === 'th').length;
      return (
        cells.length >= 2 &&
        (heads === 0 || heads === cells.length) &&
        !ANSWER_CELL_RE.test((linesByCell.get(cells[0]!)?.text ?? '').replace(/\s+/gu, '')) &&
        cells.every((cell) => (linesByCell.get(cell)?.count ?? 0) <= 1 && !LABEL_END_RE.test(linesByCell.get(cell)?.text ?? ''))
      );
    })
  );
}

const tableOf = (row: Element): Element | null => {
  for (let n = row.parent; n && n.type === 'tag'; n = n.parent) if ((n as Element).name === 'table') return n as Element;
  return null;
};

/**
 * The answer's lines with each row of a data table joined into one line: the row's first line
 * taken, its text all the row's cells' as the page prints them (`page`), a cell the answer's
 * reading passed over (a short `1次` looks like a count) included.
 */
export function withTableRowsJoined(lines: readonly Block[], page: readonly Block[]): Block[] {
  const cells = lines.map((line) => cellOf(line.node));
  if (cells.every((cell) => cell === null)) return [...lines];
  const linesByCell = new Map<Element, { count: number; text: string }>();
  const byRow = new Map<Element, Block[]>();
  for (const block of page) {
    const cell = cellOf(block.node);
    if (cell === null) continue;
    linesByCell.set(cell, { count: (linesByCell.get(cell)?.count ?? 0) + 1, text: block.text });
    const row = cell.parent as Element;
    byRow.set(row, [...(byRow.get(row) ?? []), block]);
  }
  const data = new Map<Element, boolean>();
  const isData = (row: Element) => {
    const table = tableOf(row);
    if (table === null) return false;
    if (!data.has(table)) data.set(table, isDataTable(table, linesByCell));
    return data.get(table)!;
  };
  const out: Block[] = [];
  const done = new Set<Element>();
  lines.forEach((line, i) => {
    const row = cells[i] ? (cells[i]!.parent as Element) : null;
    if (row === null || !isData(row)) return void out.push(line);
    if (done.has(row)) return;
    done.add(row);
    const all = byRow.get(row)!;
    out.push({
      ...line,
      text: all.map((b) => b.text).join(' '),
      links: all.flatMap((b) => b.links),
      chars: all.reduce((n, b) => n + b.chars, 0),
      linkChars: all.reduce((n, b) => n + b.linkChars, 0),
    });
  });
  return out;
}
