import type { AnyNode, Document, Element } from 'domhandler';
import { compileSelector, matches, type CompiledSelector } from './css-match.js';
import { sheetBlocks, sheetText } from './style-sheet.js';

/**
 * What the page's `<style>` sheets declare of an element, for the readers that need a property the
 * display notes (hidden-text.ts) do not keep: each top-level rule whose selector css-match.ts
 * compiles (`.x`, `span.x`, `#id`, `div .x`), with the pseudo-element it draws (`::before`,
 * `:after`) where it names one, and the cascade's winner among those that set a property (an
 * `!important` first, then the more specific selector, then the later rule). A rule whose selector
 * does not compile is kept apart, by the classes its last part names, so a reader can tell an
 * element some rule it cannot follow may style.
 */

export type Pseudo = 'before' | 'after' | null;

interface StyleRule {
  selector: CompiledSelector;
  pseudo: Pseudo;
  declarations: ReadonlyMap<string, { value: string; important: boolean }>;
  specificity: number;
  order: number;
}

export interface PageRules {
  /** Rules by the id, else the first class, else the tag of their selector's last part ('*': none). */
  byKey: Map<string, StyleRule[]>;
  /** Rules whose selector did not compile: the classes its last part names, the pseudo-element it draws, its declarations. */
  unread: Array<{ classes: string[]; pseudo: Pseudo; declarations: ReadonlyMap<string, { value: string; important: boolean }> }>;
}

const PSEUDO_ELEMENT_RE = /::?(before|after)$/iu;
const LAST_CLASSES_RE = /\.(-?[_a-zA-Z][\w-]*)/gu;

/**
 * The rules of the page's sheets that declare one of `properties` (lower case); null where no
 * sheet mentions any (looked for in each sheet's text before it is read).
 */
export function pageRules(document: Document, properties: readonly string[]): PageRules | null {
  const mentions = new RegExp(properties.join('|'), 'iu');
  const rules: PageRules = { byKey: new Map(), unread: [] };
  let order = 0;
  let any = false;
  for (const style of styles(document)) {
    const css = sheetText(style);
    if (!mentions.test(css)) continue;
    for (const { head, body } of sheetBlocks(css)) {
      if (head.startsWith('@')) continue;
      const declarations = declarationsOf(body, properties);
      if (declarations.size === 0) continue;
      for (const raw of head.split(',')) {
        const text = raw.trim();
        const pseudoMatch = PSEUDO_ELEMENT_RE.exec(text);
        const pseudo = pseudoMatch ? (pseudoMatch[1]!.toLowerCase() as 'before' | 'after') : null;
        const selector = compileSelector(pseudoMatch ? text.slice(0, pseudoMatch.index) : text);
        if (!selector) {
          const last = text.split(/[\s>+~]+/u).pop() ?? '';
          const classes = [...last.matchAll(LAST_CLASSES_RE)].map((m) => m[1]!);
          if (classes.length > 0) rules.unread.push({ classes, pseudo, declarations });
          continue;
        }
        const rule: StyleRule = { selector, pseudo, declarations, specificity: specificityOf(selector) + (pseudo ? 1 : 0), order: order++ };
        const key = keyOf(selector);
        const list = rules.byKey.get(key);
        if (list) list.push(rule);
        else rules.byKey.set(key, [rule]);
        any = true;
      }
    }
  }
  return any || rules.unread.length > 0 ? rules : null;
}

/** The value the cascade gives the element's property (on a pseudo-element of it, or on itself, where its style attribute comes first); undefined where nothing sets it. */
export function declaredValue(el: Element, property: string, pseudo: Pseudo, rules: PageRules | null): string | undefined {
  let best: StyleRule | null = null;
  let bestImportant = false;
  if (rules) {
    for (const key of keysOf(el)) {
      for (const rule of rules.byKey.get(key) ?? []) {
        if (rule.pseudo !== pseudo) continue;
        const d = rule.declarations.get(property);
        if (!d || !matches(el, rule.selector)) continue;
        const better = !best || (d.important !== bestImportant ? d.important : rule.specificity !== best.specificity ? rule.specificity > best.specificity : rule.order > best.order);
        if (better) {
          best = rule;
          bestImportant = d.important;
        }
      }
    }
  }
  if (pseudo === null && el.attribs.style !== undefined && !bestImportant) {
    const inline = declarationsOf(el.attribs.style, [property]).get(property);
    if (inline) return inline.value;
  }
  return best?.declarations.get(property)?.value;
}

/** Whether a rule the reader could not follow may set the property on the element's pseudo-element to a value `counts` (its selector's last part names one of the element's classes). */
export function mayBeSetUnread(el: Element, property: string, pseudo: Pseudo, rules: PageRules | null, counts: (value: string) => boolean): boolean {
  if (!rules || rules.unread.length === 0 || el.attribs.class === undefined) return false;
  const classes = el.attribs.class.split(/\s+/u);
  return rules.unread.some((r) => r.pseudo === pseudo && r.classes.some((c) => classes.includes(c)) && r.declarations.has(property) && counts(r.declarations.get(property)!.value));
}

/** A declaration block's declarations of the given properties (a later one wins, an `!important` one over the rest); semicolons inside quotes are the value's. */
export function declarationsOf(body: string, properties: readonly string[]): Map<string, { value: string; important: boolean }> {
  const out = new Map<string, { value: string; important: boolean }>();
  for (const part of splitOutsideQuotes(body)) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    if (!properties.includes(name)) continue;
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/iu.test(value);
    if (important) value = value.replace(/!\s*important\s*$/iu, '').trim();
    const before = out.get(name);
    if (!before || important || !before.important) out.set(name, { value, important });
  }
  return out;
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ';') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** ids, then classes, attributes and positions, then tags, of the most specific chain of the list. */
function specificityOf(selector: CompiledSelector): number {
  let best = 0;
  for (const chain of selector.chains) {
    let s = 0;
    for (const c of chain) s += (c.id !== null ? 10000 : 0) + (c.classes.length + c.attrs.length + (c.nthOfType !== null ? 1 : 0)) * 100 + (c.tag !== null ? 1 : 0);
    best = Math.max(best, s);
  }
  return best;
}

/** The one key a selector is filed under (a list of several chains under '*', looked at for every element). */
function keyOf(selector: CompiledSelector): string {
  if (selector.chains.length !== 1) return '*';
  const last = selector.chains[0]![0]!;
  return last.id !== null ? `#${last.id}` : last.classes[0] !== undefined ? `.${last.classes[0]}` : (last.tag ?? '*');
}

function keysOf(el: Element): string[] {
  const keys = ['*', el.name];
  if (el.attribs.id !== undefined) keys.push(`#${el.attribs.id}`);
  if (el.attribs.class !== undefined) for (const c of el.attribs.class.split(/\s+/u)) if (c !== '') keys.push(`.${c}`);
  return keys;
}

function* styles(document: Document): Generator<Element> {
  const stack: AnyNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'style') yield node as Element;
    else if (node.type === 'tag' || node.type === 'root') {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}
