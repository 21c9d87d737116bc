/**
 * A pager under an article its CMS split over pages (`第1页/共3页 上一页 1 2 3 下一页 尾页 阅读全文`),
 * and the teaser of the next page (`下一页：…`): only this page's part of the text is on the page,
 * and nothing after the pager is the answer's.
 */

/** What a pager is made of: where the page stands, the page links, a link to the whole text. */
const PAGER_TOKEN = '(?:第\\s*\\d+\\s*[/／]\\s*\\d+\\s*页|第\\s*\\d+\\s*页(?:\\s*[/／]\\s*共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页|\\d+\\s*[/／]\\s*\\d+|[上下前后]一页|首页|尾页|末页|\\d+|阅读全文|单页阅读|全文阅读|全文浏览|查看全文|全文|[<>«»‹›…]+|\\.{3})';
const PAGER_RE = new RegExp(`^(?:${PAGER_TOKEN}\\s*)+$`, 'u');
/** A pager names a page, not only numbers (a list of numbers is none). */
const PAGE_WORD_RE = /[上下前后]一页|尾页|末页|第\s*\d+\s*(?:[/／]\s*\d+\s*)?页|共\s*\d+\s*页/u;
/** The next page's teaser: its label, then the start of its text. */
const TEASER_RE = /^(?:下一页|下页)\s*[:：]/u;

/** Whether a line is a pager or the next page's teaser. */
export function isPager(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || !t.includes('页')) return false;
  return TEASER_RE.test(t) || (PAGE_WORD_RE.test(t) && PAGER_RE.test(t));
}

/**
 * A pager that counts an article's pages (`第1页/共3页`, `第1/3页`), or the next page's teaser: the text goes on
 * elsewhere. A bare `上一页 1 2 3 下一页` as often pages a list (a doctor's answers, results).
 */
export function isArticlePager(text: string): boolean {
  return isPager(text) && (TEASER_RE.test(text.trim()) || /共\s*\d+\s*页/u.test(text) || morePagesAfter(text));
}

/** A WAP page's `第1/3页`: this is page 1 of 3, the text goes on; `第1/1页` (or `第3/3页`) is all of it. */
function morePagesAfter(text: string): boolean {
  const m = /第\s*(\d+)\s*[/／]\s*(\d+)\s*页/u.exec(text);
  return m !== null && Number(m[2]) > Number(m[1]);
}
