/**
 * An answer signed at its foot with the answering doctor's name alone, in brackets or after a dash (`（郝涛）`,
 * `——郝涛`, `—— 郝涛医生`), as an old site's expert column prints it: the signature names who answered, none of the
 * answer's text. Only the name the card gives is taken so: a bracketed line naming anyone else is left as read.
 */
const SIGNATURE_RE = /^(?:[（(]\s*(\S{2,8}?)\s*[）)]|(?:——|--|—|－－)\s*(\S{2,8}?))$/u;
const DOCTOR_WORD_RE = /(?:医生|大夫|医师|教授|主任)$/u;

/** Whether a line is the doctor `name`'s signature (`（郝涛）`, `——郝涛医生`). */
export function signsAs(line: string, name: string | null): boolean {
  if (name === null) return false;
  const m = line.trim().match(SIGNATURE_RE);
  const signed = m ? (m[1] ?? m[2])! : null;
  return signed !== null && (signed === name || signed.replace(DOCTOR_WORD_RE, '') === name);
}

/** The answer's paragraphs without the doctor's signature closing them. */
export function withoutNameSignature(paragraphs: readonly string[], name: string | null): string[] {
  return paragraphs.length > 1 && signsAs(paragraphs[paragraphs.length - 1]!, name) ? paragraphs.slice(0, -1) : [...paragraphs];
}
