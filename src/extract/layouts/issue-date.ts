import { inListItem, type Block, type Stamp } from '../lines/html-lines.js';
import { DATE_RE, findDate, findTaiwanDate, readMetaLine, type MetaLine } from '../dates/page-meta.js';
import { isPostStamp, readInfoLine } from '../dates/post-stamp.js';
import { englishMeta } from '../dates/english-meta.js';

/**
 * A newspaper's e-edition page (数字报): the masthead prints the issue's day with its weekday
 * (`2023年05月06日 星期六`, or the issue's number after it: `2023-05-06 第1534期`) beside the page's number and name (`第A07版：名医问诊`). The articles on the page print
 * no day of their own: the issue's is theirs.
 */

/** The page's number in the issue (第A07版, 第3版; a lettered one without 第, as Founder's e-papers print it: `B10版：健康`). */
const PAGE_NUMBER_RE = /第\s*[A-Z]?\s*\d{1,3}\s*版|(?<![A-Za-z0-9])[A-Z]\d{1,3}\s*版\s*[:：]/u;
/** A weekday after a date: an issue line's (星期六, 周六). */
const WEEKDAY_RE = /(?:星期|礼拜|周)[一二三四五六日天]/u;
/**
 * Or the issue's number after it (`生命时报 2023-05-06 第1534期 第5版`): the page's own issue line, not a link to another issue
 * (a past issue's in a 往期 list: `<li><a>生命时报 2023-04-29 第1533期 第5版</a></li>`).
 */
const ISSUE_NUMBER_RE = /^\s*第\s*\d{1,5}\s*期/u;
/** Or the paper's name alone before it, nothing after (`大众卫生报　2023-05-06`): the masthead's issue line, as a Founder e-paper prints it. */
const PAPER_NAME_RE = /^\p{Script=Han}{1,10}报\s*$/u;
const issueLine = (b: Block, before: string, after: string) =>
  WEEKDAY_RE.test(after) || ((ISSUE_NUMBER_RE.test(after) || (after.trim() === '' && PAPER_NAME_RE.test(before))) && b.linkChars === 0 && !inListItem(b.node));
/**
 * A paper's own issue line over a column's web copy, its name in title marks and the issue's number before the day
 * (`《中文导报》第1130期　2022年4月9日（土）`): the day the paper printed the answer, over the web copy's later 发布时间, as a
 * programme's broadcast day dates its guest's answer over its page's (post-stamp.ts).
 */
const PAPER_ISSUE_RE = /^《[^《》]{2,12}》\s*第\s*\d{1,5}\s*期\s*$/u;
/** Issue lines are short; a longer line is an article's text. */
const ISSUE_LINE_CHARS = 40;

/**
 * A periodical's issue line naming its number and its day by label (`第407期　發行日期：2023/05/06`, a hospital's e-mail newsletter;
 * `出刊日期`, `出版日期`): the day of the issue, the day of what it carries that prints none of its own. After the label a day of
 * the ROC calendar (`112.05.06`) is one whatever the page's region: no version or measure is labelled an issue's day. A month alone
 * (`112年5月號`) names no day.
 */
const LABELLED_ISSUE_RE = /^(?:\S{1,16}\s+)?第\s*\d{1,5}\s*期\s*[，,·|｜]?\s*(?:发行|出刊|出版)日期\s*[:：]\s*(\S{6,12})$/u;
function labelledIssueDay(above: readonly Block[]): string | null {
  const days = new Set(
    above.flatMap((b) => {
      const m = b.text.trim().length <= ISSUE_LINE_CHARS && b.linkChars === 0 && !inListItem(b.node) ? b.text.trim().match(LABELLED_ISSUE_RE) : null;
      return m ? (findTaiwanDate(m[1]!) ?? []) : [];
    }),
  );
  return days.size === 1 ? [...days][0]! : null;
}

/** The issue's day printed above the question, where the page names its number in the issue; else null. */
export function issueDate(blocks: readonly Block[], question: number): string | null {
  const above = blocks.slice(0, question);
  const labelled = labelledIssueDay(above);
  if (labelled) return labelled;
  if (!above.some((b) => PAGE_NUMBER_RE.test(b.text))) return null;
  const days = new Set(
    above.flatMap((b) => {
      const text = b.text.trim();
      const date = text.length <= ISSUE_LINE_CHARS ? text.match(DATE_RE) : null;
      return date && issueLine(b, text.slice(0, date.index), text.slice(date.index! + date[0].length)) ? (findDate(date[0]) ?? []) : [];
    }),
  );
  // Two issue days above the article: the page's is not told.
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * Whether a line above the question numbers the page's issue (`每日一问 第123期`, a daily column's or a paper's), no link and no
 * list's item: a day heading near it is the issue's day, no header bar's. The issue the page's own: the column's head (a heading,
 * or the number printed right after one: `<h2>每日一问</h2><span>第123期</span>`), its <title> numbering the same issue
 * (`每日一问第123期：…`), or the page speaking of this issue (`本期答疑专家`). A plain line of the site's nav numbering some
 * issue (`健康讲堂 第3期` over an unrelated question) says nothing of the day above it.
 */
