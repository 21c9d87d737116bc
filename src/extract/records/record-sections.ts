import type { AnyNode, Element } from 'domhandler';
import { isServiceField, isServiceLabel } from './consult-title.js';
import { inside, type Block } from '../lines/html-lines.js';
import { lastCellText } from './row-cells.js';

/**
 * A record laid out as a form of labelled sections (an internet hospital's 问诊报告, an app's
 * 订单详情): each label heads the box it stands in — 主诉 or 问诊内容 the question (consult-title.ts), 现病史
 * the asker's account, 医生建议 / 处理意见 / 诊疗建议 / 医生回复 the doctor's answer. The answer is what the
 * doctor's label heads in its box, up to the box's end, whatever the form prints around it (the
 * asker's lines, the order's rows, the doctor's table, the report's stamp and print time, its notes).
 */

/** The label of the doctor's part of a record: advice, an opinion on how to proceed, the reply. */
const ADVICE_LABEL_RE = /^(?:(?:医生|医师|专家|大夫)(?:建议|意见|回复|解答|答复)|(?:处理|诊疗|治疗|指导|处置)(?:意见|建议))\s*[:：]?$/u;

/** The box a heading's line stands in: the element holding its heading element. */
function boxOf(block: Block): AnyNode | null {
  let el = block.node?.parent ?? null;
  while (el && !(el.type === 'tag' && /^h[1-6]$/u.test((el as Element).name))) el = el.parent;
  return el?.parent ?? null;
}

/**
 * The doctor's labelled section among lines from..to: its label's line, and the first line after
 * it outside the label's box (the section's end). Null where no heading labels it, or its box
 * holds nothing after the label.
 */
export function adviceSection(blocks: readonly Block[], from: number, to: number): { label: number; end: number } | null {
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (!b.heading || !ADVICE_LABEL_RE.test(b.text.trim())) continue;
    const box = boxOf(b);
    if (!box || box.type !== 'tag') return null;
    let end = i + 1;
    while (end < to && inside(blocks[end]!.node, box)) end++;
    return end > i + 1 ? { label: i, end } : null;
  }
  return null;
}

/** An order's or service's number (`服务单号：FW2019…`, `订单编号：…`, `问诊单号：…`): the page is a record of one service. */
const ORDER_NUMBER_RE = /^(?:服务|订单|问诊|咨询)(?:单号|编号)\s*[:：]\s*[A-Za-z0-9_\-*]{6,40}$/u;
/** Whether a record's order number stands among lines from..to. */
export const holdsOrderNumber = (blocks: readonly Block[], from: number, to: number) =>
  blocks.slice(from, to).some((b) => b.chars <= 48 && ORDER_NUMBER_RE.test(b.text.trim()));

/** The service a line's field names with its value on the line (`服务类型：语音问诊`, a row's cells `服务类型 语音问诊`, run together or not). */
function serviceOnLine(text: string): string | null {
  for (let k = 2; k <= 6 && k < text.length; k++) {
    const value = text.slice(k).replace(/^\s*[:：]?\s*/u, '');
    if (isServiceField(text.slice(0, k)) && isServiceLabel(value)) return value;
  }
  return null;
}

/**
 * The service a record's field names among lines from..to (`服务类型` beside `语音问诊`, on its line
 * or the next; or its badge: the format the consult was held in, wherever the form prints it), or null.
 */
export function serviceField(blocks: readonly Block[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const text = blocks[i]!.text.trim();
    const next = blocks[i + 1]?.text.trim() ?? '';
    // Or a badge closing the record's head row (`问诊单号：… <span>图文问诊</span>`, row-cells.ts).
    const badge = lastCellText(blocks[i]!);
    const service = serviceOnLine(text) ?? (isServiceField(text) && isServiceLabel(next) ? next : null) ?? (badge !== null && isServiceLabel(badge) ? badge : null);
    if (service) return service;
  }
  return null;
}
