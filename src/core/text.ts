import { createHash } from 'node:crypto';

/**
 * Text as the comparison sees it: NFKC folds full-width punctuation and letters into their
 * ASCII forms, and whitespace is dropped, since Chinese text carries no meaning in spaces
 * and copies differ in them. Used for keys and comparison only, never for published text.
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Control characters other than whitespace (NUL, ESC, DEL…): pages carry them by accident, they
 * mean nothing in text, and NUL in particular breaks tools that read the dataset as C strings.
 */
const CONTROL_CHARS_RE = /[\x00-\x08\x0e-\x1f\x7f]/g;

/**
 * Published text: control characters dropped, trimmed, runs of whitespace (line and paragraph
 * separators too) folded to one space, the other characters left as the page has them.
 */
export function tidy(text: string): string {
  return text.replace(CONTROL_CHARS_RE, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** A stable id from content: the same question, answer and doctor give the same id in every run. */
export function entryId(question: string, answer: string, doctorName: string | null): string {
  return createHash('sha256')
    .update(`${comparable(question)}\u0000${comparable(answer)}\u0000${comparable(doctorName ?? '')}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * Text as near-duplicate detection sees it. Copies of one answer differ in width (，/,),
 * whitespace, a dropped final 。 and quote styles; none of that is content. NFKC folds
 * full-width letters, digits and most punctuation; the CJK punctuation NFKC leaves alone
 * (。、“”「」【】《》…) is folded by hand; then punctuation and whitespace are dropped, so a
 * copy that switched or lost punctuation hashes the same. Used for keys only, never published.
 */
const CJK_PUNCTUATION_FOLD: Record<string, string> = {
  '。': '.', '、': ',', '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '【': '[', '】': ']', '《': '<', '》': '>', '〈': '<', '〉': '>', '—': '-', '～': '~', '·': '.', '…': '...',
};
const CJK_PUNCTUATION = new RegExp(`[${Object.keys(CJK_PUNCTUATION_FOLD).join('')}]`, 'gu');

/** NFKC, CJK punctuation folded to ASCII, whitespace runs folded to one space, lower case. */
export function foldWidth(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CJK_PUNCTUATION, (c) => CJK_PUNCTUATION_FOLD[c] ?? c)
    .replace(/[\s\u00a0\u3000]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The content of a text: width-folded, without whitespace or punctuation (Unicode P: also % and #); letters, digits and symbols such as ℃ (°c after NFKC) and + stay. */
export function contentCore(text: string): string {
  return foldWidth(text).replace(/[\s\p{P}]+/gu, '');
}

/** Code points, so astral characters (𠮷, 😷) count as one. */
export const codePoints = (text: string): string[] => Array.from(text);

/**
 * Template words of the genre's questions. Two questions that differ only in these ask the
 * same thing (后背抽筋的疼怎么回事 / 后背抽筋疼是怎么回事); two that share only these do not
 * (头疼怎么回事 / 腰疼怎么回事).
 */
const QUESTION_TEMPLATE =
  /是怎么回事|怎么回事|怎么办|怎么治疗?|如何治疗|怎样治疗|是什么原因引起的?|什么原因引起的?|是什么原因|什么原因|为什么|有哪些|是什么|会不会|能不能|可不可以|严重吗|正常吗|好不好|要紧吗|[的了吗呢吧啊呀么是]/gu;

/** A question's key for comparison: its content core without the genre's template words. */
export function questionCore(question: string): string {
  const core = contentCore(question);
  const stripped = core.replace(QUESTION_TEMPLATE, '');
  return stripped.length >= 2 ? stripped : core;
}

/** How alike two questions are: Jaccard similarity of the character bigrams of their cores (0..1). */
export function questionSimilarity(a: string, b: string): number {
  const x = bigrams(questionCore(a));
  const y = bigrams(questionCore(b));
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

function bigrams(core: string): Set<string> {
  const chars = codePoints(core);
  if (chars.length < 2) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** A doctor's name as compared: null when unknown. */
export function doctorKey(name: string | null | undefined): string | null {
  const key = name ? contentCore(name) : '';
  return key ? key : null;
}
