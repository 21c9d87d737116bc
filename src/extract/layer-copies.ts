import type { AnyNode, Element } from 'domhandler';
import { detachWhere } from './index-prune.js';
import { textContent, type PageIndex } from './page-index.js';
import { sheetBlocks, sheetText } from './style-sheet.js';

/**
 * A text drawn twice for an effect (a shadow, a stroke, an echo behind a heading or a name): a
 * copy laid over or under the text (positioned out of the flow, or hidden from screen readers as
 * decoration) beside the same text in the same element. A reader sees the text once: the copy is
 * none of the page, taken out of the tree before it is read.
 */

/** Markup that may hold such a copy: only such a page is walked. */
const MAY_LAYER_RE = /aria-hidden\s*=\s*["']?true|position\s*:\s*(?:absolute|fixed)/iu;
const OUT_OF_FLOW_RE = /(?:^|[;\s])position\s*:\s*(?:absolute|fixed)/iu;
const CLASS_SELECTOR_RE = /^\.(-?[_a-zA-Z][\w-]*)$/u;

/** Takes the copies out of the parsed page (the index is to be pruned after); whether it took any. */
export function dropLayerCopies(html: string, index: PageIndex): boolean {
  if (!MAY_LAYER_RE.test(html)) return false;
  const outOfFlow = outOfFlowClasses(index.document.children);
  return detachWhere(index, (el) => isLayerCopy(el, outOfFlow));
}

function isLayerCopy(el: Element, outOfFlow: ReadonlySet<string>): boolean {
  if (!isLayered(el, outOfFlow) || !el.parent) return false;
  const text = textContent(el).trim();
  if ([...text].length < 2) return false;
  return el.parent.children.some((s) => s !== el && s.type === 'tag' && !isLayered(s as Element, outOfFlow) && textContent(s).trim() === text);
}

/** Laid over or under the flow, or decoration hidden from screen readers. The copy's twin is in the flow (of two layers alike, neither is dropped for the other). */
const isLayered = (el: Element, outOfFlow: ReadonlySet<string>) =>
  el.attribs['aria-hidden'] === 'true' || OUT_OF_FLOW_RE.test(el.attribs.style ?? '') || (el.attribs.class ?? '').split(/\s+/u).some((c) => outOfFlow.has(c));

/** Classes a `<style>` rule of a class alone takes out of the flow (`.fx-stroke{position:absolute}`). */
function outOfFlowClasses(nodes: readonly AnyNode[]): Set<string> {
  const classes = new Set<string>();
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'style') {
      for (const { head, body } of sheetBlocks(sheetText(node as Element))) {
        if (head.startsWith('@') || !OUT_OF_FLOW_RE.test(body)) continue;
        for (const s of head.split(',')) {
          const m = CLASS_SELECTOR_RE.exec(s.trim());
          if (m) classes.add(m[1]!);
        }
      }
    } else if (node.type === 'tag' || node.type === 'root') stack.push(...(node as Element).children);
  }
  return classes;
}
