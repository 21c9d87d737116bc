import type { AnyNode, Element } from 'domhandler';
import type { PageIndex } from './page-index.js';

/**
 * The index without what was taken out of the tree after it was built (a plain <template>, the
 * running lines of a converted PDF): a node whose ancestors no longer reach the document.
 */
export function pruneDetached(index: PageIndex): void {
  const attached = (node: AnyNode) => {
    let n: AnyNode = node;
    while (n.parent) n = n.parent;
    return n === index.document;
  };
  index.anchors = index.anchors.filter(attached);
  index.titles = index.titles.filter(attached);
  index.jsonLd = index.jsonLd.filter(attached);
  index.bodies = index.bodies.filter(attached);
  index.shortTexts = index.shortTexts.filter(attached);
  if (index.bodyTexts) index.bodyTexts = index.bodyTexts.filter(attached);
  for (const [source, list] of index.found) index.found.set(source, list.filter(attached));
}

/** Takes an element out of its tree (the index is to be pruned after, with pruneDetached). */
export function detach(el: Element): void {
  const siblings = (el.parent as Element | null)?.children;
  if (siblings) {
    const at = siblings.indexOf(el);
    if (at >= 0) siblings.splice(at, 1);
  }
  if (el.prev) el.prev.next = el.next;
  if (el.next) el.next.prev = el.prev;
  el.parent = el.prev = el.next = null;
}

/**
 * Takes out of the page's tree every element `drop` picks (what is inside one is not looked at);
 * whether it took any. The index is to be pruned after, with pruneDetached.
 */
export function detachWhere(index: PageIndex, drop: (el: Element) => boolean): boolean {
  const dropped: Element[] = [];
  const stack: AnyNode[] = [...index.document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (drop(el)) dropped.push(el);
    else stack.push(...el.children);
  }
  for (const el of dropped) detach(el);
  return dropped.length > 0;
}
