/**
 * A paid Q&A's asker line (微博问答's `@小鹿乱撞 ¥100 提问`, 在行一点's `清风徐来¥50 向TA提问`): who asked and
 * what they paid to ask, printed right over the question. Neither the question nor the answer; where no
 * heading holds the question, the line under it is the question (unheaded-question.ts).
 */
const PAID_ASKER_RE = /^@?[^\s¥￥@]{1,20}\s*[¥￥]\s*\d{1,5}(?:\.\d{1,2})?\s*元?\s*(?:向(?:TA|他|她|医生|专家)\s*)?(?:提问|付费提问|提出了?问题)$/u;

export const isPaidAskerLine = (text: string): boolean => text.length <= 40 && PAID_ASKER_RE.test(text.trim());
