import type { Block } from '../lines/html-lines.js';
import { findDate, isoDate } from '../dates/page-meta.js';
import { RELATIVE_DATE_RE } from '../dates/relative-date.js';

/**
 * A chat prints a day line where its day changes, as messaging apps do: the year in full on the
 * first (`2022-08-18 星期四`), and only the month and day on a later one in the same year
 * (`8月19日`). A later day line without its year is of the year of the day line above it (of the
 * next, where its month and day come before that line's: the chat went on past New Year). One with
 * no day line above it to take the year from dates nothing this reader can tell: it is returned,
 * so that an answer it would have dated is doubted rather than left undated in silence.
 */

/** A day alone without its year (`8月19日`, `8月19日 星期五`, `8月19日（周五）`). */
const YEARLESS_DAY_RE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?)?$/u;
/** A day line in full: the date (and perhaps its weekday or time), nothing else; short. */
const DAY_LINE_CHARS = 24;
const FULL_DAY_RE = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?)?\s*(?:\d{1,2}[:：]\d{2})?\s*$/u;

/**
 * Gives each yearless day line between `from` and `end` the year of the full day line above it,
 * rewriting its text (`2022年8月19日`) and marking it as meta; returns those no year was found for.
 */
export function yearChatDays(blocks: Block[], kinds: string[], from: number, end: number): number[] {
  const yearless: number[] = [];
  let last: string | null = null;
  for (let i = from; i < end; i++) {
    const text = blocks[i]!.text.trim();
    if (text.length > DAY_LINE_CHARS) continue;
    if (FULL_DAY_RE.test(text)) {
      last = findDate(text) ?? last;
      continue;
    }
    const m = YEARLESS_DAY_RE.exec(text);
    if (!m) continue;
    if (last === null) {
      yearless.push(i);
      continue;
    }
    const [year, month, day] = last.split('-').map(Number) as [number, number, number];
    const later = Number(m[1]) * 100 + Number(m[2]) >= month * 100 + day;
    const iso = isoDate(String(later ? year : year + 1), m[1]!, m[2]!);
    if (iso === null) continue;
    last = iso;
    blocks[i] = { ...blocks[i]!, text: `${iso.slice(0, 4)}年${text}` };
    kinds[i] = 'meta';
  }
  return yearless;
}

/**
 * A chat's separator line as messaging apps print it, whatever day it names: a full day (`2022-08-18 14:22`), a yearless one
 * (`08-18 14:22`, `8月18日 14:22`), a weekday or a relative day with its time (`星期二 20:44`, `昨天 15:02`), or a time alone
 * (the same day as the separator above). Only the full ones name a day.
 */
const SEPARATOR_RE =
  /^(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?)?\s*\d{1,2}[:：]\d{2}$|^(?:(?:星期|礼拜|周)[一二三四五六日天]\s*)?(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2}$/u;
export const isChatSeparator = (text: string): boolean => {
  const t = text.trim();
  return t.length <= DAY_LINE_CHARS && (SEPARATOR_RE.test(t) || FULL_DAY_RE.test(t) || (RELATIVE_DATE_RE.test(t) && /\d[:：]\d/u.test(t)));
};

/** A chat's stamp with its month, day and time and no year (`06-30 18:47`, `6月30日 18:47`). */
const YEARLESS_STAMP_RE = /^(\d{1,2})\s*(?:-|\/|月)\s*(\d{1,2})\s*日?\s+\d{1,2}[:：]\d{2}$/u;
/** How far above a record's chat its header may print the consultation's full day (`问诊时间：2020-06-30 18:40`). */
const HEADER_LINES_ABOVE = 12;
const HEADER_CHARS = 40;

/**
 * A consultation's record printing its day in full once in its header (`问诊时间：2020-06-30 18:40`) and its messages' stamps
 * with the month and day only (`06-30 18:47`), as an app's chat does within a year: each such stamp from `from` to `end` is of
 * the header's year (the next where its month and day come before the header's: the chat went on past New Year), rewritten so
 * and marked meta. Nothing where no header line above `from` prints a full day the chat opens on or within a week of.
 */
export function yearRecordStamps(blocks: Block[], kinds: string[], from: number, end: number): void {
  const first = blocks.slice(from, end).map((b) => YEARLESS_STAMP_RE.exec(b.text.trim())).find((m) => m !== null);
  if (!first) return;
  // The header's day is the one the chat opens on (or a few days before it: an order placed, then answered): a full day
  // nearer the chat that is none of its days (`会员有效期至2021-12-31`, a birthday) years no stamp.
  let header: string | null = null;
  for (let i = from - 1; i >= Math.max(0, from - HEADER_LINES_ABOVE) && header === null; i--) {
    const text = blocks[i]!.text.trim();
    const day = text.length <= HEADER_CHARS && /\d{4}\s*[-/.年]/u.test(text) ? findDate(text) : null;
    if (day !== null && opensWithin(day, first)) header = day;
  }
  if (header === null) return;
  for (let i = from; i < end; i++) {
    const text = blocks[i]!.text.trim();
    const m = YEARLESS_STAMP_RE.exec(text);
    const iso = m ? yearOf(header, m) : null;
    if (iso === null) continue;
    blocks[i] = { ...blocks[i]!, text: `${iso} ${text.replace(/^\S+\s+/u, '')}` };
    kinds[i] = 'meta';
  }
}
/** A stamp's month and day in the header's year, the next where they come before the header's (the chat went on past New Year). */
function yearOf(header: string, m: RegExpExecArray): string | null {
  const [year, month, day] = header.split('-').map(Number) as [number, number, number];
  const later = Number(m[1]) * 100 + Number(m[2]) >= month * 100 + day;
  return isoDate(String(later ? year : year + 1), m[1]!, m[2]!);
}
const CHAT_OPENS_WITHIN_DAYS = 7;
function opensWithin(header: string, first: RegExpExecArray): boolean {
  const opened = yearOf(header, first);
  if (opened === null) return false;
  const days = (Date.parse(`${opened}T00:00:00Z`) - Date.parse(`${header}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days <= CHAT_OPENS_WITHIN_DAYS;
}

/**
 * A chat told apart by its sides (chat-sides.ts) under a record's header printing its day in full: its yearless stamps and
 * dividers from the first after the question (`5月6日 14:25`, `05-06 14:25`) are of the header's year, as yearRecordStamps reads them.
 * Returns the stamps left without a year (no header day opens the chat: a case published later, `发布时间：2024-01-10`), whose
 * month and day alone say which day the answer was given.
 */
export function yearSidedChatStamps(blocks: Block[], kinds: string[], question: number, end: number): number[] {
  const first = blocks.findIndex((b, i) => i > question && i < end && YEARLESS_STAMP_RE.test(b.text.trim()));
  if (first === -1) return [];
  // A stamp read as opening a later round (chat-sides.ts) still ends the answer, yeared.
  const ends = kinds.map((k, i) => (k === 'end' ? i : -1)).filter((i) => i >= first);
  yearRecordStamps(blocks, kinds, first, end);
  for (const i of ends) kinds[i] = 'end';
  return blocks.map((_, i) => i).filter((i) => i >= first && i < end && YEARLESS_STAMP_RE.test(blocks[i]!.text.trim()));
}

/** The `MM-DD` a yearless stamp prints (`12-28 07:20`, `12月28日 07:20`), else null. */
export function stampMonthDay(text: string): string | null {
  const m = YEARLESS_STAMP_RE.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
}
