import type { AnyNode, Document, Element, Text } from 'domhandler';
import { compileSelector, isElement, matches, type Chain, type CompiledSelector } from './css-match.js';

/**
 * One walk of a parsed page that finds, at once, what extraction would otherwise ask the
 * document for query by query: the elements every selector of the site profiles matches, the
 * links, the canonical link, <body>, <title>, the JSON-LD scripts, and the short text nodes
 * where a related-list label may stand. Each is what cheerio's query for it returns (see
 * css-match.ts), in document order; the contents of a <template> are passed over as css-select
 * passes them over.
 */
export interface PageIndex {
  document: Document;
  /** `a[href]`. */
  anchors: Element[];
  /** `$('link[rel="canonical"]').attr('href')`: the first canonical link's href. */
  canonicalHref: string | undefined;
  /** `body`. */
  bodies: Element[];
  /** `title`. */
  titles: Element[];
  /** `script[type="application/ld+json"]`. */
  jsonLd: Element[];
  /** Text nodes of at most `SHORT_TEXT` characters outside <head>, in document order (related-list labels). */
  shortTexts: Text[];
  /** For each compiled selector of the set, the elements it matches. */
  found: Map<string, Element[]>;
}

/** Longest text node kept in `shortTexts`. */
export const SHORT_TEXT = 96;

/** Selectors compiled for one walk, looked up by the tag of their rightmost compound. */
export interface SelectorSet {
  byTag: Map<string, Array<{ source: string; selector: CompiledSelector; chain: Chain }>>;
  anyTag: Array<{ source: string; selector: CompiledSelector; chain: Chain }>;
  sources: string[];
}

export function selectorSet(sources: Iterable<string>): SelectorSet {
  const set: SelectorSet = { byTag: new Map(), anyTag: [], sources: [] };
  for (const source of new Set(sources)) {
    const selector = compileSelector(source);
    if (!selector) continue;
    set.sources.push(source);
    for (const chain of selector.chains) {
      const tag = chain[0]!.tag;
      const entry = { source, selector: { source, chains: [chain] }, chain };
      if (tag === null) set.anyTag.push(entry);
      else {
        const list = set.byTag.get(tag) ?? [];
        list.push(entry);
        set.byTag.set(tag, list);
      }
    }
  }
  return set;
}

/** Marks on the walk's stack: the end of a <template>'s or <head>'s contents. */
const END_TEMPLATE = { end: 'template' } as const;
const END_HEAD = { end: 'head' } as const;
type Mark = typeof END_TEMPLATE | typeof END_HEAD;

export function indexPage(document: Document, selectors: SelectorSet): PageIndex {
  const index: PageIndex = { document, anchors: [], canonicalHref: undefined, bodies: [], titles: [], jsonLd: [], shortTexts: [], found: new Map() };
  for (const source of selectors.sources) index.found.set(source, []);
  let canonicalSeen = false;
  let inTemplate = 0;
  let inHead = 0;
  const record = (source: string, el: Element) => {
    const list = index.found.get(source)!;
    if (list[list.length - 1] !== el) list.push(el);
  };
  const stack: Array<AnyNode | Mark> = [];
  for (let i = document.children.length - 1; i >= 0; i--) stack.push(document.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_TEMPLATE) {
      inTemplate--;
      continue;
    }
    if (node === END_HEAD) {
      inHead--;
      continue;
    }
    const n = node as AnyNode;
    if (n.type === 'text') {
      if (inHead === 0 && (n as Text).data.length <= SHORT_TEXT) index.shortTexts.push(n as Text);
      continue;
    }
    if (isElement(n) && inTemplate === 0) {
      const name = n.name;
      const attribs = n.attribs;
      if (name === 'a') {
        if (attribs.href !== undefined) index.anchors.push(n);
      } else if (name === 'link') {
        if (!canonicalSeen && attribs.rel !== undefined && attribs.rel.toLowerCase() === 'canonical') {
          canonicalSeen = true;
          index.canonicalHref = attribs.href;
        }
      } else if (name === 'body') index.bodies.push(n);
      else if (name === 'title') index.titles.push(n);
      else if (name === 'script' && attribs.type !== undefined && attribs.type.toLowerCase() === 'application/ld+json') index.jsonLd.push(n);
      const candidates = selectors.byTag.get(name);
      if (candidates) for (const c of candidates) if (matches(n, c.selector)) record(c.source, n);
      for (const c of selectors.anyTag) if (matches(n, c.selector)) record(c.source, n);
    }
    const children = (n as Element).children;
    if (!children || children.length === 0) continue;
    const tag = n.type === 'tag' ? (n as Element).name : null;
    if (isElement(n) && (n as Element).name === 'template') {
      inTemplate++;
      stack.push(END_TEMPLATE);
    }
    // The related-list label search passes over <head> (a tag named head; see related-list.ts).
    if (tag === 'head' || (n.type === 'tag' && (tag === 'script' || tag === 'style'))) {
      inHead++;
      stack.push(END_HEAD);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return index;
}

/** The text of a subtree as cheerio's `.text()` gives it: every text node, script and style included. */
export function textContent(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push((n as Text).data);
      continue;
    }
    const children = (n as Element).children;
    if (n.type === 'comment' || !children) continue;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}
