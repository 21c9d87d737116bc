import type { Element } from 'domhandler';
import { hidingDeclaration } from './hidden-text.js';

/**
 * A form field set where no one sees it: the copy source of a 一键复制 / 复制全文 button is a
 * `<textarea readonly>` its script selects and copies, pushed off the screen (`left:-9999px`, the
 * idiom clipboard.js itself uses), made transparent (`opacity:0`) or shrunk to a pixel or none
 * (a field clips what it holds to its box). It holds the text the button copies — the question,
 * the answer again, the site's credit line — and shows none of it.
 */

/** Drawn fully transparent. */
const TRANSPARENT_RE = /(?:^|[;\s])opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$)/iu;
/** A box of a pixel or none across: height or width 0 or 1px. */
const NO_BOX_RE = /(?:^|[;\s])(?:height|width|max-height|max-width)\s*:\s*(?:0|1px|0px)\s*(?:!important\s*)?(?:;|$)/iu;

/** Whether a field's own style sets it out of view, where nothing it holds is seen. */
export function isFieldOutOfView(el: Element): boolean {
  const style = el.attribs?.style;
  if (!style) return false;
  // Off the screen (or hidden) as any element is (hidden-text.ts); transparent or without a box, as a field shows nothing.
  return hidingDeclaration(style) || TRANSPARENT_RE.test(style) || NO_BOX_RE.test(style);
}
