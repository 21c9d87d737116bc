import type { AnyNode, Element } from 'domhandler';

/**
 * A looping carousel (swiper, slick, owl and their kin) copies slides before and after the real
 * ones so that it can wrap around; the copies are marked (`swiper-slide-duplicate`, `slick-cloned`,
 * owl's `cloned`) and often hidden from screen readers (`aria-hidden="true"`). An item repeated
 * with the same address is one item: of its copies the one least marked as a copy is kept, the
 * first in the page where they are marked alike, so the list keeps the real slides' order.
 */

const COPY_CLASS_RE = /(?:^|[\s_-])(?:cloned?|duplicated?|copy)(?=$|[\s_-])/iu;

/** How much the elements from `link` up to (and including) `top` mark it as a copy: a copy's class counts twice, aria-hidden once. */
function copyMarks(link: Element, isTop: (node: AnyNode) => boolean): number {
  let marks = 0;
  for (let n: AnyNode | null = link; n && n.type === 'tag'; n = n.parent) {
    const attribs = (n as Element).attribs;
    if (attribs.class && COPY_CLASS_RE.test(attribs.class)) marks += 2;
    if (attribs['aria-hidden'] === 'true') marks += 1;
    if (isTop(n)) break;
  }
  return marks;
}

/** The item links with each address once: a looping carousel's copies of a slide dropped. */
export function withoutSlideCopies<V>(links: Map<Element, V>, addressOf: (el: Element) => string | undefined, region: readonly AnyNode[]): Map<Element, V> {
  const byAddress = new Map<string, Element[]>();
  for (const link of links.keys()) {
    const address = addressOf(link)?.trim();
    if (!address) continue;
    const same = byAddress.get(address);
    if (same) same.push(link);
    else byAddress.set(address, [link]);
  }
  if (byAddress.size === links.size) return links;
  const top = new Set(region);
  const dropped = new Set<Element>();
  for (const same of byAddress.values()) {
    if (same.length === 1) continue;
    const marks = same.map((link) => copyMarks(link, (n) => top.has(n)));
    const keep = same[marks.indexOf(Math.min(...marks))]!;
    for (const link of same) if (link !== keep) dropped.add(link);
  }
  return new Map([...links].filter(([link]) => !dropped.has(link)));
}
