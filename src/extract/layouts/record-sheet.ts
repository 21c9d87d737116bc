import type { AnyNode, Element } from 'domhandler';
import type { AnswerFormat, Doctor } from '../../schema/entry.js';
import { parseCardParts } from '../card/card-parts.js';
import { PROSE_RE } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { findDate, readMetaLine } from '../dates/page-meta.js';
import { textContent } from '../tree/page-index.js';

/**
 * A record exported from a back office as a sheet (Excel's "save as web page", an export to HTML): a
 * row of column heads over the one record's row. Each cell is the value its column's head labels, as
 * a spreadsheet reads: 问题标题 the question, 回复内容 the answer (a line a paragraph), 医生 / 职称 / 科室 /
 * 医院 the card, 回复时间 the day, 咨询类型 the format. The asker's columns (问题描述), the office's (订单号,
 * 状态, 评价) and the other times (咨询时间, 导出时间) are none of them. A sheet of several records is a
 * list, not a page's own Q&A: not read here.
 */

type Column = 'question' | 'name' | 'title' | 'department' | 'hospital' | 'grade' | 'answer' | 'time' | 'format';

const COLUMN_HEADS: ReadonlyArray<[Column, RegExp]> = [
  ['question', /^(?:问题|咨询|提问|留言)(?:标题|主题)$|^(?:咨询)?问题$|^标题$/u],
  ['name', /^(?:回复|回答|解答|接诊|主诊|答疑)?(?:医生|医师|专家)(?:姓名)?$/u],
  ['title', /^(?:医生|技术)?职称$/u],
  ['department', /^(?:所属|所在|就诊|接诊|咨询)?科室(?:名称)?$/u],
  ['hospital', /^(?:所属|所在|执业|就诊)?医院(?:名称)?$/u],
  ['grade', /^医院(?:等级|级别)$/u],
  ['answer', /^(?:医生)?(?:回复|回答|解答|答复)(?:内容)?$/u],
  ['time', /^(?:医生)?(?:回复|回答|解答|答复)(?:时间|日期)$/u],
  ['format', /^(?:咨询|问诊|服务|回复)(?:类型|方式|形式)$/u],
];
/** A column's head: a few Han characters, no colon. */
const HEAD_RE = /^\p{Script=Han}{2,8}$/u;
/** Fewest heads for a row to be a sheet's head row. */
const MIN_COLUMNS = 4;

const columnOf = (head: string): Column | null => COLUMN_HEADS.find(([, re]) => re.test(head))?.[0] ?? null;
const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));

/** The record a sheet on the page holds, read as a board's record is (message-board.ts); null where there is none. */
export function sheetRecord(blocks: readonly Block[]): (BoardRecord & { format: AnswerFormat }) | null {
  const at = blocks.findIndex((b) => columnOf(b.text.trim()) === 'answer' && b.linkChars === 0);
  if (at === -1) return null;
  const cell = cellOf(blocks[at]!.node);
  const row = cell?.parent?.type === 'tag' && (cell.parent as Element).name === 'tr' ? (cell.parent as Element) : null;
  if (!row) return null;
  const heads = cellsOf(row).map((c) => textContent(c).trim());
  if (heads.length < MIN_COLUMNS || !heads.every((h) => HEAD_RE.test(h)) || cellsOf(row).some((c) => c.attribs.colspan !== undefined)) return null;
  const rows = laterRows(row).filter((r) => textContent(r).trim() !== '');
  if (rows.length !== 1) return null;
  const values = cellsOf(rows[0]!);
  if (values.length !== heads.length || values.some((c) => c.attribs.colspan !== undefined)) return null;
  const linesOf = new Map<Column, number[]>();
  heads.forEach((head, i) => {
    const column = columnOf(head);
    if (column === null || linesOf.has(column)) return;
    linesOf.set(column, blocks.flatMap((b, j) => (b.text.trim() !== '' && inside(b.node, values[i]!) ? [j] : [])));
  });
  const text = (column: Column) => (linesOf.get(column) ?? []).map((j) => blocks[j]!.text.trim()).join('');
  const question = linesOf.get('question')?.[0];
  const answerLines = linesOf.get('answer') ?? [];
  const paragraphs = answerLines.map((j) => blocks[j]!.text.trim());
  if (question === undefined || !paragraphs.some((p) => PROSE_RE.test(p))) return null;
  const hospital = parseCardParts([text('hospital')]);
  const doctor: Doctor = {
    name: text('name') || null,
    title: text('title') || null,
    department: text('department') || null,
    hospital: hospital.hospital,
    hospital_grade: text('grade') || hospital.hospital_grade,
  };
  const date = findDate(text('time'));
  const doubts = [
    ...(doctor.name && doctor.hospital ? [] : ["the sheet's doctor or hospital not read"]),
    ...(date === null ? ["no date read from the sheet's reply time"] : []),
  ];
  const format = readMetaLine(text('format'));
  return {
    question: { index: question, text: text('question') },
    paragraphs,
    answerLines,
    doctor,
    date,
    doubts,
    format: format.metaOnly ? format.format : 'unknown',
  };
}

function cellOf(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if ((el as Element).name === 'td' || (el as Element).name === 'th') return el as Element;
  return null;
}

/** The rows after a row in its table (its section and the sections after it). */
function laterRows(row: Element): Element[] {
  const rows: Element[] = [];
  const collect = (from: AnyNode | null) => {
    for (let n = from; n; n = n.next) {
      if (n.type !== 'tag') continue;
      const el = n as Element;
      if (el.name === 'tr') rows.push(el);
      else if (el.name === 'tbody' || el.name === 'tfoot') collect(el.children[0] ?? null);
    }
  };
  collect(row.next);
  if (row.parent?.type === 'tag' && (row.parent as Element).name !== 'table') collect(row.parent.next);
  return rows;
}
