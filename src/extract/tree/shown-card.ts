import type { Element } from 'domhandler';
import { displayOf, withinAny } from './hidden-text.js';

/**
 * A card the page does not show. A saved page (SingleFile, Save Page WE) keeps the site's
 * pop-ups — a 推荐医生 dialog with another doctor's card — under a rule that hides them
 * (`.sf-hidden{display:none}`, the site's own `.hide`), and a live page holds such a dialog
 * hidden until it is opened: a reader of the page never sees that card beside the shown one, so
 * it is not the answering doctor's.
 */
export const isUnshown = (el: Element): boolean => withinAny(el, displayOf(el).hidden);

/** The cards a page shows, where it shows any; else all of them (a page that hides every card still has one). */
export function shownCards<T extends { element: Element }>(cards: readonly T[]): readonly T[] {
  const shown = cards.filter((c) => !isUnshown(c.element));
  return shown.length > 0 ? shown : cards;
}
