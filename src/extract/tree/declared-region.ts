import type { AnyNode, Element } from 'domhandler';

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
