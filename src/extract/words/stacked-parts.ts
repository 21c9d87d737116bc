import type { Element } from 'domhandler';
import { onlyElementChildren } from '../tree/element-children.js';

/**
 * A link drawn as a card whose parts are sibling spans alike (`<a><span class="line">question</span>
 * <span class="line">snippet</span><span class="line">day</span></a>`, a component library's list
 * lines): its style shows each part as a line of its own, as the question, snippet and day of a
 * related item are. Two spans or more, all marked the same (one attribute at least), each holding
 * text and nothing printed between them, inside a link a few levels up; plain `<span>`s of a
 * sentence split by a script carry no mark and are left to run on.
 */
const LINK_LEVELS = 3;
const cache = new WeakMap<Element, boolean>();

export function isStackedLinkPart(el: Element): boolean {
  if (el.name !== 'span') return false;
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return false;
  const holder = parent as Element;
  // The link first, a few steps up: most spans stand in none, told without a look in the cache.
  if (!insideLink(holder)) return false;
  const known = cache.get(holder);
  if (known !== undefined) return known;
  const result = holdsStackedParts(holder);
  cache.set(holder, result);
  return result;
}

/** Whether the holder's children are stacked parts (it stands inside a link: isStackedLinkPart looked first). */
function holdsStackedParts(holder: Element): boolean {
  const elements = onlyElementChildren(holder);
  if (elements === null) return false;
  let spans = 0;
  let mark: Record<string, string> | null = null;
  for (const el of elements) {
    if (el.name !== 'span') return false;
    if (mark === null ? Object.keys(el.attribs).length === 0 : !sameAttributes(el.attribs, mark)) return false;
    mark = el.attribs;
    if (!holdsText(el)) return false;
    spans++;
  }
  return spans >= 2;
}

function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && b[key] === a[key]);
}

function holdsText(el: Element): boolean {
  for (const child of el.children) {
    if (child.type === 'text' && child.data.trim().length >= 2) return true;
  }
  return false;
}

function insideLink(el: Element): boolean {
  let at: Element | null = el;
  for (let i = 0; at && i <= LINK_LEVELS; i++) {
    if (at.name === 'a' && at.attribs.href !== undefined) return true;
    at = at.parent && at.parent.type === 'tag' ? (at.parent as Element) : null;
  }
  return false;
}
