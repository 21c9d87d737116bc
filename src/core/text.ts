import { hash } from 'node:crypto';

/**
 * Text as comparison sees it, in three levels; each folds more than the one before, and each
 * comparison key is defined here once. None of it is ever published (that is `tidy`, below).
 *
 * 1. Ids and exact duplicates (`comparable`): NFKC (full-width letters, digits and ，：；！？ to
 *    ASCII) and no whitespace, since Chinese text carries no meaning in spaces and copies differ
 *    in them. Punctuation stays: two answers that differ in a 。 are two texts with two ids.
 *    `entryId` hashes this level, so it must never fold more.
 * 2. Width-folded (`foldWidth`): NFKC, then the CJK punctuation NFKC leaves alone (。、“”「」【】《》…)
 *    folded to ASCII, whitespace runs to one space, lower case. A readable intermediate form.
 * 3. Content (`contentCore`): the width-folded text without whitespace or punctuation, so a copy
 *    that switched ，/, or lost its final 。 has the same content. Everything that asks "is this
 *    the same text, or part of it" compares this level: snippet placement (`placeIn` in
 *    flags/truncation.ts, after page furniture is stripped), the near-duplicate shingles, the
 *    question groups of the dedupe stages and the published store, doctor names (`doctorKey`)
 *    and question similarity (`questionCore`: the content without the genre's template words).
 */

/** Whitespace of every kind (\s covers the no-break space and the ideographic space 　). */
const WHITESPACE = /\s+/gu;

const nfkc = (text: string): string => text.normalize('NFKC');

/** Level 1, for ids and exact duplicates: NFKC, whitespace dropped, punctuation kept. */
export function comparable(text: string): string {
  return nfkc(text).replace(WHITESPACE, '');
}

/** A stable id from content: the same question, answer and doctor give the same id in every run. */
export function entryId(question: string, answer: string, doctorName: string | null): string {
  return hash('sha256', `${comparable(question)}\u0000${comparable(answer)}\u0000${comparable(doctorName ?? '')}`, 'hex').slice(0, 16);
}

/** CJK punctuation that NFKC leaves as it is, and its ASCII counterpart. */
const CJK_PUNCTUATION_FOLD: Record<string, string> = {
  '。': '.', '、': ',', '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '【': '[', '】': ']', '《': '<', '》': '>', '〈': '<', '〉': '>', '—': '-', '～': '~', '·': '.', '…': '...',
};
const CJK_PUNCTUATION = new RegExp(`[${Object.keys(CJK_PUNCTUATION_FOLD).join('')}]`, 'gu');

/** Level 2: NFKC, CJK punctuation folded to ASCII, whitespace runs folded to one space, lower case. */
export function foldWidth(text: string): string {
  return nfkc(text)
    .replace(CJK_PUNCTUATION, (c) => CJK_PUNCTUATION_FOLD[c] ?? c)
    .replace(WHITESPACE, ' ')
    .trim()
    .toLowerCase();
}

/** The CJK brackets that level 2 folds to symbols (《 to <): every other mark it folds is punctuation before and after. */
const CJK_ANGLE_OPEN = /[《〈]/gu;
const CJK_ANGLE_CLOSE = /[》〉]/gu;
const SPACE_OR_PUNCTUATION_CHAR = /^[\s\p{P}]$/u;

/**
 * Which BMP characters `[\s\p{P}]` matches, read off the pattern itself once per thread (some 20 ms):
 * a lookup per character instead of the pattern's, which tests its hundreds of ranges on every
 * Han character (a fifth of contentCore's time went to this removal). Surrogates stay 0: a lone one
 * is no match, a pair is tested as the code point it makes.
 */
let spaceOrPunctuation: Uint8Array | undefined;
function spaceOrPunctuationTable(): Uint8Array {
  if (spaceOrPunctuation) return spaceOrPunctuation;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && SPACE_OR_PUNCTUATION_CHAR.test(String.fromCharCode(c))) table[c] = 1;
  return (spaceOrPunctuation = table);
}

/** `text.replace(/[\s\p{P}]+/gu, '')`, the same string, by the table above: the text between the characters dropped, sliced. */
function withoutSpaceOrPunctuation(text: string): string {
  const table = spaceOrPunctuationTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let width = 1;
    let drop = table[c] === 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 2;
        drop = SPACE_OR_PUNCTUATION_CHAR.test(text.slice(i, i + 2));
      }
    }
    if (drop) {
      if (i > from) out += text.slice(from, i);
      from = i + width;
    }
    i += width;
  }
  if (from === 0) return text;
  return from < text.length ? out + text.slice(from) : out;
}

