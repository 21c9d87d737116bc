/**
 * `text.normalize('NFKC').replace(/\s+/g, '')`: the form in which the genre rules compare a line
 * with a question (related-list.ts, qa-lines.ts). Asked about a hundred times a page, mostly of a
 * few characters, each of which NFKC keeps or maps alone: ASCII, CJK ideographs and punctuation,
 * curly quotes, full-width forms (to ASCII) and spaces. Such text is read here; any other goes to
 * ICU's normalizer, which costs several times more per call.
 */
export function compactNfkc(text: string): string {
  let same = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (kept(c)) continue;
    if (!dropped(c) && !fullWidth(c)) return text.normalize('NFKC').replace(/\s+/g, '');
    same = false;
  }
  if (same) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (kept(c)) out += text[i];
    else if (fullWidth(c)) out += String.fromCharCode(c - 0xfee0);
  }
  return out;
}

/** Characters NFKC leaves as they are, and that join no neighbour (none is a combining mark): printable ASCII, CJK ideographs, CJK punctuation (、。《》【】…), ‘ ’ “ ”. */
const kept = (c: number) => (c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3029) || (c >= 0x2018 && c <= 0x201d);
/** Whitespace that NFKC keeps as whitespace (the ideographic space becomes a space): dropped. */
const dropped = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000;
/** Full-width ASCII (！ to ～), which NFKC maps to ASCII. */
const fullWidth = (c: number) => c >= 0xff01 && c <= 0xff5e;
