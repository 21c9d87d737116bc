import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';

/**
 * A list drawn as a table with a head row (`<th>咨询标题</th><th>回复摘要</th><th>回复医生</th><th>回复时间</th>`):
 * what its head says of each column. A column headed by who answered holds the item's doctor,
 * a name and no part of the item's snippet.
 */
const DOCTOR_HEAD_RE = /^(?:回复|回答|解答|答疑|接诊|主治)?(?:医生|医师|专家|大夫)(?:姓名)?$|^(?:回复人|回答者|答主|作者)$/u;

/**
 * A column headed by where the item was answered or how often it was read or answered (`科室`, `医院`, `回复数`, `浏览`):
 * the item's facets, a word or a number — no part of its snippet, whatever its cell says.
 */
const FACET_HEAD_RE = /^(?:所属|就诊|咨询)?(?:科室|科别|医院|院区)(?:名称)?$|^(?:回复|回答|解答|浏览|阅读|点击|评论)(?:数|量|次数)$|^(?:浏览|阅读|人气|点击|热度)$/u;

/** A column of days headed by what they date (`提问时间`, `回答日期`, `回复时间`): the head is each cell's label. */
const DATE_HEAD_RE = /^\p{Script=Han}{1,4}(?:时间|日期)$/u;

/**
 * A table row's cells as its head row reads them, by their texts: a cell under a head naming who answered,
 * or the item's department or counts, is none of its snippet (null); a day under a head naming what it dates is read with that head as its label
 * (`2023-02-01` under 提问时间 is `提问时间：2023-02-01`, the day asked). Empty for any other row.
 */
export function headedCells(row: AnyNode): Map<string, string | null> {
  const found = new Map<string, string | null>();
  if (row.type !== 'tag' || (row as Element).name !== 'tr') return found;
  const heads = headRow(row as Element);
  if (!heads) return found;
  cells(row as Element).forEach((cell, i) => {
    const head = heads[i];
    const text = head ? textContent(cell).trim() : '';
    if (!text) return;
    if (DOCTOR_HEAD_RE.test(head!) || FACET_HEAD_RE.test(head!)) found.set(text, null);
    else if (DATE_HEAD_RE.test(head!)) found.set(text, `${head}：${text}`);
  });
  return found;
}

const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'tag' && ((c as Element).name === 'td' || (c as Element).name === 'th'));

/** The head row's texts, column by column: the first row of the row's table (or its <thead>) whose cells are all <th>. */
function headRow(row: Element): string[] | null {
  let table: AnyNode | null = row.parent;
  while (table && !(table.type === 'tag' && (table as Element).name === 'table')) table = table.parent;
  if (!table) return null;
  for (const part of (table as Element).children) {
    if (part.type !== 'tag') continue;
    const rows = (part as Element).name === 'tr' ? [part as Element] : (part as Element).children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'tr');
    for (const r of rows) {
      if (r === row) return null;
      const own = cells(r);
      if (own.length > 1 && own.every((c) => c.name === 'th')) return own.map((c) => textContent(c).replace(/\s+/gu, ''));
    }
  }
  return null;
}
