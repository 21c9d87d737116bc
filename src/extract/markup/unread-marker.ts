import { Text, type AnyNode, type Element } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';

/**
 * Where the page shows text the reader cannot work out (generated content of a rule it cannot
 * evaluate, a bidi override it does not follow), the tree gets a mark in the text's place: U+FFFC,
 * Unicode's stand-in for an object in a text. The mark goes through the reading as a character of
 * the text it stands in; the field that holds it is doubted and the mark taken out, so a text with
 * a gap is flagged `unsure_reading`, never published as if whole.
 */

export const UNREAD_MARK = '\uFFFC';
const MARK = UNREAD_MARK;

/** Puts the mark at the start of the element's text (its first child). */
export function markUnread(el: Element): void {
  const mark = new Text(MARK);
  const first = el.children[0] ?? null;
  mark.parent = el;
  mark.next = first;
  if (first) first.prev = mark;
  el.children.unshift(mark);
}

const DOUBT = 'the page draws text here that the reader cannot work out (CSS generated content, a bidi override, what a script writes)';

/** Whether a mark stands in the tree. */
export function holdsMark(root: AnyNode): boolean {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && (node as Text).data.includes(MARK)) return true;
    const children = (node as Element).children;
    if (children) for (const c of children) stack.push(c);
  }
  return false;
}

/**
 * Each entry with a mark in its text: the marks taken out, the entry doubted. Where the page holds a
 * mark (`marked`), its own entry is doubted whatever its text: a value a mark stood in may have
 * been passed over as unreadable (a hospital's name broken by it) rather than kept with it.
 */
export function doubtMarked(entries: EntryDraft[], marked: boolean): EntryDraft[] {
  if (!marked) return entries;
  return entries.map((entry) => {
    const texts = [entry.question, ...entry.answerParagraphs, ...Object.values(entry.doctor)];
    const holds = texts.some((t) => typeof t === 'string' && t.includes(MARK));
    if (!holds && entry.origin !== 'page') return entry;
    const clean = (t: string) => t.replaceAll(MARK, '');
    const doctor = Object.fromEntries(Object.entries(entry.doctor).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v])) as EntryDraft['doctor'];
    return { ...entry, question: clean(entry.question), answerParagraphs: entry.answerParagraphs.map(clean).filter((p) => p.trim() !== ''), doctor, doubts: [...(entry.doubts ?? []), DOUBT] };
  });
}
