import type { AnyNode, Element, Text } from 'domhandler';
import { isoDate } from './page-meta.js';
import { PROSE_RE } from '../words/genre.js';

/**
 * Days printed with the year last (`24-07-2019`, `05/06/2021`, `26.03.2021`), as sites of Chinese
 * readers outside the mainland print them (Malaysia, Singapore, Hong Kong: day first) and English
 * ones of the US (month first). Which part is the day is a convention of the page, not of the date:
 * `05/06/2021` is 5 June on one page and 6 May on another. A page shows its convention where one of
 * its days has a first part over 12 (`24-07-2019`: day first) or a second one (`07/24/2019`: month
 * first); all of its days are then read that way. A page that shows neither, or both, leaves them
 * unread: a day guessed is a day silently wrong half the time.
 *
 * Read where a date stands as meta does (a short text of its own, no sentence), written as the
 * reader reads days (`2019-07-24`): a date inside a sentence of the answer stays as printed.
 */
const YEAR_LAST_RE = /(?<![\d/.\-:])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/gu;
const YEAR_LAST_TEST_RE = /\d[-/.]\d{1,2}[-/.](?:19|20)\d{2}/u;
/**
 * A day whose month and day are named (`5月6日 · 星期六 · 2023`, a calendar's or a column's day heading): which
 * part is which is printed, so the year after them is read whatever the page's convention, with the weekday between.
 */
const NAMED_DAY_YEAR_LAST_RE = /(?<!\d)(\d{1,2})月(\d{1,2})日(\s*(?:[·•|｜,，]\s*)?(?:(?:星期|礼拜|周)[一二三四五六日天]\s*(?:[·•|｜,，]\s*)?)?)((?:19|20)\d{2})年?(?!\d)/u;
/** Meta lines are short (`日期：24-07-2019 上午7:53`). */
const MAX_META_CHARS = 40;

/** A Vietnamese weekday and its comma before the day (`Thứ Bảy, 06/05/2023 14:22`): the comma is the day's, no sentence's. */
const VIETNAMESE_WEEKDAY_COMMA_RE = /^(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật),\s*(?=\d)/u;
/** A day after a Vietnamese weekday (`Thứ Bảy, 06/05/2023`, `Chủ Nhật, ngày 7/5/2023`): Vietnamese prints days day first. */
const VIETNAMESE_DAY_RE = /(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật),?\s*(?:ngày\s*)?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}/u;
type Order = 'day' | 'month' | null;
const ORDER = Symbol('year-last order');
type WithOrder = AnyNode & { [ORDER]?: Order };

/** The text with its year-last days written year first, in the order its page prints them; as printed where the page does not tell. */
export function withYearLastDatesRead(node: AnyNode, text: string): string {
  if (text.length > MAX_META_CHARS) return text;
  const named = text.includes('月') && !PROSE_RE.test(text) ? text.match(NAMED_DAY_YEAR_LAST_RE) : null;
  if (named) {
    const [printed, month, day, between, year] = named as unknown as [string, string, string, string, string];
    return isoDate(year, month, day) === null ? text : text.replace(printed, `${year}年${month}月${day}日${between}`);
  }
  if (!YEAR_LAST_TEST_RE.test(text) || PROSE_RE.test(text.replace(VIETNAMESE_WEEKDAY_COMMA_RE, ''))) return text;
  const order = orderOf(node);
  return text.replace(YEAR_LAST_RE, (printed, first: string, _sep: string, second: string, year: string) => {
    // A day whose day and month are one number (`07/07/2022`) reads the same either way: read whatever the page's order.
    if (order === null && Number(first) !== Number(second)) return printed;
    const [day, month] = order === 'day' ? [first, second] : [second, first];
    return isoDate(year, month, day) ?? printed;
  });
}

/** A short text's year-last days that read two ways (`03/11/2020`: day and month both 12 or under, not one number). */
function twoWayDays(text: string): RegExpMatchArray[] {
  if (text.length > 2 * MAX_META_CHARS || !YEAR_LAST_TEST_RE.test(text)) return [];
  return [...text.matchAll(YEAR_LAST_RE)].filter((m) => Number(m[1]) <= 12 && Number(m[3]) <= 12 && Number(m[1]) !== Number(m[3]));
}

/** Whether a short text prints a year-last day that reads two ways. */
export const holdsTwoWayDay = (text: string): boolean => twoWayDays(text).length > 0;

/**
 * The two days a short text's two-way year-last days may be (`11/09/2019`: 2019-09-11 and 2019-11-09), each written year first,
 * where its page does not show its order (none where it does: the day is read).
 */
