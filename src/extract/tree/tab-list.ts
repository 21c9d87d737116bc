import type { AnyNode, Element } from 'domhandler';
import { detach } from './index-prune.js';
import { textContent, type PageIndex } from './page-index.js';
import { roleOf } from './aria-role.js';

/**
 * A text set in tabs (`role="tablist"` over `role="tabpanel"` panels, one shown, the others `hidden`): the tab list is the
 * panels' index, drawn as buttons. Where every panel opens with its tab's label (its own head, `<h3>可能原因</h3>`), a
 * reader of the page reads each label once, as the head of its panel: the list is taken out of the parsed page, and the
 * panels (hidden ones too: a click shows them, html-lines.ts reads a hidden block) read in order. Where a panel does not
 * repeat its label, the list stays as it is.
 */

/**
 * The markup may hold a tab list: an element of the role was indexed as the page was parsed (page-index.ts), and the
 * markup names it (a search of the whole page, 30 µs at 60 KB, spared where no element has the role).
 */
const mayHoldTabs = (html: string, index: PageIndex) => index.holds.tabList && html.includes('tablist');
const compact = (text: string) => text.replace(/\s+/gu, '');

/** The elements of a role under a root (not under one found). */
function withRole(root: AnyNode, role: string): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (node.type === 'tag' && (el.name === 'script' || el.name === 'style' || el.name === 'head')) continue;
    if (node.type === 'tag' && roleOf(el) === role) {
      found.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return found;
}

/** Removes each tab list whose panels open with its tabs' labels, in order (the index is to be pruned after); whether it removed any. */
export function dropRepeatedTabLists(html: string, index: PageIndex): boolean {
  if (!mayHoldTabs(html, index)) return false;
  let dropped = false;
  for (const list of withRole(index.document, 'tablist')) {
    const labels = withRole(list, 'tab').map((tab) => compact(textContent(tab)));
    if (labels.length < 2 || labels.some((l) => l === '')) continue;
    // The panels: those after the list under the same parent (or the parent's parent), in order.
    const box = list.parent as Element | null;
    if (!box) continue;
    const panels = withRole(box, 'tabpanel');
    if (panels.length !== labels.length) continue;
    if (!panels.every((panel, i) => compact(textContent(panel)).startsWith(labels[i]!) && compact(textContent(panel)).length > labels[i]!.length)) continue;
    detach(list);
    dropped = true;
  }
  return dropped;
}
