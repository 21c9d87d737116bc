import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../lines/html-lines.js';
import type { Doctor } from '../../schema/entry.js';
import { parseCardParts } from '../card/card-parts.js';
import { textContent } from '../tree/page-index.js';
import { hasLink } from '../tree/spanned-cells.js';
import { isDepartment } from '../words/genre.js';
import { CARD_HEAD_RE } from '../words/answer-labels.js';

/**
 * A table that prints a record as label cells beside value cells (`<td rowspan="2">问题<br>描述</td><td>…</td>`,
 * `<th>咨询内容：</th><td><textarea>…`): the label is one word however narrow its column draws it (`专家<br>解答`
 * over two lines), and what it labels are the cells beside it — in its row, and in every row it spans.
 * A description list's terms label their descriptions the same way.
 */
export interface LabelCell {
  /** The label's words, its lines joined and its colon dropped. */
  text: string;
  /** The lines the label cell draws. */
  lines: number[];
  /** The lines of the cells it labels. */
  values: number[];
}

/** A label: a few Han characters, perhaps with a colon, no link. */
const LABEL_RE = /^\p{Script=Han}{2,8}[:：]?$/u;
const CELLS = new Set(['td', 'th']);
/** A description list's term and its descriptions (`<dt>病情描述</dt><dd>…</dd>`): a label and what it labels, as cells are. */
const TERMS = new Set(['dt', 'dd']);

/** The label cells among lines from..to, each with the lines of the cells it labels. */
export function labelCells(blocks: readonly Block[], from: number, to: number): LabelCell[] {
  const cellOf = new Map<Element, number[]>();
  for (let i = from; i < to; i++) {
    const cell = cellAround(blocks[i]!.node);
    if (cell) cellOf.set(cell, [...(cellOf.get(cell) ?? []), i]);
  }
  const found: LabelCell[] = [];
  for (const [cell, lines] of cellOf) {
    const text = textContent(cell).replace(/\s+/gu, '');
    if (!LABEL_RE.test(text) || hasLink(cell)) continue;
    const labelled = labelledCells(cell);
    if (labelled.length === 0) continue;
    const values = labelled.flatMap((c) => cellOf.get(c) ?? []);
    found.push({ text: text.replace(/[:：]$/u, ''), lines, values });
  }
  return found;
}

/** The nearest cell around a line's text (of the innermost table). */
function cellAround(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) {
    const name = (el as Element).name;
    if (CELLS.has(name) || TERMS.has(name)) return el as Element;
    if (name === 'table' || name === 'dl') return null;
  }
  return null;
}

/** The cells after this one in its row, and the cells of the further rows it spans; a term's descriptions up to the next term. */
function labelledCells(cell: Element): Element[] {
  if (cell.name === 'dd') return [];
  if (cell.name === 'dt') {
    const descriptions: Element[] = [];
    for (let next = cell.next; next; next = next.next) {
      if (next.type !== 'tag') continue;
      if ((next as Element).name !== 'dd') break;
      descriptions.push(next as Element);
    }
    return descriptions;
  }
  const row = cell.parent;
  if (!row || row.type !== 'tag' || (row as Element).name !== 'tr') return [];
  // A row of several labelled fields (`答疑专家：` `王某` `职称：` `主任医师` `科室：` `心内科`): a label's values stop at the next label.
  const cells = cellsOf(row as Element);
  const after: Element[] = [];
  const rest = cells.slice(cells.indexOf(cell) + 1);
  for (const [i, c] of rest.entries()) {
    // A label with cells of its own after it: the last cell labels nothing, it is a value (`<input …> 职称：<input …>`).
    if (i < rest.length - 1 && isLabelLike(c, cell)) break;
    after.push(c);
  }
  const spans = Math.min(20, Number.parseInt(cell.attribs.rowspan ?? '1', 10) || 1);
  const below: Element[] = [];
  let next: AnyNode | null = row.next;
  for (let n = 1; n < spans && next; next = next.next) {
    if (next.type !== 'tag' || (next as Element).name !== 'tr') continue;
    below.push(...cellsOf(next as Element));
    n++;
  }
  return [...after, ...below];
}

/**
 * A cell that is a label as this one is: a few Han words closed by a colon where this one's are (`职称：`), or a header cell
 * beside a header cell (`<th>职称</th>`). A value without a colon (`主任医师`) labels nothing.
 */
function isLabelLike(next: Element, label: Element): boolean {
  const text = textContent(next).replace(/\s+/gu, '');
  if (!LABEL_RE.test(text) || hasLink(next)) return false;
  if (/[:：]$/u.test(text)) return /[:：]$/u.test(textContent(label).trim());
  return label.name === 'th' && next.name === 'th';
}

const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'tag' && CELLS.has((c as Element).name));

/**
 * A card field's label (回复医生, 接诊医生, 职称, 所在医院, 所属科室, 机构等级): a record's doctor, in cells beside it.
 * A licence record (医师执业信息公示) labels the title 专业技术职务 and the hospital 第一执业机构 / 执业地点.
 */
