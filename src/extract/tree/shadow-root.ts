import type { AnyNode, Element } from 'domhandler';

/**
 * Declarative shadow DOM (`<template shadowrootmode="open">` as a host's first child): unlike a
 * plain `<template>`, it is displayed, in place of the host's children; each `<slot>` in it shows
 * the light children assigned to it (`slot="name"`, the unnamed slot those without a slot), or
 * its own content where none is; a light child no slot takes is not displayed.
 */

const isShadowTemplate = (node: AnyNode): node is Element => node.type === 'tag' && (node as Element).name === 'template' && (node as Element).attribs.shadowrootmode !== undefined;

/** The host's declarative shadow root (its first element child, as a parser attaches it), or null. */
export function shadowRootOf(host: Element): Element | null {
  for (const child of host.children) {
    if (child.type === 'text' || child.type === 'comment') continue;
    return isShadowTemplate(child) ? child : null;
  }
  return null;
}

/** Light children of each shadow root's host, by the slot they go to; made once per root. */
const assignments = new WeakMap<Element, Map<string, AnyNode[]>>();

/** What a `<slot>` displays: the host's light children assigned to it, else its own content. */
export function slotContent(slot: Element): readonly AnyNode[] {
  let root: AnyNode | null = slot.parent;
  while (root && !isShadowTemplate(root)) root = root.parent;
  if (!root || !root.parent) return slot.children;
  let slots = assignments.get(root as Element);
  if (!slots) {
    slots = new Map();
    for (const child of (root.parent as Element).children) {
      if (child === root || (child.type !== 'tag' && child.type !== 'text')) continue;
      const name = child.type === 'tag' ? ((child as Element).attribs.slot ?? '') : '';
      const list = slots.get(name);
      if (list) list.push(child);
      else slots.set(name, [child]);
    }
    assignments.set(root as Element, slots);
  }
  const taken = slots.get(slot.attribs.name ?? '');
  return taken && taken.length > 0 ? taken : slot.children;
}

/** Whether a node stands in a declarative shadow root. */
export function inShadowRoot(node: AnyNode): boolean {
  for (let n: AnyNode | null = node.parent; n; n = n.parent) if (isShadowTemplate(n)) return true;
  return false;
}

/** Nodes of a shadow root as displayed: each `<slot>` (also inside an element) replaced by what it shows. */
export function withSlotsFilled(nodes: readonly AnyNode[]): AnyNode[] {
  const out: AnyNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') out.push(node);
    else if ((node as Element).name === 'slot') out.push(...slotContent(node as Element));
    else if (hasSlot(node as Element)) for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i]!);
    else out.push(node);
  }
  return out;
}

function hasSlot(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if ((node as Element).name === 'slot') return true;
    stack.push(...(node as Element).children);
  }
  return false;
}
