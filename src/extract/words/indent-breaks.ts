/**
 * Paragraphs of a text stored from a textarea and printed without `<br>`: where its newlines
 * collapse, a reader tells the paragraphs apart only by the indent that opens each — two
 * ideographic spaces (`　　`, `&#12288;&#12288;`), two em spaces (`&emsp;&emsp;`) or four
 * `&nbsp;`s. An indent parts the text where a paragraph may end before it (a sentence's end, a
 * lead-in's colon after words: `…有以下几种：`) or an enumerated point begins after it (`1.`,
 * `一、`, `（2）`); elsewhere it is a gap within a line (`提问者：张**　　提问时间：…`). Indents are
 * no text (the line's whitespace is collapsed where it is flushed).
 */

/** The indent, with the collapsing whitespace around it. */
const INDENT = String.raw`[ \t\r\n]*(?:\u3000{2,}|\u2003{2,}|\u00a0{4,})[ \t\r\n]*`;
/** A paragraph's end before the indent: a sentence's end, or a colon after a lead-in of words (not a field's label). */
const ENDED = String.raw`(?<=[。！？!?…”」；;]|[^\s:：]{8}[:：])`;
/** An enumerated point after the indent (also where a hard wrap's line starts one: hard-wrap.ts). */
export const POINT = String.raw`(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])`;

const INDENT_BREAK_RE = new RegExp(`${ENDED}${INDENT}|${INDENT}${POINT}`, 'u');
/** Whether a text may hold an indent at all: told cheaply before the pattern. */
const INDENT_HINT_RE = /\u3000\u3000|\u2003\u2003|\u00a0\u00a0\u00a0\u00a0/u;

const INDENT_START_RE = new RegExp(`^${INDENT}`, 'u');
/** Whether a text opens with an indent. */
export const opensWithIndent = (text: string): boolean => INDENT_START_RE.test(text);

/** The paragraphs of a text node its indents part, or null where none does. */
export function indentParts(text: string): string[] | null {
  if (!INDENT_HINT_RE.test(text)) return null;
  const parts = text.split(INDENT_BREAK_RE);
  return parts.length > 1 ? parts : null;
}

/** The lines of a preformatted text node (its line breaks shown), each parted at its indents too. */
export function preformattedParts(text: string): string[] {
  return text.split('\n').flatMap((line) => indentParts(line) ?? [line]);
}