const CARD_LABEL_RE =
  /^(?:(?:回复|回答|解答|答疑|接诊|主治|咨询)?(?:医生|医师|专家)(?:姓名)?|姓名|职称|专业技术职务|(?:所在|所属|就职|执业)?(?:医院|单位|科室)|(?:第一|第二)?执业(?:机构|地点)|(?:医院|机构)?(?:等级|级别))$/u;
export const isCardLabel = (text: string) => CARD_LABEL_RE.test(text);
/** A licence record's other rows (执业范围 内科专业, 执业类别 临床, the certificates' numbers): the card's lines, none of its fields. */
const LICENCE_LABEL_RE = /^(?:执业(?:范围|类别|证书编码|证书编号|证号)|资格证书(?:编码|编号)|资格证号|发证日期|发证机关)$/u;
/** A value a card's cell holds: a short line, no sentence. */
const isCardValue = (line: string) => line.length <= 40 && !/[。！？!?]/u.test(line);

/**
 * The doctor a record's card cells name (`回复医生：` beside `邱娟 职称：主任医师`, `所在医院：` beside `…医院 三甲`),
 * and the lines they hold; no doctor where they name no name, title and hospital.
 */
export function labelCellsCard(cells: readonly LabelCell[], blocks: readonly Block[]): { doctor: Doctor | null; lines: number[] } {
  const short = (c: LabelCell) => c.values.length > 0 && c.values.every((i) => isCardValue(blocks[i]!.text));
  const card = cells.filter((c) => isCardLabel(c.text) && short(c));
  const doctor = parseCardParts(card.map((c) => `${c.text}：${c.values.map((i) => blocks[i]!.text).join(' ')}`));
  const licence = card.length > 0 ? cells.filter((c) => LICENCE_LABEL_RE.test(c.text) && short(c)) : [];
  // The department asked (咨询科室) is a field of the record, none of the answer; the replier's where the record names who replied.
  const asked = cells.find((c) => isAskedDepartmentLabel(c.text) && short(c));
  const replier = card.some((c) => REPLIER_LABEL_RE.test(c.text));
  const askedDepartment = asked ? asked.values.map((i) => blocks[i]!.text.trim()).join('') : '';
  if (replier && !doctor.department && isDepartment(askedDepartment)) doctor.department = askedDepartment;
  // A hospital's own board prints no hospital in its card (the site's): a replier's row with a title names the doctor enough.
  const named = doctor.name && doctor.title && (doctor.hospital || replier);
  return { doctor: named ? doctor : null, lines: [...card, ...licence, ...(asked ? [asked] : [])].flatMap((c) => [...c.lines, ...c.values]) };
}

/** How many lines under its head an answerer's box of label cells may take (a row's label and value each a line, a few rows). */
const HEADED_BOX_LINES = 16;
/**
 * The answerer's box of label cells anywhere after the question (`本期答疑专家` over 姓名 / 职称 / 科室 / 医院 rows, an old table
 * page's right column, or under the article's list): where no card stands by the answer, the doctor the one such box names, with a
 * name, a title and a hospital. The head names its doctor the one answering the page (本期, 答疑, 特邀); a clinic's schedule (出诊专家,
 * 坐诊医生) names who sees patients. Two such boxes, or none: no card (which answers is untold).
 */
export function headedCellsCard(blocks: readonly Block[], question: number): Doctor | null {
  const found: Doctor[] = [];
  for (let i = question + 1; i < blocks.length - 1; i++) {
    const head = blocks[i]!.text.replace(/\s+/gu, '').replace(/[:：]$/u, '');
    if (blocks[i]!.chars > 8 || blocks[i]!.linkChars > 0 || !CARD_HEAD_RE.test(head) || /^(?:本期|本次)?(?:出诊|坐诊)/u.test(head)) continue;
    const cells = labelCells(blocks, i + 1, Math.min(blocks.length, i + 1 + HEADED_BOX_LINES));
    // The box's rows right under its head.
    if (cells.length === 0 || Math.min(...cells.flatMap((c) => c.lines)) !== i + 1) continue;
    const { doctor } = labelCellsCard(cells, blocks);
    if (doctor?.hospital) found.push(doctor);
  }
  return found.length === 1 ? found[0]! : null;
}

/** The label of the row naming who replied (回复医生, 解答专家): the record's card. */
const REPLIER_LABEL_RE = /^(?:回复|回答|解答|答复|答疑|接诊)(?:医生|医师|专家)$/u;
/** The department the question was put to (咨询科室, 諮詢科別): on a hospital's own board, the replying doctor's. */
const ASKED_DEPARTMENT_RE = /^(?:咨询|就诊|问诊|挂号|提问)(?:科室|科别)$/u;
export const isAskedDepartmentLabel = (label: string) => ASKED_DEPARTMENT_RE.test(label);

/** A card read elsewhere with the fields it leaves out taken from the card cells. */
export function withCellCard(doctor: Doctor, cells: Doctor): Doctor {
  const merged = { ...doctor };
  for (const f of ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const) merged[f] ??= cells[f];
  return merged;
}
