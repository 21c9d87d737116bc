/**
 * A read-aloud control (an elderly mode's or an accessible page's): `🔊 朗读`, `▶ 听`, `听一听`,
 * `全文朗读`, `朗读本段` after a paragraph, over the answer or beside an item. A button of the page,
 * none of the text it reads.
 */
const READ_ALOUD_RE = /^(?:[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*)?(?:点击)?(?:全文)?(?:朗读|听一听|听|收听|语音播报)(?:本段|全文|此段|这段)?$/u;

export const isReadAloud = (text: string) => text.length <= 12 && READ_ALOUD_RE.test(text.trim());

/** A read-aloud control at the end of a line of meta (`2021-05-31 听一听`, `2021-03-18▶ 听`). */
const READ_ALOUD_TAIL_RE = /\s*(?:(?:[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*)?(?:点击)?(?:全文)?(?:朗读|听一听|收听|语音播报)(?:本段|全文|此段|这段)?|[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*听)$/u;

/** The last characters READ_ALOUD_TAIL_RE's match may end in: a line ending otherwise is passed over (the expression tries every place in the line). */
const TAIL_ENDS = new Set([...'读听报段文']);

/** The line without a read-aloud control at its end. */
export const withoutReadAloudTail = (text: string) => (TAIL_ENDS.has(text.charAt(text.length - 1)) ? text.replace(READ_ALOUD_TAIL_RE, '') : text);
