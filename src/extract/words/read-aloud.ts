/**
 * A read-aloud control (an elderly mode's or an accessible page's): `🔊 朗读`, `▶ 听`, `听一听`,
 * `全文朗读`, `朗读本段` after a paragraph, over the answer or beside an item. A button of the page,
 * none of the text it reads.
 */
// In either script, `本文` after it too (`收聽本文`, a Hong Kong site's player label).
const READ_ALOUD_RE = /^(?:[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*)?(?:点击|點擊)?(?:全文)?(?:朗读|朗讀|听一听|聽一聽|听|聽|收听|收聽|语音播报|語音播報)(?:本段|全文|本文|此段|这段|這段)?$/u;

export const isReadAloud = (text: string) => text.length <= 12 && READ_ALOUD_RE.test(text.trim());

/** A read-aloud control at the end of a line of meta (`2021-05-31 听一听`, `2021-03-18▶ 听`). */
const READ_ALOUD_TAIL_RE = /\s*(?:(?:[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*)?(?:点击)?(?:全文)?(?:朗读|听一听|收听|语音播报)(?:本段|全文|此段|这段)?|[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*听)$/u;

/** The last characters READ_ALOUD_TAIL_RE's match may end in: a line ending otherwise is passed over (the expression tries every place in the line). */
const TAIL_ENDS = new Set([...'读听报段文']);

/** The line without a read-aloud control at its end. */
export const withoutReadAloudTail = (text: string) => (TAIL_ENDS.has(text.charAt(text.length - 1)) ? text.replace(READ_ALOUD_TAIL_RE, '') : text);

/**
 * A text-to-speech bar over an article (`听全文 00:00 / 02:07 1.0x`, `AI朗读 00:00 / 03:12 倍速 本文由AI朗读`,
 * `🔊 语音播报 00:00/01:35`): the site reading its own page aloud, a player's controls with its
 * position, length and speed; none of the answer and no format of it (the answer is text, read out by
 * a machine). Its button's word must lead, and all that follows must be the player's.
 */
const READ_ALOUD_BAR_RE =
  /^(?:[🔊🔉🔈🎧▶►▷⏵]\uFE0F?\s*)?(?:点击)?(?:AI|智能|机器|语音|真人)?(?:听全文|朗读全文|全文朗读|听文章|收听本文|朗读|播报)(?:\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|[/|｜]|[xX×]\s*\d(?:\.\d+)?|\d(?:\.\d+)?\s*(?:[xX×]|倍速?)|倍速|语速|[⏸⏯⏹⏵▶]\uFE0F?|(?:本文|本页|以上内容)?由\s*AI\s*(?:合成|朗读|生成|配音)(?:语音)?|AI\s*(?:合成|生成)的?(?:语音|声音|音频)|[，,]?\s*仅供参考))+$/u;

export const isReadAloudBar = (text: string) => text.length <= 60 && READ_ALOUD_BAR_RE.test(text.trim());
