import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from './draft.js';
import { RELATED_LABEL_RE } from './genre.js';
import { renderLines } from './html-lines.js';
import { parseRelatedLines } from './qa-lines.js';

/** Elements a label may be (a link is not: `<a href="/ask/">相关问答</a>` is navigation). */
const LABEL_SELECTOR = 'h1,h2,h3,h4,h5,h6,p,div,span,strong,b,dt,th,em,i';
/** Sectioning elements: a <header>/<footer> inside one heads that section, not the page. */
const SECTIONING = new Set(['article', 'section', 'aside', 'main']);

/**
 * Finds the related list by its label (相关推荐, 相关问答…), not by class names, which
 * differ between sites and layouts: the list is what follows the label inside the
 * smallest ancestor that holds more than the label. Labels in navigation (links, <nav>, the
 * page's header and footer) are passed over; where several labels remain, the first whose
 * list yields items is the list.
 */
export function findRelatedList($: CheerioAPI): EntryDraft[] {
  for (const label of $(LABEL_SELECTOR).toArray() as Element[]) {
    if (!RELATED_LABEL_RE.test(compactText($, label)) || inNavigation(label)) continue;
    const items = parseRelatedLines(renderLines(listAfter($, label)));
    if (items.length > 0) return items;
  }
  return [];
}

function compactText($: CheerioAPI, el: AnyNode): string {
  return $(el).text().replace(/\s+/g, '');
}

/** Inside a link, a <nav>, or the page's own <header>/<footer>. */
function inNavigation(label: Element): boolean {
  let pageLevel: 'header' | 'footer' | null = null;
  for (let node: Element | null = label; node && node.type === 'tag'; node = node.parent as Element | null) {
    const name = node.name.toLowerCase();
    if (name === 'a' || name === 'nav') return true;
    if (name === 'header' || name === 'footer') pageLevel = name;
    else if (pageLevel && SECTIONING.has(name)) pageLevel = null;
  }
  return pageLevel !== null;
}

/**
 * What follows the label inside its container, in document order: the label's later
 * siblings, then its parent's, and so on up to the container (a loop, not a recursive walk,
 * so nesting depth costs no stack).
 */
function listAfter($: CheerioAPI, label: Element): AnyNode[] {
  const labelLength = compactText($, label).length;
  let container: Element = label;
  while (container.parent && container.parent.type === 'tag') {
    container = container.parent as Element;
    if (compactText($, container).length > labelLength + 10) break;
  }
  const nodes: AnyNode[] = [];
  for (let node: AnyNode = label; node !== container && node.parent; node = node.parent) {
    for (let next = node.next; next; next = next.next) nodes.push(next);
  }
  return nodes;
}
