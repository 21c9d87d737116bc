import type { AnyNode, Element } from 'domhandler';
import { shownTextContent } from './page-index.js';

/**
 * The region a page declares by its `<html lang>` (`zh-HK`, `zh-Hant-HK`, `en-GB`): its two-letter region subtag, upper case;
 * null where it names none (`zh`, `zh-Hant`, no lang). What the page says of itself, for conventions that differ by region and
 * that the page's text alone may not settle (the meaning of a card's calling: registered-specialist.ts). Not the order of a
 * year-last day's parts: a page declaring Hong Kong or Singapore may print one either way, and it is read only where the page's
 * own days settle it (year-last-date.ts).
 */
export function declaredRegion(node: AnyNode): string | null {
  let root = node;
  while (root.parent) root = root.parent;
  const html = (root as Element).children?.find((c) => c.type === 'tag' && (c as Element).name === 'html') as Element | undefined;
  const lang = html?.attribs?.lang?.trim() ?? '';
  const region = lang.split(/[-_]/u).slice(1).find((sub) => /^[A-Za-z]{2}$/u.test(sub));
  return region === undefined ? null : region.toUpperCase();
}

/** Country calling codes of the regions whose conventions differ from the mainland's, each to its region. */
const CALLING_CODES: Readonly<Record<string, string>> = { '852': 'HK', '853': 'MO', '886': 'TW', '65': 'SG', '60': 'MY' };
/** A phone number with its country code (`(852) 2608 3388`, `+853 2837 1333`, `（852）26083388`): the code marked as one, the number after it. */
const CALLING_CODE_RE = /(?:\+\s*|[（(]\s*\+?\s*)(852|853|886|65|60)\s*[)）]?[\s-]*\d{3,4}[\s-]?\d{4}(?!\d)/gu;

/**
 * The region a page's own phone numbers name by their country code (`電話：(852) 2608 3388`, a hospital's footer), where its
 * `<html lang>` names none: one region, else null. A contact number is what a site says of where it is; a page listing numbers
 * of several regions (a chain's branches) names none.
 */
export function dialledRegion(node: AnyNode): string | null {
  let root = node;
  while (root.parent) root = root.parent;
  const regions = new Set([...shownTextContent(root).matchAll(CALLING_CODE_RE)].map((m) => CALLING_CODES[m[1]!]!));
  return regions.size === 1 ? [...regions][0]! : null;
}


/**
 * The region the parts of a page declare by their own `lang` (`<section lang="zh-HK">`), where its `<html lang>` names none: a
 * bilingual page declaring itself `en` and its Chinese half `zh-HK` says where it is as surely as its root would. One region,
 * else null (parts declaring several, a page of translations, name none).
 */
export function partsRegion(node: AnyNode): string | null {
  let root = node;
  while (root.parent) root = root.parent;
  const regions = new Set<string>();
  const walk = (n: AnyNode): void => {
    const el = n as Element;
    if (!('children' in el)) return;
    const lang = el.attribs?.lang?.trim();
    const region = lang?.split(/[-_]/u).slice(1).find((sub) => /^[A-Za-z]{2}$/u.test(sub));
    if (region !== undefined) regions.add(region.toUpperCase());
    for (const c of el.children) walk(c);
  };
  walk(root);
  return regions.size === 1 ? [...regions][0]! : null;
}

/** The region a page says it is of: its `<html lang>`'s, else its parts' `lang`, else its own phone numbers' (asked only where a convention needs it). */
export const pageRegion = (node: AnyNode): string | null => declaredRegion(node) ?? partsRegion(node) ?? dialledRegion(node);
