import type { AnyNode, Element } from 'domhandler';
import { findDate } from './page-meta.js';

/**
 * Dates printed relative to when the page was served (3天前, 2个月前, 昨天 14:22, 刚刚, `3 days
 * ago`): they name no day of their own, and the crawl's clock is not the page's, so they are
 * never turned into a day by counting back.
 */
const RELATIVE_DAY =
  '\\d+\\s*(?:秒|分钟|分|小时|个?钟头|天|日|周|星期|个月|月|年)前|半(?:小时|个月|年)前|刚刚|今天|昨天|前天|\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|just now|today|yesterday';
export const RELATIVE_DATE_RE = new RegExp(`^(?:${RELATIVE_DAY})(?:\\s*\\d{1,2}[:：]\\d{2})?$`, 'iu');
/**
 * An info line of a name and a relative day (`某某新闻 3小时前`, `王芳 昨天 14:22`): the outlet's or the author's stamp under the
 * heading, as `某某新闻 2023-05-06 14:22` is; a name of no sentence, one space, then the day.
 */
export const NAMED_RELATIVE_STAMP_RE = new RegExp(`^[^\\s，,。；;！!？?：:]{2,12}\\s+(?:${RELATIVE_DAY})(?:\\s*\\d{1,2}[:：]\\d{2})?$`, 'iu');
/**
 * A stamp line under a headline printing its day not whole: relative to the serving day (`某某新闻 11小时前`) or without its year
 * (`来源：某某台　01-07 11:30`, `07-22 11:01`), an outlet's name or source label before it. A day printed, none to read: the
 * answer's day is null by what the page prints, not for want of a line.
 */
const PARTIAL_DAY_STAMP_RE = new RegExp(
  `^(?:(?:来源|来自)\\s*[:：]\\s*)?(?:[^\\s，,。；;！!？?：:]{2,12}\\s+)?(?:(?:${RELATIVE_DAY})(?:\\s*\\d{1,2}[:：]\\d{2})?|\\d{1,2}\\s*(?:-|/|月)\\s*\\d{1,2}\\s*日?\\s+\\d{1,2}[:：]\\d{2})$`,
  'iu',
);
export const isPartialDayStamp = (text: string): boolean => text.length <= 40 && findDate(text) === null && PARTIAL_DAY_STAMP_RE.test(text.trim().replace(/[\s\u3000]+/gu, ' '));
/** A relative date within a line (`回答于 3天前`, `医生回复 · 昨天`): the same words, anywhere in it. */
export const RELATIVE_DAY_IN_RE = new RegExp(RELATIVE_DAY, 'iu');

/** A date and the time of day that may follow it, as printed in an attribute (`2023-05-06 14:22`, `2023-05-06T14:22:00+08:00`). */
const PRINTED_DATE_RE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*T?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/u;
/** Where a page keeps the day of a date it prints relative: shown on hover, or machine-readable. */
const DATE_ATTRIBUTE_RE = /^(?:title|datetime|data-[\w-]+)$/u;
/** The longest text of a relative date worth reading (`3 months ago 14:22`). */
const MAX_TEXT = 24;

/** Words every relative date holds: a cheap test of each short text before the full pattern. */
const RELATIVE_HINT_RE = /[前天刚]|ago|oday|esterday|ust now/iu;

/**
 * The absolute date a text stands for, as an attribute prints it, where the text is a relative
 * date and its element (or the element around that, where the text is all it shows) keeps the
 * day in an attribute: `<span title="2023-05-06 14:22">2个月前</span>` is `2023-05-06 14:22`. The
 * title shows on hover, `datetime` and data-* attributes hold it for machines. Null where the
 * text is not a relative date, or no attribute holds a date in a date's printed form (an epoch
 * count of seconds is no printed date: a relative date with nothing absolute beside it stays
 * relative). Asked of text nodes, not elements: few texts are short and hold these words.
 */
export function absoluteDateOfText(node: AnyNode, data: string): string | null {
  if (data.length > MAX_TEXT * 2 || !RELATIVE_HINT_RE.test(data)) return null;
  let el = node.parent;
  for (let up = 0; up < 2 && el && el.type === 'tag'; up++, el = el.parent) {
    const text = shortText(el as Element);
    if (text === null || !RELATIVE_DATE_RE.test(text)) return null;
    const printed = dateAttribute(el as Element);
    if (printed) return printed;
  }
  return null;
}

/** The date an element's title, datetime or data-* attribute prints, as printed; null where none does. */
function dateAttribute(el: Element): string | null {
  for (const key in el.attribs) {
    if (!DATE_ATTRIBUTE_RE.test(key)) continue;
    const m = el.attribs[key]!.match(PRINTED_DATE_RE);
    if (m && findDate(m[0]) !== null) return m[0];
  }
  return null;
}

/** The element's text where it is short (a few inline children at most); null otherwise. */
function shortText(el: Element): string | null {
  let data = '';
  const add = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      data += (node as unknown as { data: string }).data;
      return data.length <= MAX_TEXT * 2;
    }
    if (node.type !== 'tag') return true;
    const children = (node as Element).children;
    if (children.length > 3) return false;
    for (const c of children) if (!add(c)) return false;
    return true;
  };
  if (!add(el)) return null;
  const trimmed = data.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  return trimmed.length <= MAX_TEXT ? trimmed : null;
}
