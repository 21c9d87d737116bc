/**
 * A question's place in a numbered list before it: a book's (`121．`, `121. `, `问题121：`,
 * `第121问`), an FAQ's (`3、`). The list's, none of the question. Only where the number is set
 * off as a list number is: a full-width dot, a dot and a space, an enumeration comma, or the
 * 问题N： / 第N问 forms; a number that runs on into the words is part of them (`1.5岁宝宝…`,
 * `3岁…`, `2型糖尿病…`).
 */
const SEQUENCE_NUMBER_RE = /^\s*(?:\d{1,4}\s*[．、]|\d{1,4}\.\s|问题\s*\d{1,4}\s*[:：]|第\s*\d{1,4}\s*问\s*[:：．、]?)\s*(?=\S)/u;

/** The least a question left after its number must hold to be one (`121．头晕`, not `3、`). */
const MIN_QUESTION_CHARS = 4;

/** The question without a list number before it; as it is where none stands there, or nothing of a question would be left. */
export function withoutSequenceNumber(question: string): string {
  const m = question.match(SEQUENCE_NUMBER_RE);
  if (!m) return question;
  const rest = question.slice(m[0].length).trim();
  return [...rest].length >= MIN_QUESTION_CHARS ? rest : question;
}
