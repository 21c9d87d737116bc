import { Text, type AnyNode, type Document, type Element } from 'domhandler';
import { declaredValue, mayBeSetUnread, pageRules, type PageRules, type Pseudo } from './style-rules.js';
import { markUnread } from '../markup/unread-marker.js';

/**
 * Text a page's `<style>` draws: a rule giving an element's `::before` or `::after` a `content`
 * shows that text at the element's start or end. An element that holds no text of its own shows
 * only that, and its content is the page's text where it stands: a site guarding its words against
 * scrapers leaves empty `<span class="k3"></span>`s in them and draws each character by
 * `.k3::before{content:"\7684"}`. Such content is put into the tree before the page is read:
 * strings (CSS escapes decoded) and `attr()`, under the rules whose selectors css-match.ts follows.
 * Content around a text an element shows itself (a bullet or quotes around a linked title, a
 * label's colon) decorates that text and is left out. Not drawn either: an icon font's glyph (a
 * private-use character: a picture, as icon-glyph.ts reads one), blank text, a pseudo-element a
 * rule hides (the clearfix's `content:"."; visibility:hidden`), a counter's number (a list's, as an
 * `<ol>`'s is none of the text). Where what an empty element draws in a run of text cannot be worked
 * out (an image, quotes, a rule whose selector is not followed), the text's place is marked
 * (unread-marker.ts): the field is doubted, not published with a gap.
 */

/** A pseudo-element with content, looked for in the page's text before the tree is walked. */
const GENERATED_RE = /:(?:before|after)\s*[,{][^}]*?content\s*:/iu;

const PROPERTIES = ['content', 'display', 'visibility', 'font-size'];
const PRIVATE_USE_OR_BLANK_RE = /^[\uE000-\uF8FF\s]*$/u;

/** Draws the page's generated content into its tree; whether it changed the tree. */
export function drawGeneratedContent(html: string, document: Document): boolean {
  if (!GENERATED_RE.test(html)) return false;
  const rules = pageRules(document, PROPERTIES);
  if (!rules) return false;
  let changed = false;
  const stack: AnyNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    const before = drawnOn(el, 'before', rules);
    const after = drawnOn(el, 'after', rules);
    if ((before === null && after === null) || hasText(el)) continue;
    if ((before === UNREAD || after === UNREAD) && standsInText(el)) {
      markUnread(el);
      changed = true;
    }
    for (const [text, pseudo] of [[before, 'before'], [after, 'after']] as const) {
      if (typeof text !== 'string') continue;
      insertText(el, text, pseudo);
      changed = true;
    }
  }
  return changed;
}

const UNREAD = Symbol('unread');

/** What the element's pseudo-element draws: its text, UNREAD where that cannot be worked out, null where it draws no text. */
function drawnOn(el: Element, pseudo: 'before' | 'after', rules: PageRules): string | typeof UNREAD | null {
  const value = declaredValue(el, 'content', pseudo, rules);
  if (value === undefined) return mayBeSetUnread(el, 'content', pseudo, rules, (v) => contentText(v, el) !== null) ? UNREAD : null;
  const text = contentText(value, el);
  if (text === null || hidesPseudo(el, pseudo, rules)) return null;
  if (text === undefined) return UNREAD;
  return PRIVATE_USE_OR_BLANK_RE.test(text) ? null : text;
}

function insertText(el: Element, text: string, pseudo: 'before' | 'after'): void {
  const drawn = new Text(text);
  drawn.parent = el;
  if (pseudo === 'before') {
    const first = el.children[0] ?? null;
    drawn.next = first;
    if (first) first.prev = drawn;
    el.children.unshift(drawn);
  } else {
    const last = el.children[el.children.length - 1] ?? null;
    drawn.prev = last;
    if (last) last.next = drawn;
    el.children.push(drawn);
  }
}

/** Whether the pseudo-element is drawn as nothing: not displayed, invisible, or in a type of size 0. */
function hidesPseudo(el: Element, pseudo: Pseudo, rules: PageRules): boolean {
  return (
    /^none$/iu.test(declaredValue(el, 'display', pseudo, rules) ?? '') ||
    /^(?:hidden|collapse)$/iu.test(declaredValue(el, 'visibility', pseudo, rules) ?? '') ||
    /^0(?:px|pt|em|rem|%)?$/iu.test(declaredValue(el, 'font-size', pseudo, rules) ?? '')
  );
}

/** An element with no text of its own in a run of text: its parent holds text beside it. */
function standsInText(el: Element): boolean {
  if (hasText(el)) return false;
  const parent = el.parent as Element | null;
  return !!parent?.children?.some((c) => c !== el && (c.type === 'text' ? (c as Text).data.trim() !== '' : c.type === 'tag' && hasText(c as Element)));
}

function hasText(el: Element): boolean {
  return el.children.some((c) => (c.type === 'text' ? (c as Text).data.trim() !== '' : c.type === 'tag' && hasText(c as Element)));
}

/**
 * A `content` value's text: strings (escapes decoded) and `attr(name)`s run together; null for
 * `none` / `normal` (nothing drawn) and a list's number (a `counter()`); undefined where it draws
 * what this does not work out (a picture, quotes).
 */
export function contentText(value: string, el: Element): string | null | undefined {
  const v = value.trim();
  // A counter numbers points as an `<ol>` does: a list's numbers, no text (a copy of the text leaves them out).
  if (/^(?:none|normal)$/iu.test(v) || /\bcounters?\(/iu.test(v)) return null;
  let out = '';
  let i = 0;
  while (i < v.length) {
    const c = v[i]!;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < v.length && v[j] !== c) {
        if (v[j] === '\\') {
          const escape = cssEscape(v, j);
          s += escape.text;
          j = escape.end;
        } else s += v[j++];
      }
      if (j >= v.length) return undefined;
      out += s;
      i = j + 1;
    } else {
      const attr = /^attr\(\s*([\w-]+)\s*\)/iu.exec(v.slice(i));
      if (!attr) return undefined;
      out += el.attribs[attr[1]!.toLowerCase()] ?? '';
      i += attr[0].length;
    }
  }
  return out;
}

/** A CSS escape at `at` (a backslash): up to six hex digits and one white space after them, a line continued, or the character itself. */
function cssEscape(s: string, at: number): { text: string; end: number } {
  const hex = /^[0-9a-fA-F]{1,6}/u.exec(s.slice(at + 1, at + 7));
  if (hex) {
    let end = at + 1 + hex[0].length;
    if (s[end] === ' ' || s[end] === '\t' || s[end] === '\n') end++;
    else if (s[end] === '\r') end += s[end + 1] === '\n' ? 2 : 1;
    const code = parseInt(hex[0], 16);
    return { text: code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code), end };
  }
  const next = s[at + 1];
  if (next === undefined) return { text: '', end: at + 1 };
  if (next === '\n') return { text: '', end: at + 2 };
  return { text: next, end: at + 2 };
}
