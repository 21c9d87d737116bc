import type { AnyNode, Element } from 'domhandler';

/**
 * The CSS that site profiles are written in (`dl > dt > h3`, `div.docYes, div.text`,
 * `h5 > span`, `link[rel="canonical"]`, learned `body > div:nth-of-type(2) > p`), compiled to
 * a test of one element, so that one walk of the page can find what every selector of a profile
 * finds. The tests are those css-select (cheerio's engine) applies in HTML mode: tag names
 * lower-cased, classes and ids case-sensitive, the values of attributes such as `rel` and
 * `type` compared without case. Anything else (other pseudo-classes, sibling combinators,
 * attribute operators, escapes) is not compiled: `compileSelector` returns null and the caller
 * asks cheerio, so a profile may use any CSS and still reads the same.
 */

/** One compound (`div.docYes`, `h5`, `a[href]`, `p:nth-of-type(2)`), and how it joins the compound to its left. */
interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: Array<{ name: string; value: string | null; ignoreCase: boolean }>;
  /** 1-based position among siblings of its tag, or null. */
  nthOfType: number | null;
  /** The combinator to the compound on the left: child, descendant, or none (leftmost). */
  left: '>' | ' ' | null;
}

/** One selector of a list, compounds right to left. */
export type Chain = Compound[];

export interface CompiledSelector {
  source: string;
  chains: Chain[];
}

/** css-select's attributes whose values HTML compares without case (css-select attributes.ts). */
const CASE_INSENSITIVE_ATTRIBUTES = new Set(
  'accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign valuetype vlink'.split(' '),
);

const IDENT = '-?[A-Za-z_][\\w-]*';
const TOKEN_RE = new RegExp(
  `\\s*(>)\\s*|(\\s+)|(\\*|${IDENT})|#(${IDENT})|\\.(${IDENT})|\\[\\s*(${IDENT})\\s*(?:=\\s*(?:"([^"\\\\\\n]*)"|'([^'\\\\\\n]*)'|(${IDENT}))\\s*)?\\]|:nth-of-type\\(\\s*(\\d+)\\s*\\)`,
  'y',
);

const cache = new Map<string, CompiledSelector | null>();

/** The selector list compiled, or null where it uses CSS this module does not compile. */
export function compileSelector(source: string): CompiledSelector | null {
  let compiled = cache.get(source);
  if (compiled === undefined) {
    compiled = compile(source);
    cache.set(source, compiled);
  }
  return compiled;
}

function compile(source: string): CompiledSelector | null {
  const chains: Chain[] = [];
  for (const part of source.split(',')) {
    const chain = compileChain(part.trim());
    if (!chain) return null;
    chains.push(chain);
  }
  return chains.length > 0 ? { source, chains } : null;
}

function compileChain(text: string): Chain | null {
  if (text === '') return null;
  const compounds: Compound[] = [];
  let current: Compound | null = null;
  let pending: '>' | ' ' | null = null;
  const fresh = (left: '>' | ' ' | null): Compound => ({ tag: null, id: null, classes: [], attrs: [], nthOfType: null, left });
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < text.length) {
    const at = TOKEN_RE.lastIndex;
    const m = TOKEN_RE.exec(text);
    if (!m || m.index !== at || m[0] === '') return null;
    const [, child, space, tag, id, cls, attr, dq, sq, bare, nth] = m;
    if (child !== undefined || space !== undefined) {
      if (!current || pending) return null;
      pending = child ? '>' : ' ';
      current = null;
      continue;
    }
    if (!current) {
      // A type selector only starts a compound.
      current = fresh(compounds.length === 0 ? null : pending);
      compounds.push(current);
      pending = null;
      if (tag !== undefined) {
        current.tag = tag === '*' ? null : tag.toLowerCase();
        continue;
      }
    } else if (tag !== undefined) return null;
    if (id !== undefined) {
      if (current.id !== null && current.id !== id) return null;
      current.id = id;
    } else if (cls !== undefined) current.classes.push(cls);
    else if (attr !== undefined) {
      const name = attr.toLowerCase();
      current.attrs.push({ name, value: dq ?? sq ?? bare ?? null, ignoreCase: CASE_INSENSITIVE_ATTRIBUTES.has(name) });
    } else if (nth !== undefined) {
      if (current.nthOfType !== null) return null;
      current.nthOfType = Number(nth);
    } else return null;
  }
  if (pending || compounds.length === 0) return null;
  return compounds.reverse();
}

