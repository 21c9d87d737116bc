import type { AnyNode, Document, Element, Text } from 'domhandler';
import { compileSelector, matches, type CompiledSelector } from './css-match.js';
import { CARET, NUMBERED, textMarks } from './text-marks.js';
import { roleOf } from './aria-role.js';

/**
 * One walk of a parsed page that finds, at once, what extraction would otherwise ask the
 * document for query by query: the elements every selector of the site profiles matches, the
 * links, the canonical link, <body>, <title>, the JSON-LD scripts, and the short text nodes
 * where a related-list label may stand. Each is what cheerio's query for it returns (see
 * css-match.ts), in document order.
 */
export interface PageIndex {
  document: Document;
  /** `a[href]`. */
  anchors: Element[];
  /** `$('link[rel="canonical"]').attr('href')`: the first canonical link's href. */
  canonicalHref: string | undefined;
  /** `$('base[href]').attr('href')`: the document's base address, where the page sets one (the first <base> with an href). */
  baseHref: string | undefined;
  /** `$('meta[property="og:url"]').attr('content')`: the address Open Graph names as the page's own, where it names one. */
  ogUrl?: string;
  /** `body`. */
  bodies: Element[];
  /** `title`. */
  titles: Element[];
  /** `script[type="application/ld+json"]`. */
  jsonLd: Element[];
  /** Text nodes of at most `SHORT_TEXT` characters outside <head>, in document order (related-list labels). */
  shortTexts: Text[];
  /** Where the page has one <body>: its text nodes in document order (their data joined is `$('body').text()`); else null. */
  bodyTexts: Text[] | null;
  /** For each compiled selector of the set, the elements it matches. */
  found: Map<string, Element[]>;
  /**
   * Whether the page holds what a step after the parse takes out or copies: a `<template>`, ruby's
   * `<rt>` or `<rp>`, a cell with a `rowspan`. Without them the step has nothing to do, and its
   * search of the page's text is spared. `caret`, `numbered`: a text node that may be a typing caret's
   * glyph, or may number a text message's part (text-marks.ts). `tabList`: an element of the role `tablist` (tab-list.ts).
   */
  holds: { template: boolean; ruby: boolean; rowspan: boolean; caret: boolean; numbered: boolean; tabList: boolean };
}

/** Longest text node kept in `shortTexts`. */
export const SHORT_TEXT = 96;

/**
 * Selectors compiled for one walk, looked up by the tag of their rightmost compound; those
 * without a tag (`.ask_meta`, `#js-content`) carry the id or a class the element must have.
 */
interface Entry {
  source: string;
  selector: CompiledSelector;
  id: string | null;
  cls: string | null;
}
export interface SelectorSet {
  byTag: Map<string, Entry[]>;
  /** The lengths of byTag's names, a bit each (`tagLengthBit`): most elements (`a`, `span`, `p`) are told to have no entry without a look-up. */
  tagLengths: number;
  anyTag: Entry[];
  /** Some selector without a tag asks for neither an id nor a class (`*`, `[data-x]`). */
  anyTagUnhinted: boolean;
  sources: string[];
}

export function selectorSet(sources: Iterable<string>): SelectorSet {
  const set: SelectorSet = { byTag: new Map(), tagLengths: 0, anyTag: [], anyTagUnhinted: false, sources: [] };
  for (const source of new Set(sources)) {
    const selector = compileSelector(source);
    if (!selector) continue;
    set.sources.push(source);
    for (const chain of selector.chains) {
      const { tag, id, classes } = chain[0]!;
      const entry: Entry = { source, selector: { source, chains: [chain] }, id, cls: classes[0] ?? null };
      if (tag === null) {
        set.anyTag.push(entry);
        if (entry.id === null && entry.cls === null) set.anyTagUnhinted = true;
      } else {
        const list = set.byTag.get(tag) ?? [];
        list.push(entry);
        set.byTag.set(tag, list);
        set.tagLengths |= tagLengthBit(tag);
      }
    }
  }
  return set;
}

/** A bit for a name's length; names of 31 characters or more share the last. */
const tagLengthBit = (name: string): number => 1 << Math.min(name.length, 31);

/**
 * Builds a page's index from its elements and text nodes met in document order: as the parser
 * builds the tree (parse-html.ts, the walk costs nothing then), or by `indexPage`'s walk of a
 * tree parsed elsewhere. Elements are looked at as they open, which is all a compiled selector
 * needs (its ancestors and earlier siblings are there already); text nodes are judged at the
 * end, since the parser may still add to a text node after it opens.
 */
