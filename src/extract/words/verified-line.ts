/**
 * A platform's verification of an account (`微博认证：…`, `认证信息：…`, a forum's `实名认证：…`, `bilibili UP主认证：…`): what it
 * certifies the doctor is (`hospital department title`). Its own module: the card reader and the
 * account-post and forum readers all read it, and the latter two stand on the card reader.
 */
const VERIFIED_RE = /^(?:[A-Za-z\d]{1,12}\s*)?(?:微博|官方|平台|身份|职业|实名|UP主|作者|创作者|博主|答主)?认证(?:信息|资料)?\s*[:：]\s*(.{4,60})$/u;

/** What a platform's labelled verification line (`认证：hospital department title`) certifies, or null where the line is none. */
// Every such line holds 认证: the rest (most of a card's parts, read on every card) are passed over before the trim and the pattern.
export const verifiedLine = (text: string): string | null => (text.includes('认证') ? (text.trim().match(VERIFIED_RE)?.[1] ?? null) : null);
