import type { AnyNode, Element, Text } from 'domhandler';
import { compileSelector, isElement, matches, type CompiledSelector } from '../tree/css-match.js';
import { showsNothing } from '../tree/page-index.js';
import type { PageQuery } from '../reader/page-query.js';
import type { Layout } from './index.js';

/**
 * What a profile reads of one related item, each part the first element under the item that its
 * selector matches (as `PageQuery.first` finds it): the link, the element printing the question
 * (the link where the profile names none), the snippet and the meta line.
 */
export interface ItemParts {
  link: Element | null;
  printed: Element | null;
  snippet: Element | null;
  meta: Element | null;
  /** A link (`a[href]`) stands inside the snippet or the meta line. */
  linkInside: boolean;
  /**
   * The item's shown text outside the question, the snippet and the meta line (`shownTextContent` of the rest),
   * without its blank text nodes (the indents between the parts): '' where it prints nothing else.
   */
  rest: string;
}

const LINK = compileSelector('a[href]')!;
/** A character of text that is not white space. */
const NOT_SPACE_RE = /\S/u;

/**
 * The item's parts, its links and its text found in one walk of the item, where a query per part,
 * a search for links in two of them and a walk for the text cost six (an item is read for every
 * entry of a related list). A selector the compiler leaves to cheerio is asked of the query.
 */
export function itemParts(q: PageQuery, item: Element, spec: NonNullable<Layout['relatedItems']>): ItemParts {
  const { sources, compiled } = compiledParts(spec);
  // As cheerio's `find` reads a selector from an element whose parent is an element (css-match.ts).
  const relativeTo = isElement(item.parent) ? item : null;
  const found = sources.map((css, i) => (css && compiled[i] === null ? q.first(item, css) : null));
  const links: Element[] = [];
  const texts: Text[] = [];
  // The script, style sheet or template the walk is inside: none of its text is shown.
  let unshown: AnyNode | null = showsNothing(item) ? item : null;
  let node: AnyNode | null = item.children[0] ?? null;
  while (node !== null) {
    if (node.type === 'text') {
      if (unshown === null) texts.push(node as Text);
    } else if (isElement(node)) {
      for (let i = 0; i < 4; i++) {
        const selector = compiled[i];
        if (found[i] === null && selector && matches(node, selector, relativeTo)) found[i] = node;
      }
      if (matches(node, LINK)) links.push(node);
      if (node.children.length > 0) {
        if (unshown === null && showsNothing(node)) unshown = node;
        node = node.children[0]!;
        continue;
      }
    }
    // Up to the next sibling, never above the item.
    while (node !== null && node.next === null) {
      node = node.parent === item ? null : node.parent;
      if (node !== null && node === unshown) unshown = null;
    }
    node = node?.next ?? null;
  }
  const [link = null, question = null, snippet = null, meta = null] = found;
  const printed = spec.question ? question : link;
  let rest = '';
  for (const text of texts) if (!under(text, item, printed, snippet, meta) && NOT_SPACE_RE.test(text.data)) rest += text.data;
  return { link, printed, snippet, meta, linkInside: links.some((a) => under(a, item, snippet, meta, null)), rest };
}

type Spec = NonNullable<Layout['relatedItems']>;
/** A layout's part selectors (link, question, snippet, meta) and their compiled forms, once per layout, not per item. */
const partSelectors = new WeakMap<Spec, { sources: Array<string | undefined>; compiled: Array<CompiledSelector | null> }>();
function compiledParts(spec: Spec): { sources: Array<string | undefined>; compiled: Array<CompiledSelector | null> } {
  let parts = partSelectors.get(spec);
  if (!parts) {
    const sources = [spec.link, spec.question, spec.snippet, spec.meta];
    partSelectors.set(spec, (parts = { sources, compiled: sources.map((css) => (css ? compileSelector(css) : null)) }));
  }
  return parts;
}

/** Whether `node` stands inside one of the parts (below `item`). */
function under(node: AnyNode, item: Element, a: Element | null, b: Element | null, c: Element | null): boolean {
  for (let p = node.parent; p !== null && p !== item; p = p.parent) if (p === a || p === b || p === c) return true;
  return false;
}
