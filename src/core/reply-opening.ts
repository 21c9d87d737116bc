/**
 * How a doctor's reply may open, in the doctor's own words (an internet hospital's reply template):
 * introducing its writer to the asker (`您好，我是江州市人民医院儿科的王芳医生，很高兴为您解答。`) and
 * quoting the question back (`关于您咨询的“…”这个问题`, `根据您的描述（…）`). They name the doctor and
 * the hospital as a card does and repeat the question as a title line does, yet are the answer's text:
 * the reader's doubts and the consistency checks look past them (and at the rest of the text).
 */

/** Words by which the writer introduces themselves (我是…, 我叫…, 本人是…). */
const SELF_INTRODUCTION_RE = /我是|我叫|本人是/u;
/** Where a sentence ends (after its 。！？). */
const SENTENCE_END_RE = /(?<=[。！？!?])/u;

/** The text without its sentences in which the writer introduces themselves. */
export function withoutSelfIntroduction(text: string): string {
  if (!SELF_INTRODUCTION_RE.test(text)) return text;
  return text
    .split(SENTENCE_END_RE)
    .filter((sentence) => !SELF_INTRODUCTION_RE.test(sentence))
    .join('');
}

/** A span in quotation marks or brackets (“…”, 「…」, 『…』, （…）). */
const QUOTED_RE = /“[^”]*”|「[^」]*」|『[^』]*』|（[^）]*）|\([^)]*\)/gu;
/** Words that address the asker: a text holding them speaks to the asker, as a title line never does. */
const ADDRESSED_RE = /[您你]/u;

/** A text addressed to the asker without what it quotes (the question quoted back); any other text as it is. */
export const withoutQuotedBack = (text: string) => (ADDRESSED_RE.test(text) ? text.replace(QUOTED_RE, '') : text);