export class PageIndexer {
  readonly index: PageIndex;
  private canonicalSeen = false;
  private texts: Text[] = [];
  private inBody: Text[] = [];
  /** Text nodes inside <head>: only their marks are looked at (text-marks.ts). */
  private inHead: Text[] = [];

  constructor(document: Document, private readonly selectors: SelectorSet) {
    this.index = { document, anchors: [], canonicalHref: undefined, baseHref: undefined, bodies: [], titles: [], jsonLd: [], shortTexts: [], bodyTexts: null, found: new Map(), holds: { template: false, ruby: false, rowspan: false, caret: false, numbered: false, tabList: false } };
    for (const source of selectors.sources) this.index.found.set(source, []);
  }

  element(el: Element): void {
    const index = this.index;
    const name = el.name;
    const attribs = el.attribs;
    if (name === 'a') {
      if (attribs.href !== undefined) index.anchors.push(el);
    } else if (name === 'link') {
      if (!this.canonicalSeen && attribs.rel !== undefined && attribs.rel.toLowerCase() === 'canonical') {
        this.canonicalSeen = true;
        index.canonicalHref = attribs.href;
      }
    } else if (name === 'meta') {
      if (index.ogUrl === undefined && attribs.property === 'og:url' && attribs.content) index.ogUrl = attribs.content;
    } else if (name === 'base') {
      if (index.baseHref === undefined && attribs.href !== undefined) index.baseHref = attribs.href;
    } else if (name === 'body') index.bodies.push(el);
    else if (name === 'title') index.titles.push(el);
    else if (name === 'script' && attribs.type !== undefined && attribs.type.toLowerCase() === 'application/ld+json') index.jsonLd.push(el);
    else if (name === 'template') index.holds.template = true;
    else if (name === 'rt' || name === 'rp') index.holds.ruby = true;
    else if ((name === 'td' || name === 'th') && attribs.rowspan !== undefined) index.holds.rowspan = true;
    if (attribs.role !== undefined && !index.holds.tabList && roleOf(el) === 'tablist') index.holds.tabList = true;
    // The id and class read once: the attributes' object is looked up by name, for every selector.
    const id = attribs.id;
    const cls = attribs.class;
    const candidates = (this.selectors.tagLengths & tagLengthBit(name)) !== 0 ? this.selectors.byTag.get(name) : undefined;
    if (candidates) for (const c of candidates) if (mayMatch(id, cls, c) && matches(el, c.selector)) this.record(c.source, el);
    // Most elements have neither id nor class: no selector without a tag may match them then, unless one asks for neither.
    if (id === undefined && cls === undefined && !this.selectors.anyTagUnhinted) return;
    for (const c of this.selectors.anyTag) if (mayMatch(id, cls, c) && matches(el, c.selector)) this.record(c.source, el);
  }

  /** A text node; `inHead`: inside a <head>; `inBody`: inside a <body>. */
  text(node: Text, inHead: boolean, inBody: boolean): void {
    if (!inHead) this.texts.push(node);
    else this.inHead.push(node);
    if (inBody) this.inBody.push(node);
  }

  finish(): PageIndex {
    const index = this.index;
    // Each text's marks asked until the page holds both (most pages hold neither: every text is asked).
    let marks = 0;
    for (const node of this.texts) {
      const data = node.data;
      if (data.length <= SHORT_TEXT) index.shortTexts.push(node);
      if (marks !== (CARET | NUMBERED)) marks |= textMarks(data);
    }
    for (const node of this.inHead) if (marks !== (CARET | NUMBERED)) marks |= textMarks(node.data);
    index.holds.caret = (marks & CARET) !== 0;
    index.holds.numbered = (marks & NUMBERED) !== 0;
    // Two bodies (one inside the other, or one after the other): their texts are read one by one.
    if (index.bodies.length === 1) index.bodyTexts = this.inBody;
    return index;
  }

  private record(source: string, el: Element): void {
    const list = this.index.found.get(source)!;
    if (list[list.length - 1] !== el) list.push(el);
  }
}

