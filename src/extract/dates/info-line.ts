import { readMetaLine } from './page-meta.js';

/**
 * An article's info line: its day, then the paper's labelled fields (`Friday, 19 Aug 2022 14:19 BST 来源：欧华周报 责任编辑：Lisa Wu`,
 * `发布时间：2022-01-30 11:22 EST 来源：加国360健康频道 阅读：18032`): meta, as the day alone is — no sentence of the answer, though
 * a weekday's comma reads like one.
 */
const LABELS = '(?:来源|來源|责任编辑|責任編輯|编辑|編輯|作者|阅读|閱讀|浏览|瀏覽)';
const FIELD_RE = new RegExp(`\\s+${LABELS}\\s*[:：]\\s*.+?(?=\\s+${LABELS}\\s*[:：]|$)`, 'gu');
const MAX_CHARS = 90;

export function isDayAndFields(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_CHARS || !/[:：]/u.test(t)) return false;
  const day = t.replace(FIELD_RE, '');
  if (day === t || /[。！？]/u.test(t)) return false;
  const meta = readMetaLine(day.trim());
  return meta.metaOnly && meta.dates.length === 1;
}
