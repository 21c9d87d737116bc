import type { Element } from 'domhandler';
import { displayOf } from './hidden-text.js';

/**
 * A layer the page shows only when a script opens it: a `<dialog>` without `open` (a browser's own
 * sheet gives `dialog:not([open])` no display, and only `show()` / `showModal()` puts it over the
 * page: a share card, a report form, a login box). None of its text is the page's: it repeats the
 * question and the answer's start, names its own days (分享于), asks for input. Unlike a block
 * hidden by a style or the `hidden` attribute, which is read (a full answer folded
 * behind 展开全文 sits hidden beside its preview), a closed dialog is never a fold of the page's text.
 */
export const isClosedDialog = (el: Element): boolean => el.name === 'dialog' && el.attribs.open === undefined;

/**
 * A hidden block at the body's top level that opens with a heading of its own (`<div hidden><h3>更多回答</h3>…`):
 * a section held back whole for a script to show (a panel, a pop-up), as a closed dialog is. A fold
 * of the page's text (the full answer behind 展开全文) is the text's paragraphs, no section of its own.
 */
export const isHiddenLayer = (el: Element, hidden: ReadonlySet<Element>): boolean =>
  hidden.has(el) && (el.parent as Element | null)?.name === 'body' && HEADINGS.has(firstElement(el)?.name ?? '');

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const firstElement = (el: Element): Element | undefined => el.children.find((c): c is Element => c.type === 'tag');

/** Whether the element is in a closed dialog or a hidden layer (a label there heads nothing the page shows). */
export function inClosedLayer(el: Element): boolean {
  const { hidden } = displayOf(el);
  for (let at: Element | null = el; at !== null && at.type === 'tag'; at = at.parent as Element | null) {
    if (isClosedDialog(at) || (hidden.size > 0 && isHiddenLayer(at, hidden))) return true;
  }
  return false;
}