/** An element as css-select sees one: tags, scripts and styles. */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

const classRes = new Map<string, RegExp>();
function hasClass(value: string | undefined, cls: string): boolean {
  if (value === undefined) return false;
  if (value === cls) return true;
  if (value.indexOf(cls) === -1) return false;
  let re = classRes.get(cls);
  if (!re) classRes.set(cls, (re = new RegExp(`(?:^|\\s)${cls.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&')}(?:$|\\s)`)));
  return re.test(value);
}

function compoundMatches(el: Element, c: Compound): boolean {
  if (c.tag !== null && el.name !== c.tag) return false;
  const attribs = el.attribs;
  if (c.id !== null && attribs.id !== c.id) return false;
  for (const cls of c.classes) if (!hasClass(attribs.class, cls)) return false;
  for (const a of c.attrs) {
    if (!Object.prototype.hasOwnProperty.call(attribs, a.name)) return false;
    const value = attribs[a.name];
    if (value === undefined || value === null) return false;
    if (a.value !== null && (a.ignoreCase ? value.length !== a.value.length || value.toLowerCase() !== a.value.toLowerCase() : value !== a.value)) return false;
  }
  if (c.nthOfType !== null) {
    let position = 1;
    for (let s = el.prev; s; s = s.prev) if (isElement(s) && s.name === el.name) position++;
    if (position !== c.nthOfType) return false;
  }
  return true;
}

/**
 * Whether `el` matches the chain from compound `i` leftwards. `scope`: as cheerio's `find`
 * reads a selector from an element whose parent is an element, the leftmost compound must be
 * the scope or inside it.
 */
function chainMatches(el: Element, chain: Chain, i: number, scope: Element | null): boolean {
  const c = chain[i]!;
  if (!compoundMatches(el, c)) return false;
  if (i === chain.length - 1) return scope === null || within(el, scope);
  if (c.left === '>') {
    const parent = el.parent;
    return isElement(parent) && chainMatches(parent, chain, i + 1, scope);
  }
  for (let up = el.parent; up; up = up.parent) if (isElement(up) && chainMatches(up, chain, i + 1, scope)) return true;
  return false;
}

function within(node: AnyNode, scope: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === scope) return true;
  return false;
}

export function matches(el: Element, selector: CompiledSelector, scope: Element | null = null): boolean {
  for (const chain of selector.chains) if (chainMatches(el, chain, 0, scope)) return true;
  return false;
}

/** The rightmost compound's tag of every chain (null: any tag), to look a selector up by the element's name. */
export function rightmostTags(selector: CompiledSelector): Array<string | null> {
  return selector.chains.map((chain) => chain[0]!.tag);
}

/** Elements under `scope` matching the selector, in document order, as cheerio's `$(scope).find(css)` returns them. */
export function findWithin(scope: Element, selector: CompiledSelector, limit = Infinity): Element[] {
  // cheerio reads the selector relative to the scope only where the scope's parent is an element.
  const relativeTo = isElement(scope.parent) ? scope : null;
  const out: Element[] = [];
  for (let el = nextElement(scope, scope); el && out.length < limit; el = nextElement(el, scope)) {
    if (matches(el, selector, relativeTo)) out.push(el);
  }
  return out;
}

/** The first element under `scope` matching the selector (`findWithin(scope, selector, 1)[0] ?? null`), with no list built. */
export function findFirstWithin(scope: Element, selector: CompiledSelector): Element | null {
  const relativeTo = isElement(scope.parent) ? scope : null;
  for (let el = nextElement(scope, scope); el; el = nextElement(el, scope)) if (matches(el, selector, relativeTo)) return el;
  return null;
}

/**
 * The element after `node` under `scope` in document order, `node`'s own children first, or null:
 * along the tree's links, no stack to fill (a walk of an item's few elements runs for every part a
 * profile reads of every item). Only elements are entered, as css-select enters them.
 */
function nextElement(node: AnyNode, scope: AnyNode): Element | null {
  let next: AnyNode | null = (node as Element).children[0] ?? null;
  for (;;) {
    while (next === null) {
      // Up until a next sibling, never above the scope.
      if (node === scope || node.parent === null) return null;
      if (node.next !== null) next = node.next;
      else node = node.parent;
    }
    if (isElement(next)) return next;
    node = next;
    next = null;
  }
}
