import type { AnyNode, Element } from 'domhandler';

/**
 * A bilingual page prints English beside its Chinese words, marked as English (`主任医师 <span
 * lang="en">Chief Physician</span>`, `<h2>医生回答 <span lang="en">Doctor's Answer</span></h2>`, an
 * English disclaimer `<p lang="en">`): a translation of what stands before it, none of what is read.
 * That is a paragraph or box of its own in English, or an inline element that ends its parent's
 * content (a label's colon or a bracket aside); an English term inside a sentence
 * (`幽门螺杆菌<span lang="en">Hp</span>感染`) has the sentence go on after it, and is kept, as is a
 * page's whole body or main part marked English (no translation beside anything).
 */
const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption']);
const INLINE = new Set(['span', 'small', 'em', 'i', 'b', 'strong', 'font', 'sub', 'sup', 'label', 'cite']);

export function isTranslationBeside(el: Element): boolean {
  const lang = el.attribs?.lang;
  if (lang === undefined || !/^en\b/iu.test(lang)) return false;
  if (BLOCKS.has(el.name)) return true;
  if (!INLINE.has(el.name)) return false;
  for (let next: AnyNode | null = el.next; next; next = next.next) {
    if (next.type === 'comment') continue;
    // Only what closes it may follow: a label's colon, a bracket, a separator.
    if (next.type !== 'text' || !/^[\s:：,，、;；)）\]】]*$/u.test((next as unknown as { data: string }).data)) return false;
  }
  return true;
}
