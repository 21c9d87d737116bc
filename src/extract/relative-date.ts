import type { AnyNode, Element } from 'domhandler';
import { findDate } from './page-meta.js';

/**
 * Dates printed relative to when the page was served (3天前, 2个月前, 昨天 14:22, 刚刚, `3 days
 * ago`): they name no day of their own, and the crawl's clock is not the page's, so they are
 * never turned into a day by counting back.
 */
export const RELATIVE_DATE_RE =
  /^(?:\d+\s*(?:秒|分钟|分|小时|个?钟头|天|日|周|星期|个月|月|年)前|半(?:小时|个月|年)前|刚刚|今天|昨天|前天|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just now|today|yesterday)(?:\s*\d{1,2}[:：]\d{2})?$/iu;

/** A date and the time of day that may follow it, as printed in an attribute (`2023-05-06 14:22`, `2023-05-06T14:22:00+08:00`). */
const PRINTED_DATE_RE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*T?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/u;
/** Where a page keeps the day of a date it prints relative: shown on hover, or machine-readable. */
const DATE_ATTRIBUTE_RE = /^(?:title|datetime|data-[\w-]+)$/u;
/** The longest text of a relative date worth reading (`3 months ago 14:22`). */
const MAX_TEXT = 24;

/**
 * The absolute date an element stands for, as its attribute prints it, where the element's text
 * is a relative date (`<span title="2023-05-06 14:22">2个月前</span>` is `2023-05-06 14:22`): the
 * title shows on hover, `datetime` and data-* attributes hold it for machines. Null where the text
 * is not a relative date, or no attribute holds a date in a date's printed form (an epoch count
 * of seconds is no printed date: a relative date with nothing absolute beside it stays relative).
 */
export function absoluteDateOf(el: Element): { printed: string; text: AnyNode } | null {
  // The text first: most elements hold more than a few words, and are passed over without a look at their attributes.
  const text = shortText(el);
  if (text === null || !RELATIVE_DATE_RE.test(text.data)) return null;
  for (const key in el.attribs) {
    if (!DATE_ATTRIBUTE_RE.test(key)) continue;
    const m = el.attribs[key]!.match(PRINTED_DATE_RE);
    if (m && findDate(m[0]) !== null) return { printed: m[0], text: text.first };
  }
  return null;
}

/** A character or word every relative date holds: a cheap test before the full one. */
const RELATIVE_HINT_RE = /[前天刚]|ago|just|today|yesterday/iu;

/** The element's text where it is short and may be a relative date (a few inline children at most), with its first text node (where its line starts); null otherwise. */
function shortText(el: Element): { data: string; first: AnyNode } | null {
  const kids = el.children;
  if (kids.length === 0 || kids.length > 3) return null;
  // Most elements: one text child.
  if (kids.length === 1 && kids[0]!.type === 'text') {
    const t = (kids[0] as unknown as { data: string }).data;
    return t.length <= MAX_TEXT * 2 && RELATIVE_HINT_RE.test(t) ? { data: t.replace(/[\s\u00a0\u3000]+/gu, ' ').trim(), first: kids[0]! } : null;
  }
  let data = '';
  let first: AnyNode | null = null;
  const add = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data;
      if (first === null && t.trim() !== '') first = node;
      data += t;
      return data.length <= MAX_TEXT * 2;
    }
    if (node.type !== 'tag') return true;
    const children = (node as Element).children;
    if (children.length > 3) return false;
    for (const c of children) if (!add(c)) return false;
    return true;
  };
  for (const c of kids) if (!add(c)) return null;
  if (first === null || !RELATIVE_HINT_RE.test(data)) return null;
  const trimmed = data.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  return trimmed.length <= MAX_TEXT ? { data: trimmed, first } : null;
}
