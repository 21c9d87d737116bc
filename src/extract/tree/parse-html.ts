import { DomHandler, type Document, type Element, type Text } from 'domhandler';
import { Parser } from 'htmlparser2';
import { TextMemo } from '../../core/text-memo.js';
import { readsAsLink } from './custom-link.js';
import { DisplayNotes } from './hidden-text.js';
import { closeImpliedEndTags, opensInside, OpenClosables } from './implied-end-tags.js';
import { indexPage, PageIndexer, type PageIndex, type SelectorSet } from './page-index.js';
import { MAY_RESTYLE_RE } from './mend-tree.js';

/**
 * HTML to a DOM, exactly as `cheerio/slim`'s `load` builds it (htmlparser2's `parseDocument`
 * with its default options), with the nesting limit checked while the tree is built: the parse
 * stops at the first element deeper than the limit. htmlparser2 keeps its open elements in an
 * array it unshifts, so a page nested 100,000 deep would take minutes to parse; stopped at the
 * limit, it costs no more than a page of ordinary depth. Depth counts as `domDepth` counts it
 * (the root's children at 1).
 *
 * Given a selector set, the page's index (page-index.ts) is built as the tree is: each element
 * is matched as it opens, each text node noted as it is made, so no walk of the tree follows.
 *
 * Elements a style hides, and declarative shadow roots, are noted (hidden-text.ts) as they open,
 * and kept with the tree; the tree itself is cheerio's.
 */
export type ParsedHtml = { ok: true; document: Document; depth: number; index: PageIndex | null; mayRestyle: boolean } | { ok: false; depth: number; at: number };

class TooDeep extends Error {
  constructor(readonly depth: number, readonly at: number) {
    super(`elements nest deeper than the limit at character ${at}`);
  }
}

/** DomHandler that measures depth as elements open, stops the parse past the limit, and indexes as it goes. */
class DepthGuard extends DomHandler {
  deepest = 0;
  private source: { startIndex: number | null } | null = null;
  readonly indexer: PageIndexer | null;
  /** Open <head> and <body> elements (the index tells text inside them apart). */
  private heads = 0;
  private bodies = 0;
  /** What the page displays otherwise than its markup reads (hidden-text.ts); the text of the `<style>` open now. */
  readonly display = new DisplayNotes();
  private sheet: string | null = null;
  /** An element opened inside one a browser would have closed before it (implied-end-tags.ts): the tree is mended after the parse. */
  misnested = false;
  /** Open elements that another may close (`<p>`, `<li>`, `<dd>`, `<dt>`, cells, rows): where none of the kind is, no search of the open ones. */
  private readonly closables = new OpenClosables();
  /**
   * Whether the page's style may ask a mend of mend-tree.ts's (MAY_RESTYLE_RE): those mends read only
   * the `<style>` sheets, style attributes, `aria-hidden` and `<bdo>`, so a page whose sheets and
   * attributes hold none of it is spared the scan of its whole markup (a slow search: 75 µs at 60 KB).
   */
  mayRestyle = false;
  constructor(private readonly limit: number, selectors: SelectorSet | null) {
    super();
    this.indexer = selectors ? new PageIndexer(this.root, selectors) : null;
  }
  override onparserinit(parser: Parameters<DomHandler['onparserinit']>[0]): void {
    super.onparserinit(parser);
    this.source = parser;
  }
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const depth = this.tagStack.length - 1;
    if (depth > this.deepest) {
      this.deepest = depth;
      if (depth > this.limit) throw new TooDeep(depth, this.source?.startIndex ?? 0);
    }
    const opened = this.tagStack[depth] as Element;
    if (readsAsLink(name, attribs)) opened.name = 'a';
    if (!this.misnested && this.closables.mayClose(name) && opensInside(name, this.tagStack as Element[])) this.misnested = true;
    this.closables.opened(name);
    this.display.element(opened);
    if (!this.mayRestyle && (name === 'bdo' || attribs['aria-hidden'] !== undefined || (attribs.style !== undefined && mayRestyle(attribs.style)))) this.mayRestyle = true;
    if (name === 'style') this.sheet = '';
    if (this.indexer) {
      const el = opened;
      if (name === 'head') this.heads++;
      else if (name === 'body') this.bodies++;
      this.indexer.element(el);
    }
  }
  override onclosetag(): void {
    const name = (this.tagStack[this.tagStack.length - 1] as Element).name;
    if (this.sheet !== null && name === 'style') {
      this.display.sheet(this.sheet);
      if (!this.mayRestyle && sheetMayRestyle(this.sheet)) this.mayRestyle = true;
      this.sheet = null;
    }
    if (this.indexer) {
      if (name === 'head') this.heads--;
      else if (name === 'body') this.bodies--;
    }
    this.closables.closed(name);
    super.onclosetag();
  }
  override ontext(data: string): void {
    if (this.sheet !== null) this.sheet += data;
    const last = this.lastNode;
    super.ontext(data);
    // A new text node (the parser also adds to the one it made last).
    if (this.indexer && this.lastNode !== last) this.indexer.text(this.lastNode as Text, this.heads > 0, this.bodies > 0);
  }
}

/** Whether a sheet or a style attribute may ask a restyling mend; a comment may hide a declaration from the test (the sheets are read without them: style-sheet.ts). */
const mayRestyle = (css: string): boolean => MAY_RESTYLE_RE.test(css) || css.includes('/*');

/** mayRestyle of the sheets met last: a site's pages repeat their template's `<style>` (a search of 20 µs at 12,000 characters, then a look-up). */
const sheetRestyles = new TextMemo<boolean>(16);
const sheetMayRestyle = (css: string): boolean => sheetRestyles.get(css, mayRestyle);

/** The page parsed; with `selectors`, indexed for them as it is parsed (`index`; null without). */
export function parseHtml(html: string, maxDepth = Infinity, selectors: SelectorSet | null = null): ParsedHtml {
  const handler = new DepthGuard(maxDepth, selectors);
  try {
    new Parser(handler).end(html);
  } catch (err) {
    if (err instanceof TooDeep) return { ok: false, depth: err.depth, at: err.at };
    throw err;
  }
  if (handler.misnested) {
    // Rare (a page that leaves out </li>, </p>): mended, then indexed again, since the index matched elements where they first stood;
    // its display judged on the mended tree (what colour lies behind a text depends on the elements around it: same-colour-text.ts).
    closeImpliedEndTags(handler.root);
    handler.display.finish(handler.root);
    return { ok: true, document: handler.root, depth: handler.deepest, index: selectors ? indexPage(handler.root, selectors) : null, mayRestyle: handler.mayRestyle };
  }
  handler.display.finish(handler.root);
  return { ok: true, document: handler.root, depth: handler.deepest, index: handler.indexer ? handler.indexer.finish() : null, mayRestyle: handler.mayRestyle };
}
