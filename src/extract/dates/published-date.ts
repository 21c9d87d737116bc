import { readMetaLine } from './page-meta.js';
import { wordedAsSite } from '../words/genre.js';

/**
 * An article's publishing date and the answer's own date on one page (a site that republishes a
 * Q&A as its article: `发布时间：2022-07-10` in its meta line, the copied `回答时间：2021-08-24`):
 * the answer is dated when the doctor answered, so a date labelled as the answer's outranks one
 * labelled as the page's publication, which then is no candidate at all. A relative stamp
 * (`昨天 09:12 回答`, its moment in a script's timestamp) names no day: the publishing date stays.
 */
/** A day labelled as the answer's, or as the first page's a copy took it from (`原文发布时间`, `首发于有来医生，day`). */
const ANSWER_DATED_RE = /(?:回答|解答|回复|答复)\s*(?:时间|日期|于)|\d\s*(?:回答|解答|回复)\s*$|原(?:文|帖|稿)\s*(?:发布|发表)\s*(?:时间|日期|于)|首发(?:于|时间|日期)/u;
const PUBLISH_DATED_RE = /(?:发布|发表|更新|刊登|转载|编辑)\s*(?:时间|日期|于)/u;

export function withoutPublishedWhereAnswered<T extends { text: string }>(lines: readonly T[], reprinted = false): T[] {
  const answered = lines.some((l) => ANSWER_DATED_RE.test(l.text) && readMetaLine(l.text).dates.length > 0);
  // A page that says it copied its text from the web dates its copy when it publishes: no day of the answer's.
  if (!answered && !reprinted) return [...lines];
  // The publishing days go; what else their line says stays (a format word; the answer's day on a line holding both,
  // `编辑于 2022-05-09 回答于2021-06-12`). A line whose publishing label is left (a day in a form not cut) goes whole.
  return lines
    .filter((l) => ANSWER_DATED_RE.test(l.text) || !PUBLISH_DATED_RE.test(l.text) || !answered)
    .map((l) => (PUBLISH_DATED_RE.test(l.text) ? { ...l, text: withoutPublishedParts(l.text) } : l))
    .filter((l) => ANSWER_DATED_RE.test(l.text) || !PUBLISH_DATED_RE.test(l.text));
}

/** A day labelled as the page's publishing (`编辑于 2021年8月19日`, `发布时间：2022-07-10 13:45`), not as the first page's. */
const PUBLISHED_DAY_RE = new RegExp(
  `(?<![原文帖稿])${PUBLISH_DATED_RE.source}\\s*[:：]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?`,
  'gu',
);
/** A line without the days labelled as the page's publishing: what else it says (a format word, the answer's day) stays. */
const withoutPublishedParts = (text: string) => text.replace(PUBLISHED_DAY_RE, ' ');

/** A notice that the page's text was taken from the web (`本文来源于网络，如有侵权请联系删除`): a reprint, not the answer's first publishing. */
const REPRINT_NOTICE_RE = /^[（(【[]?\s*(?:声明|免责声明)?[:：]?\s*(?:本文|文章|本站部分|部分)?(?:内容)?(?:来源于|来自|来源|转载自|摘自)(?:于)?(?:网络|互联网)[^。]{0,12}?[，,。]?\s*(?:如有|若有|如涉及|如)侵权/u;
/** A source that is the web or the site's own gathering (`互联网`, `网络`, `本站整理`, `网友投稿`): a copy's, of no known first page. */
const WEB_SOURCE = '(?:互联网|网络|网友(?:投稿|分享|提供)?|本站(?:整理|编辑|综合)|网络整理|综合(?:自)?网络)';
/**
 * A copy's credit to where its text was taken: `本文转载自寻医问药网，…`, `摘自…`, `原文链接：…`, a labelled source that is
 * the web (`来源：互联网`, `来源：本站整理`), or an aggregator's note that its texts are others' (`内容聚合自各大健康平台，
 * 版权归原作者所有`). The page's own days are the copy's. (A provider's credit alone, `内容来源：快速问医生`, says who
 * published the text there: its 发布于 day stands.)
 */
const COPIED_RE = new RegExp(
  `^(?:本文|文章|内容|此文)?(?:转载自|转自|摘自|采集自|转载于)\\s*\\S|^(?:原文链接|原文地址|原文网址)\\s*[:：]|(?:^|\\s)(?:来源|出处|稿源)\\s*[:：]\\s*${WEB_SOURCE}(?=$|[\\s，,。])|版权归原作者所有|内容(?:聚合|采集|收集)自`,
  'u',
);
export const isReprintNotice = (text: string) => (text.length <= 60 && REPRINT_NOTICE_RE.test(text.trim())) || (text.length <= 80 && COPIED_RE.test(text.trim()));

/**
 * What an article's 来源 field names, where it says the text was copied: the web, or a site worded as one (`寻医问药网`,
 * `39问医生`) that the page's <title> does not name (a site naming itself as the source is the first page).
 */
export function namesCopySource(source: string, title: string): boolean {
  const name = source.trim();
  // The site naming itself (`本站`, `本网原创`) is the first page.
  return new RegExp(`^${WEB_SOURCE}$`, 'u').test(name) || (wordedAsSite(name) && !/^本(?:站|网|院)/u.test(name) && !title.includes(name) && !namesOwnSection(name, title));
}

/** A section of the site the <title> names after its separators (`来源：加国360健康频道` under `… - 健康 - 加国360`): the site's own. */
function namesOwnSection(name: string, title: string): boolean {
  const parts = title.split(/\s*[-_|｜–—]\s*/u).slice(1).map((p) => p.trim());
  return parts.some((site) => [...site].length >= 2 && name.startsWith(site));
}