export function unreadTwoWayDays(node: AnyNode | null, text: string): string[] {
  const days = twoWayDays(text);
  if (days.length === 0 || (node !== null && orderOf(node) !== null)) return [];
  return days.flatMap((m) => [isoDate(m[4]!, m[3]!, m[1]!), isoDate(m[4]!, m[1]!, m[3]!)]).filter((d): d is string => d !== null);
}

/** The page's order of day and month, from all its year-last days; kept on the tree's root, found once. */
function orderOf(node: AnyNode): Order {
  let root = node;
  while (root.parent) root = root.parent;
  const kept = root as WithOrder;
  if (!(ORDER in kept)) kept[ORDER] = pageOrder(root);
  return kept[ORDER]!;
}

/** A JSON-LD `datePublished` written with its own offset (`2021-06-10T19:03:00+08:00`): its day as the page's zone has it. */
const PUBLISHED_LOCAL_DAY_RE = /"datePublished"\s*:\s*"((?:19|20)\d{2})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?[+-]\d{2}:?\d{2})?"/u;
/**
 * A JSON-LD `datePublished` as a UTC instant (`2021-06-09T22:03:00Z`, or `+00:00` as CMSs write their UTC copy): no zone's day of its own, but every zone's day
 * lies between the instant 12 hours earlier (UTC−12) and 14 hours later (UTC+14), so the publisher's local day is one
 * of those (a day early on a Hong Kong post before 08:00). The two readings of a two-way day (`10/06/2021`) are a
 * month or more apart, so at most one of them falls in that window: it shows the page's order.
 */
const PUBLISHED_UTC_RE = /"datePublished"\s*:\s*"((?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]00:?00))"/u;
const HOUR = 3_600_000;

function pageOrder(root: AnyNode): Order {
  let dayFirst = false;
  let monthFirst = false;
  let published: readonly string[] | null = null;
  const twoWay: [number, number, string][] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as Text).data;
      if (!YEAR_LAST_TEST_RE.test(data)) continue;
      if (VIETNAMESE_DAY_RE.test(data)) dayFirst = true;
      for (const m of data.matchAll(YEAR_LAST_RE)) {
        const [first, second] = [Number(m[1]), Number(m[3])];
        if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst = true;
        else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst = true;
        else if (first !== second) twoWay.push([first, second, m[4]!]);
      }
      continue;
    }
    if (node.type === 'script') {
      const text = (node as Element).children.map((c) => (c.type === 'text' ? (c as Text).data : '')).join('');
      published ??= publishedDays(text);
      continue;
    }
    if (node.type === 'style') continue;
    const children = (node as Element).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'day' : 'month';
  return dayFirst ? null : (orderByPublished(twoWay, published) ?? (twoWay.length > 0 && writtenForUsReaders(root) ? 'month' : null));
}

/** A Chinese page's language tag naming the United States as its region (`zh-Hant-US`, `zh-Hans-US`, `zh-US`). */
const CHINESE_US_LANG_RE = /^zh(?:-(?:Hans|Hant))?-US$/iu;
/**
 * Whether the page says it is written in Chinese for readers in the US (its <html lang>, as a US station's Chinese site tags its
 * pages): the US prints days month first, so a day no other of the page's days settles is read so. (A bare `en-US`, a template's
 * default on sites everywhere, says nothing of the kind.)
 */
function writtenForUsReaders(root: AnyNode): boolean {
  const children = (root as Element).children ?? [];
  const html = children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'html');
  return html !== undefined && CHINESE_US_LANG_RE.test(html.attribs.lang?.trim() ?? '');
}

/** The days the script's `datePublished` may be in its publisher's zone: the one it names with its offset, or those a UTC instant spans. */
function publishedDays(script: string): readonly string[] | null {
  const utc = script.match(PUBLISHED_UTC_RE);
  if (!utc) {
    const local = script.match(PUBLISHED_LOCAL_DAY_RE);
    return local ? [local.slice(1).join('-')] : null;
  }
  const at = Date.parse(utc[1]!.replace(/[+-]00:?00$/u, 'Z'));
  if (Number.isNaN(at)) return null;
  return [...new Set([at - 12 * HOUR, at, at + 14 * HOUR].map((t) => new Date(t).toISOString().slice(0, 10)))];
}

/** Where no day shows the order, the page's own published day decides it if it is one reading of a two-way day and the other of none. */
function orderByPublished(twoWay: readonly [number, number, string][], published: readonly string[] | null): Order {
  if (published === null) return null;
  const iso = (year: string, month: number, day: number) => isoDate(year, String(month), String(day));
  const day = twoWay.some(([a, b, y]) => published.includes(iso(y, b, a) ?? ''));
  const month = twoWay.some(([a, b, y]) => published.includes(iso(y, a, b) ?? ''));
  return day === month ? null : day ? 'day' : 'month';
}
