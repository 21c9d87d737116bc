/**
 * Finding a related list's label (相关推荐, 相关问答…) by its words, not by class names, and the region
 * that follows it: its later siblings up to its container, a tab's panel, a line's rest, a picture's heading.
 */
import type { AnyNode, Document, Element, Text } from 'domhandler';
import { isRelatedLabel, mayBeRelatedLabel } from '../words/genre.js';
import { compactTextIs, compactTextLonger, textContent } from '../tree/page-index.js';
import { inShadowRoot, withSlotsFilled } from '../tree/shadow-root.js';
import { findOne } from 'domutils';

/**
 * Elements a label may be (a link only inside a heading: `<h2><a href="/wenda/">相关问答</a></h2>`); a table's `<caption>` too,
 * which names the rows after it (`<table><caption>其他諮詢</caption><tr>…`).
 */
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'dt', 'th', 'em', 'i', 'td', 'font', 'label', 'caption']);
/** A label's element: one of those, or a custom element (`<wx-view>`, `<wx-text>`), shown as a div or a span. */
const isLabelTag = (name: string) => LABEL_TAGS.has(name) || name.includes('-');
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Sectioning elements: a <header>/<footer> inside one heads that section, not the page. */
const SECTIONING = new Set(['article', 'section', 'aside', 'main']);
/** A label is a few characters; longer text nodes are not looked at. */
const MAX_LABEL_CHARS = 24;
/** What an element shows as no text: nothing, or an icon font's glyphs (private-use characters). */
const NO_TEXT_RE = /^[\uE000-\uF8FF\s]*$/u;
/**
 * Headings drawn as a picture (`<img alt="相关问题">`) or an icon whose only words are its title
 * (`<i title="相关问题">&#xe61a;</i>`): the outermost element around it that shows no text.
 * Looked for only where no label in words yields a list (a walk of the page of its own).
 */
export function pictureLabels(root: Document | undefined): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...(root?.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'head') continue;
    const said = el.attribs.alt ?? el.attribs.title ?? el.attribs['aria-label'];
    if (said && said.length <= MAX_LABEL_CHARS && isRelatedLabel(said.replace(/\s+/g, '')) && el.name !== 'a' && NO_TEXT_RE.test(textContent(el))) {
      let label = el;
      while (label.parent && label.parent.type === 'tag' && LABEL_TAGS.has((label.parent as Element).name) && NO_TEXT_RE.test(textContent(label.parent))) {
        label = label.parent as Element;
      }
      found.push(label);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return found;
}
/**
 * Whether a label a profile names is one labelCandidates would find: an element (not a link, not in
 * <head>) whose own text node is all of its text and a related-list label, and no element around it
 * of the same text would be taken instead.
 */