/** The index of a tree parsed elsewhere (cheerio's, a test's): one walk of it. */
export function indexPage(document: Document, selectors: SelectorSet): PageIndex {
  const indexer = new PageIndexer(document, selectors);
  // Inside <head>, which the label search passes over, and inside <body> (counted: bodies may nest).
  let head: AnyNode | null = null;
  let bodies = 0;
  // Depth first along the tree's own links (first child, next sibling, parent): no stack to fill.
  let node: AnyNode | null = document.children[0] ?? null;
  while (node) {
    let descend = false;
    if (node.type === 'text') indexer.text(node as Text, head !== null, bodies > 0);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      indexer.element(el);
      if (el.children.length > 0) {
        descend = true;
        if (head === null && el.type === 'tag' && el.name === 'head') head = el;
        if (el.name === 'body') bodies++;
      }
    } else if ((node as Element).children?.length > 0) descend = true;
    if (descend) {
      node = (node as Element).children[0]!;
      continue;
    }
    // Up until a next sibling, leaving <head> and <body> on the way.
    while (node && !node.next) {
      node = node.parent;
      if (node === head) head = null;
      if (node && (node as Element).name === 'body' && node.type === 'tag') bodies--;
      if (node === document) node = null;
    }
    node = node?.next ?? null;
  }
  return indexer.finish();
}

/** Most elements lack the selector's id or class: told without matching. */
function mayMatch(id: string | undefined, cls: string | undefined, entry: Entry): boolean {
  if (entry.id !== null) return id === entry.id;
  return entry.cls === null || (cls !== undefined && cls.indexOf(entry.cls) !== -1);
}

/** The text of a subtree as cheerio's `.text()` gives it: every text node, script and style included. */
export function textContent(node: AnyNode): string {
  return textOf(node, false);
}

/** Elements whose text a browser never shows. */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'noscript']);

/** A node a browser shows nothing of: a comment, a script, a style sheet, a template. */
export const showsNothing = (node: AnyNode): boolean =>
  node.type === 'comment' || node.type === 'directive' || ((node.type === 'script' || node.type === 'style' || node.type === 'tag') && NEVER_SHOWN.has((node as Element).name));

/** The text of a subtree a browser can show: without its scripts, style sheets and templates. */
export function shownTextContent(node: AnyNode): string {
  return textOf(node, true);
}

/**
 * Whether `shownTextContent(node).trim()` is empty, told without building the text: its walk
 * (textOf's), stopped at the first text node that is not blank. The joined text trims to nothing
 * exactly where each of its parts does.
 */
export function showsNoText(node: AnyNode): boolean {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if ((n as Text).data.trim() !== '') return false;
      continue;
    }
    const children = (n as Element).children;
    if (n.type === 'comment' || !children || showsNothing(n)) continue;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return true;
}

/** The first text node of a subtree that shows something (scripts and the like passed over), or null. */
export function firstShownText(node: AnyNode): Text | null {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if ((n as Text).data.trim() !== '') return n as Text;
      continue;
    }
    if (n.type !== 'tag' || showsNothing(n)) continue;
    const el = n as Element;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return null;
}

function textOf(node: AnyNode, shownOnly: boolean): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push((n as Text).data);
      continue;
    }
    const children = (n as Element).children;
    if (n.type === 'comment' || !children || (shownOnly && showsNothing(n))) continue;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether `textContent(node)` without its whitespace (`.replace(/\s+/g, '')`) is `expected`,
 * or (with `expected` null) how it compares in length with `limit`: read only as far as it
 * takes to tell, not the whole subtree, since a label's ancestors may hold the whole page.
 */
function compactRead(node: AnyNode, expected: string | null, limit: number): boolean {
  let at = 0;
  let n: AnyNode | null = node;
  while (n) {
    if (n.type === 'text') {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (isSpace(c)) continue;
        if (expected !== null ? at >= expected.length || expected.charCodeAt(at) !== c : at >= limit) return expected === null;
        at++;
      }
    }
    const children: AnyNode[] | undefined = (n as Element).children;
    if (n.type !== 'comment' && children && children.length > 0) {
      n = children[0]!;
      continue;
    }
    while (n && n !== node && !n.next) n = n.parent;
    n = n === node || !n ? null : n.next;
  }
  return expected !== null ? at === expected.length : at > limit;
}

/** `textContent(node).replace(/\s+/g, '') === expected`, read no further than needed. */
export function compactTextIs(node: AnyNode, expected: string): boolean {
  return compactRead(node, expected, 0);
}

/** `textContent(node).replace(/\s+/g, '').length > limit`, read no further than needed. */
export function compactTextLonger(node: AnyNode, limit: number): boolean {
  return compactRead(node, null, limit);
}
