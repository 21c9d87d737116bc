import { readMetaLine } from './page-meta.js';

/**
 * An article's publishing date and the answer's own date on one page (a site that republishes a
 * Q&A as its article: `发布时间：2022-07-10` in its meta line, the copied `回答时间：2021-08-24`):
 * the answer is dated when the doctor answered, so a date labelled as the answer's outranks one
 * labelled as the page's publication, which then is no candidate at all. A relative stamp
 * (`昨天 09:12 回答`, its moment in a script's timestamp) names no day: the publishing date stays.
 */
const ANSWER_DATED_RE = /(?:回答|解答|回复|答复)\s*(?:时间|日期|于)|\d\s*(?:回答|解答|回复)\s*$/u;
const PUBLISH_DATED_RE = /(?:发布|发表|更新|刊登|转载)\s*(?:时间|日期|于)/u;

export function withoutPublishedWhereAnswered<T extends { text: string }>(lines: readonly T[], reprinted = false): T[] {
  const answered = lines.some((l) => ANSWER_DATED_RE.test(l.text) && readMetaLine(l.text).dates.length > 0);
  // A page that says it copied its text from the web dates its copy when it publishes: no day of the answer's.
  if (!answered) return reprinted ? lines.filter((l) => !PUBLISH_DATED_RE.test(l.text)) : [...lines];
  return lines.filter((l) => ANSWER_DATED_RE.test(l.text) || !PUBLISH_DATED_RE.test(l.text));
}

/** A notice that the page's text was taken from the web (`本文来源于网络，如有侵权请联系删除`): a reprint, not the answer's first publishing. */
const REPRINT_NOTICE_RE = /^[（(【[]?\s*(?:声明|免责声明)?[:：]?\s*(?:本文|文章|本站部分|部分)?(?:内容)?(?:来源于|来自|来源|转载自|摘自)(?:于)?(?:网络|互联网)[^。]{0,12}?[，,。]?\s*(?:如有|若有|如涉及|如)侵权/u;
export const isReprintNotice = (text: string) => text.length <= 60 && REPRINT_NOTICE_RE.test(text.trim());
