import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from '../schema/records.js';
import { RELATED_LABEL_RE } from './genre.js';
import { renderLines } from './html-lines.js';
import { parseRelatedLines } from './qa-lines.js';

/** Elements a label may be (a link is not: `<a href="/ask/">相关问答</a>` is navigation). */
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'dt', 'th', 'em', 'i']);
/** Sectioning elements: a <header>/<footer> inside one heads that section, not the page. */
const SECTIONING = new Set(['article', 'section', 'aside', 'main']);
/** A label is a few characters; longer text nodes are not looked at. */
const MAX_LABEL_CHARS = 24;

/**
 * Finds the related list by its label (相关推荐, 相关问答…), not by class names, which
 * differ between sites and layouts: the list is what follows the label inside the
 * smallest ancestor that holds more than the label. Labels in navigation (links, <nav>, the
 * page's header and footer) are passed over; where several labels remain, the first whose
 * list yields items is the list.
 */
export function findRelatedList($: CheerioAPI): EntryDraft[] {
  for (const label of labelCandidates($)) {
    if (inNavigation(label)) continue;
    const items = parseRelatedLines(renderLines(listAfter($, label)));
    if (items.length > 0) return items;
  }
  return [];
}

/**
 * Elements whose whole text is a related-list label, outermost first, in document order.
 * Found from short text nodes in one pass over the tree: asking every element for its text
 * would read the page once per element.
 */
function labelCandidates($: CheerioAPI): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...($.root().get(0)?.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (data.length > MAX_LABEL_CHARS * 4) continue;
      const label = data.replace(/\s+/g, '');
      if (label.length === 0 || label.length > MAX_LABEL_CHARS || !RELATED_LABEL_RE.test(label)) continue;
      let el = node.parent as Element | null;
      if (!el || el.type !== 'tag') continue;
      // The outermost element whose text is still just the label (<div><h4>相关推荐</h4></div> is the div).
      while (el.parent && el.parent.type === 'tag' && LABEL_TAGS.has((el.parent as Element).name) && compactText($, el.parent) === label) {
        el = el.parent as Element;
      }
      if (LABEL_TAGS.has(el.name.toLowerCase()) && !found.includes(el)) found.push(el);
      continue;
    }
    const children = (node as Element).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
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
