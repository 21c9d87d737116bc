/**
 * How a page marks which of several doctors answered: a badge in their card (`本题解答`, `回答者`, `✓ 已回答`), alone on its
 * line, or the answer's head naming them (`王清玉医生的回答`, `王清玉 医生解答`, `王清玉医生回答了该问题`).
 */
const ANSWERER_BADGE_RE = /^[✓✔√☑]?\s*(?:本题解答|本题回答|回答者|解答者|答主|已回答|已解答|最佳回答|本题作者)$/u;
const NAMED_HEAD_RE = /^(\p{Script=Han}{2,4})\s*(?:医生|大夫|医师)\s*(?:的)?\s*(?:回答|解答|回复)(?:了(?:该|这个|此)?问题)?\s*[:：]?$/u;

export const isAnswererBadge = (text: string): boolean => ANSWERER_BADGE_RE.test(text.trim());
/** The name the answer's head gives (`王清玉医生回答了该问题` → 王清玉), or null. */
export const namedAnswerer = (text: string): string | null => (text.length <= 20 ? (text.trim().match(NAMED_HEAD_RE)?.[1] ?? null) : null);
