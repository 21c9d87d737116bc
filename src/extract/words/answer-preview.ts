import { isAppPrompt } from './app-prompt.js';
import { isWallPrompt, isReadMore } from './read-more.js';

/**
 * A truncated preview of the answer (its first words, an ellipsis, a 展开全文 prompt) over the
 * full text, which the page holds too (hidden until the prompt is clicked): the full text is
 * the answer, the preview none of it.
 */

/** An ellipsis ending a line, with the expand prompt sites put after it. */
const TRUNCATED_RE = /(?:…+|\.{3,}|。{3,})\s*(?:[[【（(]?\s*(?:展开全文|展开|查看全文|阅读全文|全文|更多)\s*[\]】）)]?\s*(?:[>›»＞∨˅]+)?)?$/u;

/** A line cut short, and what follows its ellipsis on the line. */
const CUT_TAIL_RE = /(?:…+|\.{3,}|。{3,})\s*([^…]{1,24})$/u;

/**
 * A line cut short with the site's prompt after its ellipsis (`…可... 打开APP阅读全文 ›`, `…… 登录查看完整回答`):
 * the line as far as it is shown, with its ellipsis; `walled` where the prompt says the rest is behind a
 * login or in the app (not on the page: no hidden full text to look for).
 */
export function withoutCutPrompt(line: string): { text: string; walled: boolean } {
  const m = CUT_TAIL_RE.exec(line);
  if (!m) return { text: line, walled: false };
  const tail = m[1]!.trim();
  const walled = isWallPrompt(tail) || isAppPrompt(tail);
  if (!walled && !isReadMore(tail.replace(/\s+/gu, ''))) return { text: line, walled: false };
  return { text: line.slice(0, m.index + m[0].length - m[1]!.length).trimEnd(), walled };
}

/** A preview's stem shorter than this is too little to say it repeats the text after it. */
const MIN_STEM = 10;

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** Whether a line ends cut short (`…`, `...`, `…展开全文`). */
export const isTruncated = (line: string) => TRUNCATED_RE.test(line.trim());

/**
 * The indexes of lines that are previews: a truncated line whose words open the text of the
 * lines after it (joined, spaces aside).
 */
export function previewLines(lines: readonly string[]): Set<number> {
  const previews = new Set<number>();
  lines.forEach((line, i) => {
    if (!isTruncated(line)) return;
    const stem = squeeze(line.trim().replace(TRUNCATED_RE, ''));
    if (stem.length < MIN_STEM) return;
    if (squeeze(lines.slice(i + 1).join('')).startsWith(stem)) previews.add(i);
  });
  return previews;
}
