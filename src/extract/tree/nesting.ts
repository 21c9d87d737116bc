import { hasChildren, type AnyNode } from 'domhandler';

/**
 * How deep a page's elements nest. Real pages of the genre are about 30 deep; a page nested
 * thousands deep overflows the stack of recursive walks (text(), selectors) and costs
 * O(nodes × depth) everywhere, parsing included: htmlparser2 keeps its open elements in an
 * array it unshifts, so 100,000 levels take seconds to parse and a 10 MB page of them hours.
 * Hence two measures: `markupDepth` reads the markup before it is parsed, in linear time,
 * following the parser's rules for which tags nest; `domDepth` measures the parsed tree.
 */

/** The deepest element of a parsed tree (the root's children are at depth 1), measured with a loop. */
export function domDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<{ node: AnyNode; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (hasChildren(node)) for (const child of node.children) if (hasChildren(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

// htmlparser2's rules (Parser.ts, v10): which open tags close which open elements, void
// elements, raw-text elements and foreign content (where `<x/>` closes itself).
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(
      'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((tag) => [tag, P]),
    ),
  }).map(([tag, closes]) => [tag, new Set(closes)]),
);
const VOID = new Set('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '));
/** Raw-text elements, each with the closing tag that ends its text. */
const RAW_TEXT = new Map(['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`</${name}[\\s>]`, 'ig')]));
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * A comment, CDATA section or declaration; a closing tag (1: its name, read up to `>` or a space
 * as the tokenizer does); or an opening tag (2: name, 3: attributes, where quotes open only a
 * value, 4: the `>` that ends it, missing at the end of the page). Every branch matches, so one
 * pass never backtracks.
 */
const TOKEN_RE =
  /<(?:!-->|!--[\s\S]*?(?:-->|$)|!\[CDATA\[[\s\S]*?(?:\]\]>|$)|[!?][^>]*>?|\/\s*(?:([a-zA-Z][^\s>]*))?[^>]*>?|([a-zA-Z][^\s/>]*)((?:[^>=]+|=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))*)(>?))/g;

/**
 * How deep the elements of `html` nest once parsed, read in one pass over the markup; stops at
 * the first element deeper than `limit` and says where it starts. A guard, not the measure:
 * the parsed tree's `domDepth` is what counts.
 */
export function markupDepth(html: string, limit = Infinity): { depth: number; at: number | null } {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [];
  let deepest = 0;
  const pop = () => {
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
  };
  /** An element starts here, `open.length + 1` deep; true once that is over the limit. */
  const reached = () => {
    if (open.length + 1 > deepest) deepest = open.length + 1;
    return deepest > limit;
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(html); m; m = TOKEN_RE.exec(html)) {
    const [, closing, opening, attributes = '', end] = m;
    if (closing !== undefined) {
      const name = closing.toLowerCase();
      if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) foreign.pop();
      if (!VOID.has(name) && (openCount.get(name) ?? 0) > 0) {
        while (open[open.length - 1] !== name) pop();
        pop();
      } else if ((name === 'p' || name === 'br') && reached()) {
        // A `</p>` or `</br>` with nothing to close stands for an empty element.
        return { depth: deepest, at: m.index };
      }
      continue;
    }
    if (opening === undefined || end !== '>') continue;
    const name = opening.toLowerCase();
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (open.length > 0 && closes.has(open[open.length - 1]!)) pop();
    if (reached()) return { depth: deepest, at: m.index };
    if (VOID.has(name)) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign.push(true);
    else if (HTML_INTEGRATION.has(name)) foreign.push(false);
    // `<path d="1"/>`, `<br/>`, but not `<a href=x/>`, whose value is `x/`.
    const selfClosing = attributes.endsWith('/') && !/=\s*[^\s"'>][^\s>]*\/$/.test(attributes);
    if (selfClosing && foreign[foreign.length - 1]) {
      pop();
    } else if (RAW_TEXT.has(name) && !selfClosing) {
      // Raw text runs to its own closing tag: `<div>` inside a script is not an element.
      const close = RAW_TEXT.get(name)!;
      close.lastIndex = TOKEN_RE.lastIndex;
      const found = close.exec(html);
      TOKEN_RE.lastIndex = found ? found.index : html.length;
    }
  }
  return { depth: deepest, at: null };
}
