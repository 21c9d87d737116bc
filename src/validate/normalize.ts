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
