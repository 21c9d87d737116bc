import type { Block } from '../lines/html-lines.js';
import { DATE_RE, findDate, readMetaLine } from '../dates/page-meta.js';

/**
 * A newspaper's e-edition page (数字报): the masthead prints the issue's day with its weekday
 * (`2023年05月06日 星期六`, or the issue's number after it: `2023-05-06 第1534期`) beside the page's number and name (`第A07版：名医问诊`). The articles on the page print
 * no day of their own: the issue's is theirs.
 */

/** The page's number in the issue (第A07版, 第3版). */
const PAGE_NUMBER_RE = /第\s*[A-Z]?\s*\d{1,3}\s*版/u;
/** A weekday after a date: an issue line's (星期六, 周六); or the issue's number (`生命时报 2023-05-06 第1534期 第5版`). */
const WEEKDAY_RE = /(?:星期|礼拜|周)[一二三四五六日天]|^\s*第\s*\d{1,5}\s*期/u;
/** Issue lines are short; a longer line is an article's text. */
const ISSUE_LINE_CHARS = 40;

/** The issue's day printed above the question, where the page names its number in the issue; else null. */
export function issueDate(blocks: readonly Block[], question: number): string | null {
  const above = blocks.slice(0, question);
  if (!above.some((b) => PAGE_NUMBER_RE.test(b.text))) return null;
  const days = new Set(
    above.flatMap((b) => {
      const text = b.text.trim();
      const date = text.length <= ISSUE_LINE_CHARS ? text.match(DATE_RE) : null;
      return date && WEEKDAY_RE.test(text.slice(date.index! + date[0].length)) ? (findDate(date[0]) ?? []) : [];
    }),
  );
  // Two issue days above the article: the page's is not told.
  return days.size === 1 ? [...days][0]! : null;
}

/** How far above the question a column's posting line may stand (the headline, the byline, the reader's label between). */
const POSTED_LINES = 6;

/**
 * A column's day: its issue's (above), else the day the site posted the article, on a line of page meta
 * of its own above the answer's label (`发布时间：2021-07-29 10:38 来源：《家庭保健》`), over the question
 * or under it; null where it prints neither, or two.
 */
export function columnDate(blocks: readonly Block[], question: number, answerLabel: number): string | null {
  // The issue's line over the answer: above the question (an e-edition's masthead) or under the headline (the site's article line).
  const issued = issueDate(blocks, answerLabel);
  if (issued !== null) return issued;
  const days = new Set(
    blocks.slice(Math.max(0, question - POSTED_LINES), answerLabel).flatMap((b) => {
      const meta = readMetaLine(b.text);
      return meta.metaOnly ? meta.dates.filter((d) => d.kind !== 'asked' && d.kind !== 'updated').map((d) => d.iso) : [];
    }),
  );
  return days.size === 1 ? [...days][0]! : null;
}
