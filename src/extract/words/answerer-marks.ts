/**
 * How a page marks which of several doctors answered: a badge in their card (`本题解答`, `回答者`, `✓ 已回答`), alone on its
 * line, or the answer's head naming them (`王清玉医生的回答`, `王清玉 医生解答`, `王清玉医生回答了该问题`).
 */
const ANSWERER_BADGE_RE = /^[✓✔√☑]?\s*(?:本题解答|本题回答|回答者|解答者|答主|已回答|已解答|最佳回答|本题作者)$/u;
const NAMED_HEAD_RE = /^(\p{Script=Han}{2,4})\s*(?:医生|大夫|医师)\s*(?:的)?\s*(?:回答|解答|回复)(?:了(?:该|这个|此)?问题)?\s*[:：]?$/u;

/**
 * A community's byline over an answer (`回答者：doc779 ( 專家 )`, `回答者：熱心的醫師`): who answers, by nickname, with their
 * rank in brackets; the answer's head, none of its text (another's under the next answer ends it, as a card does).
 */
const ANSWERER_BYLINE_RE = /^(?:回答者|解答者|答题者|回答人|回复者|回覆者)\s*[:：]\s*[^\s。！？，,:：]{1,16}(?:\s*[（(][^（()）]{1,12}[)）])?$/u;
export const isAnswererByline = (text: string): boolean => text.length <= 40 && ANSWERER_BYLINE_RE.test(text.trim());
export const isAnswererBadge = (text: string): boolean => ANSWERER_BADGE_RE.test(text.trim());
/** The name the answer's head gives (`王清玉医生回答了该问题` → 王清玉), or null. */
export const namedAnswerer = (text: string): string | null => (text.length <= 20 ? (text.trim().match(NAMED_HEAD_RE)?.[1] ?? null) : null);

/**
 * The mark of the accepted answer, alone on its badge or as a picture's alt (accepted-answer.ts): the answer's mark, none of its card.
 * A badge may lead with its icon as a glyph (`★ 最佳答案`, `✔ 已采纳`): the same mark.
 */
const ACCEPTED_RE = /^[★☆⭐✓✔√☑🏆👍]?\s*(?:最佳答案|最佳回答|最佳回复|提问者采纳|提问人采纳|楼主采纳|已采纳|已被采纳|被采纳|采纳答案|满意答案|满意回答|特邀(?:专家|医生)?(?:解答|回复|回答))$/u;
export const isAcceptedWords = (text: string): boolean => ACCEPTED_RE.test(text.trim());

/**
 * The mark of the answer a site invited (`特邀专家`, `特约医生` on the answer's tag): among answers listed alike, the one the page
 * asked for, the others' a second opinion or members' (accepted-answer.ts). Alone the same words head a guest's card (card-words.ts),
 * so it marks an answer only where answers are listed alike.
 */
const INVITED_RE = /^(?:特邀|特约|特聘)(?:专家|医生|医师|名医)$/u;
export const isInvitedWords = (text: string): boolean => INVITED_RE.test(text.trim());
