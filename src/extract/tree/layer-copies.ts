import type { AnyNode, Element } from 'domhandler';
import { detachWhere } from './index-prune.js';
import { textContent, type PageIndex } from './page-index.js';
import { selectorClasses, sheetBlocks, sheetText } from './style-sheet.js';

/**
 * Texts drawn in a layer over or under the page, copies of a text and none of its content, taken
 * out of the tree before it is read:
 * - a text drawn twice for an effect (a shadow, a stroke, an echo behind a heading or a name): the
 *   copy is laid out of the flow or hidden from screen readers as decoration, beside the same text in
 *   the same element. A reader sees the text once.
 * - a watermark (an anti-leak mask over a consultation: `站名 用户156****3107 2023-01-16 07:28`
 *   scattered over the page): the same text in several elements out of the flow that let the
 *   pointer through or are faint (`pointer-events:none`, `opacity:.1`), wherever they stand.
 */

/** Markup that may hold such a copy: only such a page is walked. */
const MAY_LAYER_RE = /aria-hidden\s*=\s*["']?true|position\s*:\s*(?:absolute|fixed)/iu;
const OUT_OF_FLOW_RE = /(?:^|[;\s{])position\s*:\s*(?:absolute|fixed)/iu;
const POINTER_THROUGH_RE = /(?:^|[;\s{])pointer-events\s*:\s*none/iu;
const OPACITY_RE = /(?:^|[;\s{])opacity\s*:\s*([\d.]+)/iu;
/** A layer that lets the pointer through, or one drawn faint (opacity under 0.35). */
const isMask = (style: string) => POINTER_THROUGH_RE.test(style) || Number(OPACITY_RE.exec(style)?.[1] ?? 1) < 0.35;

/** Takes the copies out of the parsed page (the index is to be pruned after); whether it took any. */
export function dropLayerCopies(html: string, index: PageIndex): boolean {
  if (!MAY_LAYER_RE.test(html)) return false;
  const sheets = classDeclarations(index.document.children);
  // An element's declarations, its style attribute's and its classes' rules', read once per element for both walks.
  const styles = new Map<Element, string>();
  const styleOf = (el: Element) => {
    let style = styles.get(el);
    if (style === undefined) {
      const classes = sheets.size > 0 && el.attribs.class ? el.attribs.class.split(/\s+/u).map((c) => sheets.get(c) ?? '') : [];
      style = [el.attribs.style ?? '', ...classes].join(';');
      styles.set(el, style);
    }
    return style;
  };
  const outOfFlow = (el: Element) => OUT_OF_FLOW_RE.test(styleOf(el));
  const layered = (el: Element) => el.attribs['aria-hidden'] === 'true' || outOfFlow(el);
  const masks = watermarks(index.document.children, (el) => outOfFlow(el) && isMask(styleOf(el)));
  return detachWhere(index, (el) => masks.has(el) || isDrawnTwice(el, layered));
}

/** A layer's copy of the text beside it: its twin in the flow and read (of two layers alike, neither is dropped for the other). */
function isDrawnTwice(el: Element, layered: (el: Element) => boolean): boolean {
  if (!el.parent || !layered(el)) return false;
  const text = textContent(el).trim();
  if ([...text].length < 2) return false;
  return el.parent.children.some((s) => s !== el && s.type === 'tag' && !layered(s as Element) && textContent(s).trim() === text);
}

/** The mask layers whose text stands in two of them or more: a watermark's copies. */
function watermarks(nodes: readonly AnyNode[], isMaskLayer: (el: Element) => boolean): Set<Element> {
  const byText = new Map<string, Element[]>();
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (!isMaskLayer(el)) {
      stack.push(...el.children);
      continue;
    }
    const text = textContent(el).trim();
    if (text !== '') byText.set(text, [...(byText.get(text) ?? []), el]);
  }
  return new Set([...byText.values()].filter((els) => els.length >= 2).flat());
}

/** The declarations `<style>` rules of a class alone give each class (`.wm{position:absolute;pointer-events:none}`). */
function classDeclarations(nodes: readonly AnyNode[]): Map<string, string> {
  const classes = new Map<string, string>();
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'style') {
      for (const { head, body } of sheetBlocks(sheetText(node as Element))) {
        if (head.startsWith('@')) continue;
        for (const c of selectorClasses(head)) classes.set(c, `${classes.get(c) ?? ''};${body}`);
      }
    } else if (node.type === 'tag' || node.type === 'root') stack.push(...(node as Element).children);
  }
  return classes;
}
