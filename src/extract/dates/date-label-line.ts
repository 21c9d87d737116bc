import { CHINESE_DIGIT } from './chinese-numeral-date.js';

/**
 * A record table prints a date's label in one cell and the date in the next (`<th>咨询时间</th>
 * <td>2023-05-04</td>`): two lines as read, the label's own line saying nothing and the date's
 * no longer saying whose it is. Joined, the date is read with its label (`咨询时间：2023-05-04`),
 * the asker's kept apart from the answer's.
 */

/** A line that is only a date's label (咨询时间, 答复日期, 回答时间：). */
const DATE_LABEL_RE = /^\p{Script=Han}{0,6}(?:时间|日期)\s*[:：]?$/u;
/** A line that opens with a date (digits, or 二〇二二年 in Chinese numerals). */
const DATE_START_RE = new RegExp(`^\\s*(?:\\d{4}|${CHINESE_DIGIT}{4})\\s*[-/.年]`, 'u');

/** A label of a product's or a document's own days (生产日期, 有效期至, 核准日期, 修改日期): they date the product, no answer. */
const PRODUCT_DAY_LABEL_RE = /^\s*(?:生产|出厂|有效|失效|批准|核准|修改|修订|上市)(?:日期|期至|时间|期)\s*[:：]?/u;
/** Whether a line, or the label line before it, labels a product's or a document's own day. */
export const isProductDay = (line: string, before = '') => PRODUCT_DAY_LABEL_RE.test(line) || (before.length <= 10 && PRODUCT_DAY_LABEL_RE.test(before) && DATE_START_RE.test(line));

/**
 * The reply's day labelled but printed blank (`回复时间：--`, a script was to fill it from a `data-time` stamp; `回覆日期：`), a format
 * chip after it at most (`回复时间：--　[语音]`): the page says the answer has a day of its own and shows none, so a later day it
 * prints elsewhere (an update's) is not the answer's.
 */
const BLANK_REPLY_DAY_RE = /^(?:医生|专家|醫生|專家|医师|醫師)?(?:回复|回覆|回答|解答|答复|答覆)(?:时间|時間|日期)\s*[:：]\s*(?:[-—–－_.]{1,6}|暂无|暫無|无|無)?(?:\s+[^\d\s]{1,6})?$/u;
export const isBlankReplyDay = (line: string) => line.length <= 24 && BLANK_REPLY_DAY_RE.test(line.trim());

/** The lines with each bare date label joined to the date on the line after it. */
export function withDateLabelsJoined<T extends { text: string }>(lines: readonly T[]): T[] {
  if (!lines.some((l) => l.text.length <= 10 && DATE_LABEL_RE.test(l.text))) return lines as T[];
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next && line.text.length <= 10 && DATE_LABEL_RE.test(line.text) && DATE_START_RE.test(next.text)) {
      out.push({ ...next, text: `${line.text.replace(/\s*[:：]$/u, '')}：${next.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}
