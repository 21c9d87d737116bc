/**
 * A truncated preview of the answer (its first words, an ellipsis, a 展开全文 prompt) over the
 * full text, which the page holds too (hidden until the prompt is clicked): the full text is
 * the answer, the preview none of it.
 */

/** An ellipsis ending a line, with the expand prompt sites put after it. */
const TRUNCATED_RE = /(?:…+|\.{3,}|。{3,})\s*(?:[[【（(]?\s*(?:展开全文|展开|查看全文|阅读全文|全文|更多)\s*[\]】）)]?\s*(?:[>›»＞∨˅]+)?)?$/u;

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
