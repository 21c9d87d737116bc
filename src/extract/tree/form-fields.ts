import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { textContent } from './page-index.js';
import { isFieldOutOfView } from './out-of-view.js';

/**
 * What a form field shows on the page, as text a reader sees: an old WebForms or admin page prints
 * a stored record in read-only fields (咨询标题 in `<input value>`, the reply in a `<textarea readonly>`,
 * the department as a disabled `<select>`'s chosen option). An editable field (a search box, a
 * reply box) shows what the visitor types, none of the page's; a hidden field shows nothing, nor one
 * set out of view (a copy button's source, out-of-view.ts).
 */
export function fieldText(el: Element): string | null {
  const a = el.attribs ?? {};
  if (isFieldOutOfView(el)) return null;
  const fixed = a.readonly !== undefined || a.disabled !== undefined;
  if (el.name === 'input') {
    const type = (a.type ?? 'text').toLowerCase();
    return fixed && TEXT_INPUTS.has(type) && a.value?.trim() ? a.value : null;
  }
  if (el.name === 'select') {
    if (!fixed) return null;
    const options = el.children.filter((c): c is Element => c.type === 'tag' && c.name === 'option');
    const chosen = options.find((o) => o.attribs.selected !== undefined) ?? options[0];
    return chosen ? textContent(chosen) : null;
  }
  if (el.name === 'textarea') {
    if (!fixed) return null;
    // Its content is raw text to the parser, entities undecoded: decoded as text, its tags kept as characters.
    const raw = el.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('');
    return textContent(parseDocument(raw.replace(/</gu, '&lt;')));
  }
  return null;
}

const TEXT_INPUTS = new Set(['text', 'date', 'datetime-local', 'email', 'number', 'tel', 'url']);
const CHOICES = new Set(['radio', 'checkbox']);

/**
 * The label of a choice the record did not make: a fixed (disabled or read-only) radio button or
 * checkbox left unchecked, the label after it or around it (`<input type=radio disabled><label>语音</label>`).
 * The record's value is the checked one's label; the others are options offered, chosen by nobody.
 */
export function isUnchosenLabel(label: Element): boolean {
  let input: AnyNode | null = label.prev;
  while (input && input.type === 'text' && !(input as unknown as { data: string }).data.trim()) input = input.prev;
  if (!isChoice(input)) input = label.children.find((c) => c.type === 'tag') ?? null;
  if (!isChoice(input)) return false;
  const a = (input as Element).attribs;
  return a.checked === undefined && (a.disabled !== undefined || a.readonly !== undefined);
}

const isChoice = (node: AnyNode | null): boolean => node?.type === 'tag' && (node as Element).name === 'input' && CHOICES.has(((node as Element).attribs.type ?? '').toLowerCase());