export function numbersIssue(blocks: readonly Block[], question: number, title: string): boolean {
  const thisIssue = blocks.some((b) => b.text.length <= 40 && /本期/u.test(b.text));
  return blocks.slice(0, question).some((b, i) => {
    const issue = b.text.length <= 30 && b.linkChars === 0 ? b.text.match(/第\s*(\d{1,5})\s*期/u) : null;
    if (issue === null || inListItem(b.node)) return false;
    return b.heading || blocks[i - 1]?.heading || thisIssue || HEADER_ISSUE_RE.test(b.text.trim()) || new RegExp(`第\\s*${issue[1]}\\s*期`, 'u').test(title);
  });
}
/**
 * A paper's own issue line in its header: the number alone or after the paper's name, its running count and pages
 * (`第8765期`, `江州日报 第8765期`, `总第8765期 今日16版`): no column of the nav (`健康讲堂 第3期`) names it.
 */
const HEADER_ISSUE_RE = /^(?:\p{Script=Han}{1,8}[报報]\s*)?总?第\s*\d{1,5}\s*期(?:\s*(?:今日|本期)?\s*(?:共\s*)?\d{1,3}\s*版)?$/u;

/**
 * The day of the paper's issue line above the answer (lines 0..to), no link and no list's item; null where none stands, or two days do.
 * Only under the article's headline (the last heading above the answer), as the copy prints it: a site's masthead over the headline
 * shows the current issue (`《大众健康》第1130期` over an online reply's own `回复时间`), no day of this answer's.
 */
