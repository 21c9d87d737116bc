/**
 * A card lined up in a column prints a two-character value spaced out to be as wide as a
 * three-character one (`王　芳`, `儿　科`, `医　师`; U+3000, `&emsp;`, two `&nbsp;`s or one space): one value,
 * the space none of it. Two values a space parts are longer on one side at least (`王芳 主任医师`,
 * `王 主任医师`), so only a lone character beside a lone character, between separators, is joined.
 */
const PADDED_PAIR_RE = /(?<![^\s|｜·•/，,、;；:：])(\p{Script=Han})[\s\u00a0\u2002\u2003\u3000]+(\p{Script=Han})(?![^\s|｜·•/，,、;；:：])/gu;

/** The text with its padded two-character values closed up (`姓名：王　芳 | 儿 科` → `姓名：王芳 | 儿科`). */
export const withoutPadding = (text: string) => text.replace(PADDED_PAIR_RE, '$1$2');

/**
 * A two-character label spaced out to line up with the four-character ones under it (`职　　称：` beside `所在科室：`,
 * `姓　名：`): one word, closed up; its colon tells it from two values, what follows it is left as printed.
 */
const PADDED_LABEL_RE = /^(\p{Script=Han})[\s\u00a0\u2002\u2003\u3000]+(\p{Script=Han})(?=\s*[:：])/u;
export const withoutLabelPadding = (text: string) => text.replace(PADDED_LABEL_RE, '$1$2');
