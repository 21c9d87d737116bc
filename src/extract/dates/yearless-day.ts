/**
 * A post's byline day printed without its year in English (`May 6`, as a newsletter platform prints this year's posts), where the
 * page's own structured data (its JSON-LD `datePublished`) gives the whole day: the day is that one where its month and day are the
 * printed ones (the year is printed by the page and agrees); else none (a page printing no year anywhere dates nothing).
 */
import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { findDate } from './page-meta.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
/** The English month (short or whole) and the day, alone on the line. */
const YEARLESS_DAY_RE = /^(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})$/iu;

/** The month and day (`05-06`) of a line that is such a day alone, else null. */
export function yearlessEnglishDay(text: string): string | null {
  const m = text.trim().match(YEARLESS_DAY_RE);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  const day = Number(m[2]);
  return day >= 1 && day <= 31 ? `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

/** The `datePublished` days of the JSON-LD scripts under `root` (its <head>, as such data is printed). */
function structuredPublishedDays(root: AnyNode | undefined): string[] {
  const days: string[] = [];
  const stack: AnyNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script') continue;
    const el = node as Element;
    if (el.name === 'script') {
      if ((el.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
      for (const m of textContent(el).matchAll(/"datePublished"\s*:\s*"([^"]{8,40})"/gu)) {
        const day = findDate(m[1]!);
        if (day) days.push(day);
      }
      continue;
    }
    stack.push(...el.children);
  }
  return days;
}

/** The whole day of the one yearless English day among `lines`, by the page's structured data; null where none agrees or none is printed. */
export function yearlessDayByStructuredData(lines: readonly string[], head: AnyNode | undefined): string | null {
  const printed = new Set(lines.map(yearlessEnglishDay).filter((d): d is string => d !== null));
  if (printed.size !== 1) return null;
  const monthDay = [...printed][0]!;
  const days = new Set(structuredPublishedDays(head).filter((d) => d.slice(5) === monthDay));
  return days.size === 1 ? [...days][0]! : null;
}