export function paperIssueDate(blocks: readonly Block[], to: number): string | null {
  const end = Math.min(blocks.length, Math.max(0, to));
  let from = 0;
  for (let i = end - 1; i >= 0; i--) if (blocks[i]!.heading) { from = i + 1; break; }
  const days = new Set(
    blocks.slice(from, end).flatMap((b) => {
      const text = b.text.trim();
      // Asked of every page: most lines open with no title mark and are passed over before a date is looked for.
      const date = text.startsWith('《') && text.length <= ISSUE_LINE_CHARS ? text.match(DATE_RE) : null;
      if (!date) return b.linkChars === 0 && !inListItem(b.node) ? namedIssueDay(text) : [];
      return PAPER_ISSUE_RE.test(text.slice(0, date.index)) && b.linkChars === 0 && !inListItem(b.node) ? (findDate(date[0]) ?? []) : [];
    }),
  );
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * Or the paper's name, the day and the issue's number (`欧联时报　sabato 6 maggio 2023　第3021期`, the day perhaps in the language of
 * the country the paper is printed in: english-meta.ts reads it).
 */
const NAMED_ISSUE_RE = /^\p{Script=Han}{1,10}[报報]\s*(\d{4}-\d{2}-\d{2})\s*第\s*\d{1,5}\s*期$/u;
/** A line that is such an issue line: the paper's, meta of the page, none of the answer's text. */
export const isNamedIssueLine = (text: string): boolean => namedIssueDay(text.trim()).length > 0;
function namedIssueDay(text: string): string[] {
  if (text.length > ISSUE_LINE_CHARS * 2 || !/[报報]/u.test(text)) return [];
  const day = englishMeta(text).match(NAMED_ISSUE_RE)?.[1];
  return day ? [day] : [];
}

/**
 * A web copy's credit to the print issue it reprints (`来源：新民晚报 2023年5月6日 第A14版`, `原载《某报》2023-05-06 第A14版`): a day
 * followed by the page's number in the issue. The day the paper printed the answer, over the web copy's later day, above the text
 * or under it. Short, no link, no list's item (a 往期 list's issues are other days).
 */
const PRINTED_PAGE_AFTER_RE = /^\s*第\s*[A-Z]?\s*\d{1,3}\s*版/u;
/**
 * The credit opens the line (`来源：`, `原载`, `刊于`, traditional `來源：`): a day and a page of another text is no issue of this
 * answer (a reference in it, `参考：《某报》… 第5版`; a book's edition, `…2018年7月1日 第9版`; a 上期回顾 / 下期预告 line; the
 * reader's letter `刊于本报…`).
 */
const PRINT_CREDIT_RE = /^[（(【]?\s*(?:本文)?(?:[来來]源|稿源|原[载載]|原刊|首[发發]|刊[于於]|[载載][于於]|刊[发發][于於]|[转轉][载載]自|[转轉]自)\s*[:：]?/u;
export function printedIssueDate(blocks: readonly Block[], from: number, to: number): string | null {
  const days = new Set(
    blocks.slice(Math.max(0, from), Math.min(blocks.length, to)).flatMap((b) => {
      if (b.chars > ISSUE_LINE_CHARS || b.linkChars > 0 || !b.text.includes('版')) return [];
      const text = b.text.trim();
      const date = PRINT_CREDIT_RE.test(text) ? text.match(DATE_RE) : null;
      return date && PRINTED_PAGE_AFTER_RE.test(text.slice(date.index! + date[0].length)) && !inListItem(b.node) ? (findDate(date[0]) ?? []) : [];
    }),
  );
  return days.size === 1 ? [...days][0]! : null;
}

/** A reply's day labelled as such (`回复时间：`, `答复日期：`, `回覆日期：`), opening its line. */
const REPLY_DAY_LABEL_RE = /^(?:回复|回覆|答复|答覆|回答|解答|作答)(?:时间|日期|時間)\s*[:：]/u;
/** A line of page meta of its own dating the reply by its label (`回复时间：2023-05-08`, `答复日期：2023年5月8日`). */
export function isReplyDayLine(text: string): boolean {
  const t = text.trim();
  if (t.length > ISSUE_LINE_CHARS || !REPLY_DAY_LABEL_RE.test(t)) return false;
  const meta = readMetaLine(t);
  return meta.metaOnly && meta.dates.length > 0 && meta.dates.every((d) => d.kind === 'answered');
}
/**
 * The one day labelled as the reply's on a line of page meta of its own among the column's lines or right after its answer's last
 * (`to`), no list's item; null where none, or two. Further down, a side box's, a comment's or a follow-up's reply day is theirs.
 */
function replyDay(blocks: readonly Block[], from: number, to: number): string | null {
  const days = new Set(
    blocks.slice(Math.max(0, from), Math.min(blocks.length, to)).flatMap((b) => {
      return isReplyDayLine(b.text) && !inListItem(b.node) ? readMetaLine(b.text).dates.map((d) => d.iso) : [];
    }),
  );
  return days.size === 1 ? [...days][0]! : null;
}

/** How far above the question a column's posting line may stand (the headline, the byline, the reader's label between). */
const POSTED_LINES = 6;
/** An info line's stamp labelled as the update day (readInfoLine gives it only where the line prints no other). */
const UPDATE_LABEL_RE = /^更新(?:时间|日期)/u;

/**
 * An article's credit after its day: its source, its editor, its author (`来源：《家庭保健》`, `编辑：吴晓东`, `责任编辑：王芳`,
 * `作者：记者 王芳`), each a label and one name, parted from the next item by a space or a bar.
 */
const CREDIT_RE =
  /(?<=^|[\s|｜·•])(?:来源|出处|(?:责任)?编辑|责编|作者|撰文|撰稿)\s*[:：]\s*(?:(?:本报|特约|实习)?(?:记者|通讯员|实习生)\s+)?[^\s|｜·•:：]{1,20}(?=[\s|｜·•]|$)/gu;
/**
 * The reporters credited unlabelled after a news app's stamp (`新京报 2023-05-06 14:22 记者 王芳`, `… 记者 王芳 李明 通讯员 张伟`):
 * the stamp's line without them is the post's stamp (post-stamp.ts), the day the article was posted.
 */
const REPORTERS_RE = /(?:\s+(?:本报|特约|实习)?(?:记者|通讯员|实习生)(?:\s+\p{Script=Han}{2,4})+)+$/u;
const withoutReporters = (text: string) => text.trim().replace(REPORTERS_RE, '');
/** Publication lines are short; a longer line is text. */
const PUBLICATION_LINE_CHARS = 80;

/**
 * The days of an article's publication line: its day (labelled as published, or bare, with its time; an update day beside it),
 * then the article's credits (`2021-05-15 17:07　来源：《父母必读》　编辑：吴晓东`,
 * `发布时间：2023-01-25　更新时间：2023-07-06　来源：《父母必读》　编辑：陈建国`), nothing else but page meta; none for any
 * other line (a credit before an unlabelled day, a name or a word of text beside it); a credit before a day labelled as published
 * (`撰文：王芳　發佈日期：…`) is the byline's.
 */
function publicationDays(printed: string): MetaLine['dates'] {
  const text = printed.trim();
  if (text.length > PUBLICATION_LINE_CHARS) return [];
  const day = DATE_RE.exec(text);
  if (day === null) return [];
  const after = text.slice(day.index);
  // A byline's credit before a day labelled as the publishing one (`撰文：王芳　發佈日期：2023-05-06 14:22`, as Hong Kong's portals print it):
  // the label says what the day is, the credit is the byline's.
  const before = text.slice(0, day.index);
  const credited = before.replace(CREDIT_RE, ' ').trim();
  if (credited !== before.trim() && PUBLISHED_LABEL_RE.test(credited)) {
    const meta = readMetaLine(`${credited}${after.replace(CREDIT_RE, ' ')}`.trim());
    return meta.metaOnly ? meta.dates : [];
  }
  if (!after.match(CREDIT_RE)) return [];
  const meta = readMetaLine(`${text.slice(0, day.index)}${after.replace(CREDIT_RE, ' ')}`.trim());
  return meta.metaOnly ? meta.dates : [];
}

/** A day's label naming it the publishing one, alone before it (`发布日期：`, `发表时间：`, `刊登日期：`). */
const PUBLISHED_LABEL_RE = /^(?:发布|发表|刊登|刊出|出版)(?:日期|时间)\s*[:：]?$/u;

/**
 * A column's day: its issue's (above), else the day the site posted the article, on a line of page meta
 * of its own above the answer's label (`发布时间：2021-07-29 10:38 来源：《家庭保健》`), over the question
 * or under it, or on the article's publication line under the question's heading, its day before the article's
 * credits (`2021-05-15 17:07　来源：《父母必读》　编辑：吴晓东`: publicationDays), no item of a list; null where it prints
 * neither, or two. An update day (更新时间) beside the day posted dates an edit: left out, on either line; the only day of an info
 * line of labelled fields, it is the post's.
 */
export function columnDate(blocks: readonly Block[], question: number, answerLabel: number, stamps: readonly Stamp[] = [], end = answerLabel, answerEnd = end - 1): string | null {
  // The issue's line over the answer: above the question (an e-edition's masthead) or under the headline (the site's article line);
  // or a web copy's credit to the issue and page it reprints, over or under the text.
  // The answer's own day where the page labels it as the reply's (`回复时间：2023-05-08`, on a line of meta of its own by the answer):
  // the day the doctor replied, over a print issue's (a paper's issue day is over an unlabelled web publication day, fresh-88's
  // convention, not over the reply's own).
  const replied = replyDay(blocks, question, Math.min(end, answerEnd + 2));
  if (replied !== null) return replied;
  const issued = issueDate(blocks, answerLabel) ?? paperIssueDate(blocks, answerLabel) ?? printedIssueDate(blocks, question, end);
  if (issued !== null) return issued;
  const headed = blocks[question]?.heading === true;
  const from = Math.max(0, question - POSTED_LINES);
  const days = new Set(
    blocks.slice(from, answerLabel).flatMap((b, i) => {
      const meta = readMetaLine(b.text);
      const under = headed && from + i > question && !inListItem(b.node);
      // So is a post's stamp under the headline (a 公众号 article's `原创 {author} {account} 2023-05-06 14:22 发表于{province}`, post-stamp.ts).
      const dates = meta.metaOnly || (under && isPostStamp(withoutReporters(b.text))) ? meta.dates : under ? publicationDays(b.text) : [];
      return dates.filter((d) => d.kind !== 'asked' && d.kind !== 'updated').map((d) => d.iso);
    }),
  );
  if (days.size > 0) return days.size === 1 ? [...days][0]! : null;
  // An article's info line of labelled fields under the headline whose only day is its update day (`作者：佚名　文章来源：大众医学
  // 点击数：N　更新时间：2021-12-27`, an old CMS's, post-stamp.ts): no day posted beside it, the update day is the post's.
  const posted = new Set(
    blocks.slice(from, answerLabel).flatMap((b) => {
      const info = b.chars <= 100 && !inListItem(b.node) ? readInfoLine(b.text) : null;
      const day = info && UPDATE_LABEL_RE.test(info.date) ? findDate(info.date) : null;
      return day === null ? [] : [day];
    }),
  );
  if (posted.size > 0) return posted.size === 1 ? [...posted][0]! : null;
  // Or the `<time datetime>` of the post's meta line (a blog engine's `<time class="entry-date published" datetime="2021-07-04T10:51">`,
  // showing the day in words of its own, `July 4, 2021`): machine-readable, the same posting day; one day, no list item's.
  const stamped = new Set(
    stamps.filter((s) => s.at >= from && s.at < answerLabel && !inListItem(blocks[s.at]!.node)).flatMap((s) => findDate(s.datetime) ?? []),
  );
  return stamped.size === 1 ? [...stamped][0]! : null;
}
