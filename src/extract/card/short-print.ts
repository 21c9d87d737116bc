import type { AnyNode, Element, Text } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { WHOLE_TITLE_RE, isDepartment, PROSE_RE } from '../words/genre.js';
import type { PageIndex } from '../tree/page-index.js';

/**
 * A compact card prints its values short, the full value in a `title` tooltip (`<span
 * title="副主任医师">副主任</span>`, `<span title="心血管内科">心内科</span>`). The value is what is
 * printed — the tooltip shows only on hover —, but the tooltip says what the short print is: a
 * title of the vocabulary, a department. So the card is found by the full values (each short
 * print is read as its tooltip while the page is read) and its values are then given back as
 * printed (`asPrinted`). Only where the tooltip's value is not printed as a value elsewhere on the
 * page (another doctor's card; a sentence naming it does not count), and the print is a short form
 * of it (its characters in order, the first the same).
 */

/** A tooltip naming a title or a department, its attribute in any case, its value quoted or not. */
const CHEAP_TEST_RE = /\stitle\s*=\s*(?:["'][^"']{2,10}|[^\s"'=<>`]{2,10})(?:医师|药师|护师|技师|科)/iu;


/** Printed short forms by the full value their tooltips give: `副主任医师` → `副主任`. */
export type ShortPrints = Map<string, string>;

const isShortFor = (printed: string, full: string) => {
  if (printed.length >= full.length || printed[0] !== full[0]) return false;
  let at = 0;
  for (const c of printed) {
    at = full.indexOf(c, at);
    if (at === -1) return false;
    at++;
  }
  return true;
};

/**
 * Reads each short print of a title or a department with its tooltip as the full value (the text
 * in the tree is set to it), and returns the prints by full value; null where the page has none.
 */
export function readShortPrintsInFull(html: string, index: PageIndex): ShortPrints | null {
  if (!CHEAP_TEST_RE.test(html)) return null;
  const found: Array<{ text: Text; full: string }> = [];
  const printed: string[] = [];
  const stack: AnyNode[] = [...index.document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      printed.push((node as Text).data);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'head') continue;
    const full = el.attribs.title?.trim();
    const only = el.children.length === 1 && el.children[0]!.type === 'text' ? (el.children[0] as Text) : null;
    if (full && only && isShortFor(only.data.trim(), full) && (WHOLE_TITLE_RE.test(full) || isDepartment(full))) found.push({ text: only, full });
    stack.push(...el.children);
  }
  if (found.length === 0) return null;
  // Printed elsewhere as a value (a card line, not a sentence that names it): the print is no short form of it.
  const values = printed.filter((t) => !PROSE_RE.test(t));
  const prints: ShortPrints = new Map();
  for (const { text, full } of found) {
    if (values.some((t) => t.includes(full)) || (prints.has(full) && prints.get(full) !== text.data.trim())) continue;
    prints.set(full, text.data.trim());
    text.data = full;
  }
  return prints.size > 0 ? prints : null;
}

/** The card's values as the page prints them: a full value read from a short print's tooltip, the print. */
export function asPrinted(doctor: Doctor, prints: ShortPrints | null): Doctor {
  if (prints === null) return doctor;
  const back = (value: string | null) => (value !== null ? (prints.get(value) ?? value) : value);
  return { ...doctor, title: back(doctor.title), department: back(doctor.department) };
}
