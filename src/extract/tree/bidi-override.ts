import type { AnyNode, Document, Element, Text } from 'domhandler';
import { declaredValue, pageRules, type PageRules } from './style-rules.js';
import { markUnread } from '../markup/unread-marker.js';

/**
 * Text under a bidi override to right-to-left is shown in reverse order: `<bdo dir="rtl">`, or an
 * element whose style (its own, or a class or id its `<style>` sets) is `unicode-bidi:
 * bidi-override` (or `isolate-override`) with `direction: rtl` (its own, or inherited, as `dir` is).
 * A page guarding its text against copying stores runs backwards inside one and shows them
 * forwards. The page is read as shown: the override's inline content is put in display order on the
 * tree before it is read, line by line (a `<br>` or a block inside it ends a line), its characters
 * reversed and the mirrored ones (brackets) drawn as their mirror. A `dir="rtl"` or `direction: rtl`
 * without an override only embeds: Han text keeps its order, and is left as it is. Where an element
 * inside the run sets a direction of its own (an embedding, which ends the override's reach), the
 * order is not worked out: the run is marked (unread-marker.ts) and the field doubted.
 */

/** What makes an override, looked for in the page's text before the tree is walked. */
const OVERRIDE_RE = /<bdo\b|bidi-override|isolate-override/iu;
const OVERRIDE_VALUE_RE = /^(?:bidi-override|isolate-override)$/iu;

/** Elements that start a line of their own inside a run: the override reorders each line apart. */
const BLOCK_TAGS = new Set('address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot td th tr ul'.split(' '));

/** Bidi-mirrored characters and the glyph a right-to-left run draws for each. */
const MIRROR = new Map<string, string>();
for (const [a, b] of ['()', '[]', '{}', '<>', '（）', '《》', '〈〉', '「」', '『』', '【】', '〔〕', '«»', '‹›', '［］', '｛｝', '＜＞']) {
  MIRROR.set(a!, b!);
  MIRROR.set(b!, a!);
}

/** Puts the text under the page's right-to-left overrides in the order it is shown; whether it changed the tree. */
export function showBidiOverrides(html: string, document: Document): boolean {
  if (!OVERRIDE_RE.test(html)) return false;
  const rules = pageRules(document, ['unicode-bidi', 'direction']);
  let changed = false;
  const walk = (el: Element): void => {
    const override = overrideOf(el, rules);
    if (override === 'rtl') {
      showReversed(el, rules, walk);
      changed = true;
      return;
    }
    if (override === 'unknown') {
      markUnread(el);
      changed = true;
    }
    for (const child of [...el.children]) if (child.type === 'tag') walk(child as Element);
  };
  for (const child of [...document.children]) if (child.type === 'tag') walk(child as Element);
  return changed;
}

type Direction = 'rtl' | 'ltr' | 'unknown';

/** The direction of the element's override, or null where it sets none. */
function overrideOf(el: Element, rules: PageRules | null): Direction | null {
  if (el.name === 'bdo') return directionOf(el, rules);
  const bidi = declaredValue(el, 'unicode-bidi', null, rules);
  return bidi !== undefined && OVERRIDE_VALUE_RE.test(bidi) ? directionOf(el, rules) : null;
}

/** The element's direction: its style's, its `dir`, else its parent's (left to right at the root). */
function directionOf(el: Element, rules: PageRules | null): Direction {
  for (let node: AnyNode | null = el; node && node.type === 'tag'; node = node.parent) {
    const e = node as Element;
    const declared = (declaredValue(e, 'direction', null, rules) ?? e.attribs.dir)?.trim().toLowerCase();
    if (declared === 'rtl' || declared === 'ltr') return declared;
    if (declared !== undefined && declared !== '' && declared !== 'inherit') return 'unknown';
  }
  return 'ltr';
}

/** Whether an element inside a run sets a direction or a bidi mode of its own. */
function ownsDirection(el: Element, rules: PageRules | null): boolean {
  if (el.name === 'bdo' || el.name === 'bdi' || el.attribs.dir !== undefined) return true;
  const bidi = declaredValue(el, 'unicode-bidi', null, rules);
  return (bidi !== undefined && !/^normal$/iu.test(bidi.trim())) || declaredValue(el, 'direction', null, rules) !== undefined;
}

/** Reverses the element's inline content line by line; blocks inside it are walked as the rest of the page. */
function showReversed(el: Element, rules: PageRules | null, walk: (el: Element) => void): void {
  const children = el.children;
  const out: AnyNode[] = [];
  let line: AnyNode[] = [];
  const endLine = () => {
    out.push(...line.reverse());
    line = [];
  };
  for (const child of children) {
    if (child.type === 'tag' && (BLOCK_TAGS.has((child as Element).name) || (child as Element).name === 'br')) {
      endLine();
      out.push(child);
      walk(child as Element);
      continue;
    }
    if (child.type === 'text') (child as Text).data = reversed((child as Text).data);
    else if (child.type === 'tag') {
      const inner = child as Element;
      if (overrideOf(inner, rules) === 'rtl' || !ownsDirection(inner, rules)) showReversed(inner, rules, walk);
      else if (overrideOf(inner, rules) !== 'ltr') markUnread(inner);
    }
    line.push(child);
  }
  endLine();
  children.splice(0, children.length, ...out);
  children.forEach((node, i) => {
    node.prev = children[i - 1] ?? null;
    node.next = children[i + 1] ?? null;
  });
}

/** A text's characters in reverse order, mirrored ones drawn as their mirror. */
function reversed(text: string): string {
  return Array.from(text)
    .reverse()
    .map((c) => MIRROR.get(c) ?? c)
    .join('');
}
