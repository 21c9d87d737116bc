import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/**
 * An answer whose stored HTML a site escaped once too often, so that the page prints its markup as
 * text (`<p>…</p><p>…</p>`, `…<br /><br />…`, `&nbsp;&nbsp;…`): read as the editor wrote it, the
 * printed tags dividing it into paragraphs as they would have, the printed entities the characters
 * they stand for. Only tags an editor stores count, so a line that mentions `<` in words is left.
 */

/** A tag of the kinds an editor stores, printed as text. */
const TAG_RE = /<\/?(?:p|br|div|span|strong|b|em|i|u|font|a|img|h[1-6]|section|blockquote|ul|ol|li)(?:\s[^<>]*)?\/?>/iu;
/** Where a printed tag ends a paragraph. */
const BREAK_RE = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|section|blockquote)>/giu;
/** A space entity printed as text: what an editor's indent leaves (`&nbsp;&nbsp;`). */
const SPACE_ENTITY_RE = /&(?:nbsp|ensp|emsp|#160|#12288);/iu;

/** Whether a line's text may hold printed markup: told cheaply before the patterns. */
export const mayHoldPrintedMarkup = (text: string): boolean => text.includes('<') || text.includes('&');

/** The paragraphs a line of printed markup holds, or null where it holds none. */
export function printedMarkupLines(text: string): string[] | null {
  if (!TAG_RE.test(text) && !SPACE_ENTITY_RE.test(text)) return null;
  return text
    .split(BREAK_RE)
    .map((part) => textContent(parseDocument(part)).replace(/[\s\u00a0\u3000]+/gu, ' ').trim())
    .filter((part) => part !== '');
}
