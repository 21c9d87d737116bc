/**
 * A check-up's or lab test's report quoted into a doctor's reading of it: the rows the answer cites between its
 * paragraphs (`【报告原文】糖化血红蛋白(HbA1c) 11.2 % ↑（参考值 4.0-6.0）`, a `📋` chip, `甲胎蛋白：7.88↑ ng/mL 参考范围 0-7`)
 * and the head of the report's own list copied under it (`报告原文复查建议：`). The report's words, none of the doctor's.
 */

/** A row marked as the report's text: `【报告原文】`, `【原文】`, `【报告】`, a clipboard chip `📋`. */
const MARKED_ROW_RE = /^(?:[【[]\s*(?:报告原文|报告原话|原文|报告)\s*[】\]]|📋)/u;
/**
 * A test item with its value and what marks it abnormal or normal: an arrow after the figure, or the reference range
 * (`参考范围`, `参考值`, `参考区间`). No sentence: a doctor's sentence citing a value holds a comma or a full stop.
 */
const ITEM_VALUE_RE = /^[^\s，,。；;！!？?：:]{2,30}\s*[:：]?\s*[<>≤≥＜＞]?\s*\d+(?:\.\d+)?\s*(?:[↑↓]|[^\s，,。；;！!？?]{0,10}\s*[↑↓])/u;
const RANGE_RE = /参考(?:范围|值|区间)\s*[:：]?\s*[<>≤≥＜＞]?\s*\d/u;
const SENTENCE_RE = /[，,。；;！!？?]/u;

/** Whether a line is a report's row quoted into the answer. */
export function isCitedReportRow(line: string): boolean {
  const text = line.trim();
  if (text.length > 90) return false;
  if (MARKED_ROW_RE.test(text)) return true;
  if (SENTENCE_RE.test(text.replace(/[（(][^）)]*[）)]/gu, ''))) return false;
  return ITEM_VALUE_RE.test(text) && (/[↑↓]/u.test(text) || RANGE_RE.test(text));
}

/**
 * The head of a check-up report's own list copied beside the answer (`报告原文复查建议：`, `【总检结论及建议】`, `主检建议`): what
 * follows is the report's, as it is under an appendix's head naming a part of the report (`附：体检报告总检建议`, `附：本次体检异常结果`).
 * A doctor's own `复查建议：` heads the answer's advice: only the report's or the 总检's wording.
 */
const REPORT_LIST_HEAD_RE =
  /^[【[]?\s*(?:(?:报告原文|报告原话|原报告)\s*[】\]]?\s*的?\s*(?:总检|主检|体检|复查)?|总检|主检|体检)(?:结论)?(?:及|和|与|、)?(?:建议|结论|意见)\s*[】\]]?\s*[:：]?$|^附\s*[:：]\s*(?:本次)?(?:体检|检验|化验)?(?:报告)?的?(?:总检|主检|复查)?(?:结论)?(?:及|和|与|、)?(?:建议|结论|意见|异常结果|异常项目?)\s*[:：]?$/u;
export const isReportListHead = (line: string) => line.length <= 20 && REPORT_LIST_HEAD_RE.test(line.trim());
