import { readMetaLine } from './page-meta.js';

/**
 * An article's info line: its day, then the paper's labelled fields (`Friday, 19 Aug 2022 14:19 BST 来源：欧华周报 责任编辑：Lisa Wu`,
 * `发布时间：2022-01-30 11:22 EST 来源：加国360健康频道 阅读：18032`): meta, as the day alone is — no sentence of the answer, though
 * a weekday's comma reads like one.
 */
// A forum portal's article line sets its fields apart with bars (Discuz!'s `2023-5-6 14:22| 发布者: 小编| 查看: 512| 评论: 3|来自: 某报`).
const LABELS = '(?:来源|來源|责任编辑|責任編輯|编辑|編輯|作者|阅读|閱讀|浏览|瀏覽|发布者|發布者|查看|评论|評論|来自|來自)';
const APART = '(?:\\s*[|｜]\\s*|\\s+)';
const FIELD_RE = new RegExp(`${APART}${LABELS}\\s*[:：]\\s*.+?(?=${APART}${LABELS}\\s*[:：]|$)`, 'gu');
const MAX_CHARS = 90;

export function isDayAndFields(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_CHARS || !/[:：]/u.test(t)) return false;
  const day = t.replace(FIELD_RE, '');
  if (day === t || /[。！？]/u.test(t)) return false;
  const meta = readMetaLine(day.trim());
  return meta.metaOnly && meta.dates.length === 1;
}

/**
 * A forum portal's article line of labelled fields with no day (`发布者: 欧联小编| 查看: 512| 评论: 3|来自: 欧联时报`, the day left
 * out or on a line of its own): meta, two fields at least, nothing else on the line.
 */
export function isFieldsOnly(text: string): boolean {
  const t = ` ${text.trim()}`;
  if (t.length > MAX_CHARS || /[。！？]/u.test(t)) return false;
  const fields = t.match(FIELD_RE) ?? [];
  return fields.length >= 2 && t.replace(FIELD_RE, '').trim() === '';
}