export function isNamedLabel(el: Element): boolean {
  if (el.name === 'a' || !LABEL_TAGS.has(el.name.toLowerCase())) return false;
  const node = el.children.find((c): c is Text => c.type === 'text' && c.data.trim() !== '');
  if (!node || node.data.length > MAX_LABEL_CHARS * 4) return false;
  const label = node.data.replace(/\s+/g, '');
  if (label.length > MAX_LABEL_CHARS || !isRelatedLabel(label) || !compactTextIs(el, label)) return false;
  const parent = el.parent;
  if (parent && parent.type === 'tag' && LABEL_TAGS.has((parent as Element).name) && compactTextIs(parent, label)) return false;
  // The search looks outside <head> only.
  for (let n = parent; n; n = n.parent) if (n.type === 'tag' && (n as Element).name === 'head') return false;
  return true;
}
/** Short text nodes of the tree outside <head>, in document order: where a label may be. */
export function textNodes(root: Document | undefined): Text[] {
  const found: Text[] = [];
  const stack: AnyNode[] = [...(root?.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if ((node as Text).data.length <= MAX_LABEL_CHARS * 4) found.push(node as Text);
      continue;
    }
    if (node.type === 'tag' && ['script', 'style', 'head'].includes((node as Element).name)) continue;
    const children = (node as Element).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}
/**
 * Elements whose whole text is a related-list label, outermost first, in document order.
 * Found from short text nodes (one pass over the tree): asking every element for its text
 * would read the page once per element.
 */
export function labelCandidates(texts: readonly Text[], isLabel: (label: string) => boolean = isRelatedLabel): Element[] {
  const found: Element[] = [];
  for (const node of texts) {
    const data = node.data;
    // Most short text nodes are the whitespace between tags, or words no label has: passed over before any copy is made.
    if (data.length > MAX_LABEL_CHARS * 4 || (isLabel === isRelatedLabel && !mayBeRelatedLabel(data)) || data.trim() === '') continue;
    const label = data.replace(/\s+/g, '');
    if (label.length === 0 || label.length > MAX_LABEL_CHARS || !isLabel(label)) continue;
    let el = node.parent as Element | null;
    if (!el || el.type !== 'tag') continue;
    // A label on a line of its own (ended by <br>) in an element that goes on with the list (an old WAP page).
    if (endsLine(node) && !compactTextIs(el, label)) {
      if (!found.includes(el)) found.push(el);
      lineLabels.set(el, node);
      continue;
    }
    // A link inside a heading labels as the heading does.
    if (el.name === 'a' && el.parent?.type === 'tag' && HEADINGS.has((el.parent as Element).name)) el = el.parent as Element;
    // Any other link is the site's menu leading to such a section (`<td><a href="/keshi/4.html">常见问题</a></td>`),
    // however bare the cell around it: what follows is more of the menu, no list of this page's.
    else if (el.name === 'a') continue;
    // The outermost element whose text is still just the label (<div><h4>相关推荐</h4></div> is the div).
    const own = compactText(el);
    while (el.parent && el.parent.type === 'tag' && isLabelTag((el.parent as Element).name) && compactTextIs(el.parent, own)) {
      el = el.parent as Element;
    }
    // A list item is a label only as a tab of a strip over its panels (`<ul><li>相关问答</li><li>相关文章</li></ul>`, stripPanel).
    const tab = el.name === 'li' && el.parent?.type === 'tag' && stripPanel(el, el.parent as Element) !== null;
    if ((isLabelTag(el.name.toLowerCase()) || tab) && !found.includes(el)) found.push(el);
  }
  return found;
}
/** Labels that are a line in a larger element, and the text node that is the line (see labelCandidates). */
export const lineLabels = new WeakMap<Element, Text>();
/** Where a label is a line in a larger element (see labelCandidates): the text node that is the line. */
export const labelLine = (label: Element): Text | undefined => lineLabels.get(label);
/** A text node whose line a <br> ends. */
function endsLine(node: Text): boolean {
  let next = node.next;
  while (next && next.type === 'text' && (next as Text).data.trim() === '') next = next.next;
  return next !== null && next.type === 'tag' && (next as Element).name === 'br';
}
/** What follows a node in its parent. */
export function siblingsAfter(node: AnyNode): AnyNode[] {
  const nodes: AnyNode[] = [];
  for (let next = node.next; next; next = next.next) nodes.push(next);
  return nodes;
}
function compactText(el: AnyNode): string {
  return textContent(el).replace(/\s+/g, '');
}
/** Inside a link (other than one in a heading), a <nav>, or the page's own <header>/<footer>. */
export function inNavigation(label: Element): boolean {
  let pageLevel: 'header' | 'footer' | null = null;
  for (let node: Element | null = label; node && node.type === 'tag'; node = node.parent as Element | null) {
    const name = node.name.toLowerCase();
    if (name === 'nav' || (name === 'a' && !HEADINGS.has((node.parent as Element | null)?.name ?? ''))) return true;
    if (name === 'header' || name === 'footer') pageLevel = name;
    else if (pageLevel && SECTIONING.has(name)) pageLevel = null;
  }
  return pageLevel !== null;
}
/**
 * What follows the label inside its container, in document order: the label's later
 * siblings, then its parent's, and so on up to the container (a loop, not a recursive walk,
 * so nesting depth costs no stack).
 */
export function listAfter(label: Element): AnyNode[] {
  const panel = tabPanel(label);
  if (panel) return [panel];
  // A label in a shadow root heads what its slots show: the host's light children (shadow-root.ts).
  return inShadowRoot(label) ? withSlotsFilled(nodesAfter(label)) : nodesAfter(label);
}
/**
 * A tab of radio inputs and their labels (`<input type=radio id=t2><label for=t2>相关问题</label>`,
 * the panels after them, all in the markup, CSS showing the checked one): the label's panel is
 * the panel in the label's place among the tabs' labels. Null where the label is no such tab,
 * or the tabs and panels do not pair one for one.
 */
function tabPanel(label: Element): Element | null {
  const id = label.name === 'label' ? label.attribs.for : undefined;
  const box = label.parent;
  if (!box || box.type !== 'tag') return null;
  if (!id) return stripPanel(label, box as Element);
  const siblings = (box as Element).children.filter((c): c is Element => c.type === 'tag');
  const isRadio = (el: Element) => el.name === 'input' && (el.attribs.type ?? '').toLowerCase() === 'radio';
  if (!siblings.some((el) => isRadio(el) && el.attribs.id === id)) return null;
  const tabs = siblings.filter((el) => el.name === 'label' && el.attribs.for && siblings.some((i) => isRadio(i) && i.attribs.id === el.attribs.for));
  const panels = siblings.filter((el) => el.name !== 'input' && el.name !== 'label');
  return tabs.length >= 2 && panels.length === tabs.length ? panels[tabs.indexOf(label)]! : null;
}
/**
 * A strip of tabs (`<ul><li>相关问答</li><li>相关文章</li><li>相关产品</li></ul>`, each tab a list item or a role="tab", a few words and no more) followed in
 * its box by exactly as many elements, each holding links: the panels, the tab's panel the one in its place (a script shows it,
 * the others hidden till clicked). The label's list is its panel alone: the articles and products of the other tabs are no items.
 * Null where the label is no tab of such a strip.
 */
function stripPanel(label: Element, strip: Element): Element | null {
  const tabs = strip.children.filter((c): c is Element => c.type === 'tag');
  // Tabs drawn as a list's items or marked as tabs (role="tab"): a heading beside a 换一换 link, a table's header cells over its
  // rows, are no tabs however many rows follow.
  const isTab = (t: Element) => t.name === 'li' || t.attribs.role === 'tab';
  if (tabs.length < 2 || !tabs.includes(label) || !tabs.every((t) => isTab(t) && TAB_WORDS_RE.test(compactText(t)))) return null;
  const panels: Element[] = [];
  for (let next = strip.next; next; next = next.next) if (next.type === 'tag') panels.push(next as Element);
  return panels.length === tabs.length && panels.every((p) => findOne((el) => el.name === 'a', p.children, true) !== null) ? panels[tabs.indexOf(label)]! : null;
}
/** A tab's words: a label of a few characters, no sentence. */
const TAB_WORDS_RE = /^[^，,。；;！!？?]{1,10}$/u;
function nodesAfter(label: Element): AnyNode[] {
  const labelLength = compactText(label).length;
  let container: Element = label;
  while (container.parent && container.parent.type === 'tag') {
    container = container.parent as Element;
    if (compactTextLonger(container, labelLength + 10)) break;
  }
  const nodes: AnyNode[] = [];
  for (let node: AnyNode = label; node !== container && node.parent; node = node.parent) {
    for (let next = node.next; next; next = next.next) nodes.push(next);
  }
  return nodes;
}
