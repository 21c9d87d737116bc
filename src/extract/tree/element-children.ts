import type { Element } from 'domhandler';

/**
 * The holder's child elements, where it holds nothing else but blank text and comments (the
 * indents between tags); null where it holds text of its own, or a node of another kind. What a
 * line of spans, a bar of fields or a link's stacked parts is made of, told before any of them.
 */
export function onlyElementChildren(holder: Element): Element[] | null {
  const elements: Element[] = [];
  for (const child of holder.children) {
    if (child.type === 'text') {
      if (child.data.trim() !== '') return null;
    } else if (child.type === 'tag') elements.push(child as Element);
    else if (child.type !== 'comment') return null;
  }
  return elements;
}
