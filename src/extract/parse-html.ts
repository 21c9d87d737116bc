import { DomHandler, type Document } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * HTML to a DOM, exactly as `cheerio/slim`'s `load` builds it (htmlparser2's `parseDocument`
 * with its default options), with the nesting limit checked while the tree is built: the parse
 * stops at the first element deeper than the limit. htmlparser2 keeps its open elements in an
 * array it unshifts, so a page nested 100,000 deep would take minutes to parse; stopped at the
 * limit, it costs no more than a page of ordinary depth. Depth counts as `domDepth` counts it
 * (the root's children at 1).
 */
export type ParsedHtml = { ok: true; document: Document; depth: number } | { ok: false; depth: number; at: number };

class TooDeep extends Error {
  constructor(readonly depth: number, readonly at: number) {
    super(`elements nest deeper than the limit at character ${at}`);
  }
}

/** DomHandler that measures depth as elements open, and stops the parse past the limit. */
class DepthGuard extends DomHandler {
  deepest = 0;
  private source: { startIndex: number | null } | null = null;
  constructor(private readonly limit: number) {
    super();
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
  }
}

export function parseHtml(html: string, maxDepth = Infinity): ParsedHtml {
  const handler = new DepthGuard(maxDepth);
  try {
    new Parser(handler).end(html);
  } catch (err) {
    if (err instanceof TooDeep) return { ok: false, depth: err.depth, at: err.at };
    throw err;
  }
  return { ok: true, document: handler.root, depth: handler.deepest };
}
