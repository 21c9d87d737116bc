import { findDate, readMetaLine } from './page-meta.js';
import { PROSE_RE } from '../words/genre.js';

/**
 * A post's stamp and byline as platforms print them between a title and its text: when and
 * from where it was posted (`06-16 09:11 IP属地：江苏`, `发布于 2023-05-06 14:22・IP 属地浙江`,
 * `01-03 08:49 山东`), and who posted it where (`原创 name 公众号 1月11日 发表于河南`). Page
 * meta, never the answer's text; any date in it is read as meta dates are.
 */

/** The provinces and regions an IP location names (printed under posts on Chinese platforms since 2022). */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
/** Where a post was sent from, at the end of its stamp: labelled (IP属地：, 发表于, 来自), the client a microblog names (`来自 iPhone客户端`), or a province alone after the time. */
const PLACE_RE = new RegExp(
  `\\s*[・·•|｜]?\\s*(?:(?:IP\\s*(?:归)?属地|发表于|来自)\\s*[:：]?\\s*\\p{Script=Han}{2,8}|来自\\s*[:：]?\\s*[\\p{Script=Han}\\w][\\p{Script=Han}\\w .-]{1,24}|(?<=\\d\\s*)(?:${PROVINCES})(?:省|市|自治区)?)\\s*$`,
  'u',
);
/** A day, with or without its year, and the time after it (WordPress's zh_CN prints it `下午7:48`): how a stamp ends once its place is off. */
const DAY_AT_END_RE = /(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]|\d{1,2}\s*[-/月])\s*\d{1,2}\s*日?(?:\s*(?:凌晨|早上|上午|中午|下午|晚上)?\s*\d{1,2}[:：]\d{2})?$/u;
/** Who posted it: a few short words (an originality mark, a name, an account's nickname), no sentence. */
const BYLINE_WORDS_RE = /^(?:[^\s，,。；;！!？?：:]{1,12}\s+){0,3}$/u;

/** Whether a line is a post's stamp or byline: page meta, whatever else it names. */
export function isPostStamp(text: string): boolean {
  const t = text.trim();
  if (t.length > 50) return false;
  const placed = t.replace(PLACE_RE, '');
  if (placed !== t && (placed === '' || readMetaLine(placed).metaOnly)) return true;
  const day = placed.match(DAY_AT_END_RE);
  return day !== null && BYLINE_WORDS_RE.test(placed.slice(0, day.index)) && (day.index! > 0 || placed !== t);
}

/**
 * An article's info line of labelled fields (`发布时间：… 来源：… 作者：… 点击数：… 【字体：大 中 小】`, `文章来源：… 作者：… day 浏览：…`,
 * `文/编辑：name 来源：paper 2019-12-26 19:49`): page meta, whatever its fields say; its date is the
 * post's. `date` is the date with its label as printed, `source` what 来源 names (a department, on
 * a department's own page).
 */
export interface InfoLine {
  date: string;
  source: string | null;
  /** Whether the date is a broadcast's (`播出时间：…`): it dates a programme's answer over any page day beside it. */
  aired: boolean;
}
/**
 * A broadcast's day among the fields (`播出时间：…`, `首播：…`). Not the next one's (`下期播出时间：…`, `预计播出时间：…`, a
 * programme's trail of its next episode): a day no one has answered on yet.
 */
const AIRED_FIELD_RE = /(?<!(?:下|下一|预计|預計|预告|預告|预定|預定)(?:期|集|次|周|週|场|場)?(?:节目|節目)?)(?:播出|首播)(?:时间|日期)?\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)/u;

// A label may follow the field before it with no space where the page sets its fields in inline spans (`来源：城市频道《健康热线》发布时间：…`):
// after a closing title mark or bracket a field has ended. (Not after a digit: `…3:10:23来源：网络` is read as it always was.)
const INFO_LABEL_RE =
  /(?:^|\s|(?<=[》」』）)】\]]))((?:文\s*\/\s*)?(?:发布|发表|更新|上传)?(?:时间|日期)|(?:播出|首播)(?:时间|日期)|(?:文章|本文)?来源|出处|(?:文\s*\/\s*)?(?:责任)?编辑|作者|撰文|审核|(?:点击|浏览|阅读|访问)(?:数|量|次数)?)\s*[:：]/gu;
