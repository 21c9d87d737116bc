/**
 * What a text node's shape alone may say, told from its first and last characters as the page is
 * indexed (page-index.ts), so that a mend that looks for it in the markup with a slow expression
 * (a search of the whole page: 30–55 µs at 60 KB) is spared the search on a page without it:
 * - CARET: nothing but one caret glyph (typing-animation.ts's CARET_RE, its text trimmed);
 * - NUMBERED: a part's number first or last (sms-parts.ts's BEFORE_RE, AFTER_RE), any number.
 * Each is a necessary condition of what the mend reads, never sufficient: the mend still asks its own.
 */
export const CARET = 1;
export const NUMBERED = 2;

/** White space as `\s` and `trim` take it. */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f));
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** `(` `[` `（` `【`, and their closing `)` `]` `）` `】`. */
const opens = (c: number): boolean => c === 0x28 || c === 0x5b || c === 0xff08 || c === 0x3010;
const closes = (c: number): boolean => c === 0x29 || c === 0x5d || c === 0xff09 || c === 0x3011;
/** `▍▌▎▏▋█|｜_`: the glyphs of CARET_RE. */
export const isCaretGlyph = (c: number): boolean => (c >= 0x2588 && c <= 0x258f && c !== 0x2589 && c !== 0x258a) || c === 0x7c || c === 0xff5c || c === 0x5f;

/** CARET and NUMBERED, as the text may be. */
export function textMarks(data: string): number {
  const n = data.length;
  let i = 0;
  let c = 0;
  while (i < n && isSpace((c = data.charCodeAt(i)))) i++;
  if (i === n) return 0;
  let j = n - 1;
  let e = data.charCodeAt(j);
  while (isSpace(e)) e = data.charCodeAt(--j);
  let marks = i === j && isCaretGlyph(c) ? CARET : 0;
  if (numberedFrom(data, i, c) || numberedUpTo(data, j, e)) marks |= NUMBERED;
  return marks;
}

/** `(1/`, `【 12 /`, `3/` from `i` (its character `c`): a part's number before its text. */
function numberedFrom(data: string, i: number, c: number): boolean {
  const n = data.length;
  let k = i;
  const bracketed = opens(c);
  if (bracketed) for (k++; k < n && isSpace(data.charCodeAt(k)); ) k++;
  const digits = k;
  while (k < n && isDigit(data.charCodeAt(k))) k++;
  if (k === digits) return false;
  if (bracketed) while (k < n && isSpace(data.charCodeAt(k))) k++;
  return k < n && data.charCodeAt(k) === 0x2f;
}

/** `/3)`, `/ 12 】` up to `j` (its character `e`): a part's number after its text. */
function numberedUpTo(data: string, j: number, e: number): boolean {
  if (!closes(e)) return false;
  let k = j - 1;
  while (k >= 0 && isSpace(data.charCodeAt(k))) k--;
  const digits = k;
  while (k >= 0 && isDigit(data.charCodeAt(k))) k--;
  if (k === digits) return false;
  while (k >= 0 && isSpace(data.charCodeAt(k))) k--;
  return k >= 0 && data.charCodeAt(k) === 0x2f;
}