/**
 * Level 3, the content: width-folded, without whitespace or punctuation (Unicode P: also % and #); letters, digits and symbols such as ℃ (°c after NFKC) and + stay.
 * The same string as `foldWidth(text)` without its whitespace and punctuation, in fewer passes: the
 * steps of foldWidth that this removal undoes are left out (whitespace runs to a space, the trim,
 * and the CJK marks folded to ASCII punctuation, a callback per mark), and only 《〈》〉, which fold
 * to the symbols < and >, are folded. NFKC has made ～ a ~ and … a ... already.
 */
export function contentCore(text: string): string {
  const folded = nfkc(text);
  // A capital sigma lowercases by what follows it (σ, or ς ending a word), and a mark folded to ASCII
  // (。 to .) may change that: such a text takes every step of foldWidth.
  if (folded.includes('Σ')) return withoutSpaceOrPunctuation(foldWidth(text));
  return withoutSpaceOrPunctuation(folded.replace(CJK_ANGLE_OPEN, '<').replace(CJK_ANGLE_CLOSE, '>').toLowerCase());
}

/** A doctor's name as compared (level 3): null when unknown. */
export function doctorKey(name: string | null | undefined): string | null {
  const key = name ? contentCore(name) : '';
  return key ? key : null;
}

/**
 * Template words of the genre's questions. Two questions that differ only in these ask the
 * same thing (后背抽筋的疼怎么回事 / 后背抽筋疼是怎么回事); two that share only these do not
 * (头疼怎么回事 / 腰疼怎么回事).
 */
const QUESTION_TEMPLATE =
  /是怎么回事|怎么回事|怎么办|怎么治疗?|如何治疗|怎样治疗|是什么原因引起的?|什么原因引起的?|是什么原因|什么原因|为什么|有哪些|是什么|会不会|能不能|可不可以|严重吗|正常吗|好不好|要紧吗|[的了吗呢吧啊呀么是]/gu;

/** A question's key for similarity: its content (level 3) without the genre's template words. */
export function questionCore(question: string): string {
  const core = contentCore(question);
  const stripped = core.replace(QUESTION_TEMPLATE, '');
  return stripped.length >= 2 ? stripped : core;
}

/** How alike two questions are: Jaccard similarity of the character bigrams of their cores (0..1). */
export function questionSimilarity(a: string, b: string): number {
  return gramSimilarity(questionGrams(a), questionGrams(b));
}

/**
 * The character bigrams of a question's core as numbers, each once, ascending: for a caller that
 * compares one question with many (the near-duplicate stage), made once, not once per pair. A
 * bigram is its two code points in one number (21 bits each), a core of one character that
 * character alone (negative, apart from every bigram).
 */
export function questionGrams(question: string): Float64Array {
  const chars = codePoints(questionCore(question));
  if (chars.length < 2) return Float64Array.from(chars, (c) => -1 - c.codePointAt(0)!);
  const grams = new Float64Array(chars.length - 1);
  for (let i = 0; i + 1 < chars.length; i++) grams[i] = chars[i]!.codePointAt(0)! * 0x200000 + chars[i + 1]!.codePointAt(0)!;
  grams.sort();
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (n === 0 || grams[n - 1] !== grams[i]) grams[n++] = grams[i]!;
  return grams.subarray(0, n);
}

/** Jaccard similarity of two questionGrams (the bigram sets' shared / all; two empty ones are alike). */
export function gramSimilarity(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Jaccard similarity of two sets (shared / all); two empty sets are alike (1). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Code points, so astral characters (𠮷, 😷) count as one. */
export const codePoints = (text: string): string[] => Array.from(text);

/** How many code points a text has (as `codePoints(text).length`), counted without an array of them. */
export function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point, as `[...text]` counts.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Control characters other than whitespace (NUL, ESC, DEL…): pages carry them by accident, they
 * mean nothing in text, and NUL in particular breaks tools that read the dataset as C strings.
 */
const CONTROL_CHARS_RE = /[\x00-\x08\x0e-\x1f\x7f]/g;

/**
 * Published text, not a comparison key: control characters dropped, trimmed, runs of whitespace
 * (line and paragraph separators too) folded to one space, the other characters left as the page
 * has them.
 */
export function tidy(text: string): string {
  return text.replace(CONTROL_CHARS_RE, '').replace(WHITESPACE, ' ').trim();
}