const TEXT_SIZE_RE = /[【[]\s*(?:字体|字号)\s*[:：][^】\]]*[】\]]/gu;
const STAMP_RE = /(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/gu;

/** A day (and its time) alone, unlabelled. */
const LEAD_STAMP_RE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;
/** A stamp labelled as the day the page was updated, not published. */
const UPDATED_STAMP_RE = /^更新/u;

export function readInfoLine(text: string): InfoLine | null {
  // Every label ends in a colon: most lines of a page hold none and are passed over at once (this is asked of every line).
  if (!text.includes('：') && !text.includes(':')) return null;
  const t = text.replace(TEXT_SIZE_RE, ' ').trim();
  if (t.length > 100) return null;
  const labels = [...t.matchAll(INFO_LABEL_RE)];
  // The page's own day may open the line unlabelled before its fields (`2019-07-27 13:02:46　来源：央广网　播出时间：…`, a news
  // site's article line): its info line all the same, the day one field. Not where the line names the answer's format
  // (`2020-10-23 16:53 来源：… 语音解答 浏览 N`): such a line is read as meta, its format with its day.
  const lead = labels.length > 0 ? t.slice(0, labels[0]!.index).trim() : '';
  const leadStamp = lead !== '' && LEAD_STAMP_RE.test(lead) && readMetaLine(t).format === 'unknown';
  if (labels.length + (leadStamp ? 1 : 0) < 2 || (lead !== '' && !leadStamp) || PROSE_RE.test(t)) return null;
  // A line that prints the day published and the day updated (`更新时间：… 发布时间：…`, in either order) dates the post by the day published.
  const stamps = [...t.matchAll(STAMP_RE)].map((m) => m[0]);
  const stamp = stamps.find((d) => !UPDATED_STAMP_RE.test(d)) ?? stamps[0];
  if (!stamp) return null;
  const source = t.match(/来源\s*[:：]\s*([^\s:：]{1,16})/u)?.[1] ?? null;
  // A programme's page printing the day it aired beside the page's (`发布时间：… 播出时间：…`) is dated by the broadcast: its guest
  // answered on air (fresh-36's and fresh-58's keys; page-meta.ts reads a 播出时间 printed alone as the answer's day too).
  const aired = t.match(AIRED_FIELD_RE)?.[1] ?? null;
  return { date: aired ?? stamp, source, aired: aired !== null };
}

/** A day, and its time on some, opening a line (`2022-09-04`, `2022-09-04 14:22`). */
const DAY_FIRST_RE = /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}[:：]\d{2})?)\s+(\S.{0,30})$/u;
/**
 * An article's posting line under its headline as a WeChat article and its copies print it: the day, then the account that posted
 * it (`2022-09-04 白沙市第三人民医院`), the account being one the page's <title> names (`{headline} - {account} - {mirror}`). Its day
 * is the post's; a day before words the title does not name (a list's `2021-03-05 胃胀怎么办`) is no posting line.
 */
export function postedByAccount(text: string, title: string): string | null {
  const m = DAY_FIRST_RE.exec(text.trim());
  if (!m) return null;
  const parts = title.split(/\s+[-_|–—]\s+|[_|｜]/u).map((p) => p.trim());
  return parts.slice(1).includes(m[2]!.trim()) ? m[1]! : null;
}

/** How far under the headline its posting line stands (the author's line between, on some). */
const UNDER_HEADLINE_LINES = 2;
const squashed = (text: string) => text.replace(/\s+/gu, '');
/** Whether line `at` stands just under the headline the <title> opens with: a posting line is the headline's, not a news list's above it. */
function underHeadline(texts: readonly string[], at: number, title: string): boolean {
  const opening = squashed(title);
  return texts.slice(Math.max(0, at - UNDER_HEADLINE_LINES), at).some((t) => squashed(t).length >= 4 && opening.startsWith(squashed(t)));
}

/** The one day of the posting lines above line `to` (postedByAccount), each under the headline, as ISO; null where none, or two. */
export function accountPostDay(texts: readonly string[], to: number, title: string): string | null {
  const days = new Set(texts.slice(0, to).flatMap((t, i) => (underHeadline(texts, i, title) ? (findDate(postedByAccount(t, title) ?? '') ?? []) : [])));
  return days.size === 1 ? [...days][0]! : null;
}
