import { isName } from './card-words.js';

/**
 * How long the page takes to read, as a reader view (Firefox's 阅读视图, Safari's) or a blog prints it under the
 * title: `1–2 分钟`, `约 3 分钟读完`, `阅读时间：5 分钟`, `5–7 minutes`, `4 min read`. The tool's estimate, none of the answer.
 * A bare `3分钟` is no estimate (a recording's length prints so): a range, or a word of reading, says it is one.
 */
const MINUTES = '(?:分钟|min(?:ute)?s?)';
const RANGE_RE = new RegExp(`^(?:约\\s*)?\\d{1,3}\\s*[–—~～-]\\s*\\d{1,3}\\s*${MINUTES}$`, 'iu');
const WORDED_RE = new RegExp(`^(?:(?:预计)?阅读(?:时间|时长|需要|约)?\\s*[:：]?\\s*(?:约\\s*)?\\d{1,3}(?:\\s*[–—~～-]\\s*\\d{1,3})?\\s*${MINUTES}|(?:约\\s*)?\\d{1,3}(?:\\s*[–—~～-]\\s*\\d{1,3})?\\s*${MINUTES}\\s*(?:读完|阅读|read))$`, 'iu');

export function isReadingEstimate(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && (RANGE_RE.test(t) || WORDED_RE.test(t));
}

/**
 * A reader view's byline: the one short line between the title (the question) and the reading estimate, where the
 * view puts the article's author. A person's name there names the doctor; the site's name (`妙手医生`) names no one.
 */
export function estimateByline(blocks: readonly { text: string }[], question: number): { index: number; name: string | null } | null {
  const line = blocks[question + 1]?.text.trim();
  const next = blocks[question + 2]?.text;
  if (!line || next === undefined || !isReadingEstimate(next) || line.length > 20 || /[，,。；;！!？?]/u.test(line)) return null;
  return { index: question + 1, name: isName(line) ? line : null };
}
