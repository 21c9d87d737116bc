/**
 * What a paid platform tags a lesson, an episode or an answer with: how it may be opened (`试读`, `VIP`, `付费`, a paid
 * answer made free for a while: `限时免费`, 微博问答's `免费围观`). A badge, none of a question's text or an answer's.
 */
const ACCESS_TAG_RE = /^(?:试读|试听|试看|免费|限免|限时免费|免费围观|限时免费围观|付费|VIP|会员|会员专享|已购)$/u;

export const isAccessTag = (text: string): boolean => text.length <= 8 && ACCESS_TAG_RE.test(text.trim());
