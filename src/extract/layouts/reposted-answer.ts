import { PROSE_RE } from '../words/genre.js';
import { isMemberByline } from './member-answer.js';
import { readMetaLine } from '../dates/page-meta.js';

/**
 * A Q&A community's member who answers by pasting a doctor's answer (a 百度知道-kind 最佳答案 copied from a portal):
 * under the member's byline, maybe an opener saying whose answer follows, the doctor's paragraphs, then the
 * attribution that credits them (`——摘自好大夫在线，name title hospital`, `来源：39问医生 name（title，hospital）`,
 * the card then `（来自百度健康）`). The byline is the re-poster's and ends nothing; the text is the doctor's answer,
 * the opener none of it; what stands between the question and the byline is the asker's.
 */

/** Words crediting where a text was taken from (`来源`, `来自`, `摘自`, `转载自`, `转自`, `出自`, `选自`). */
const SOURCE_WORD_RE = /来源|来自|摘自|转载自|转自|出自|选自/u;
/**
 * A re-poster's opener over what they paste: a short line ending in a colon that speaks of a doctor's answer
 * (`以下是…医生的回答，供参考：`, `医生是这样说的：`, `帮你找了一个专业医生的回答：`, `王明医生的解答如下：`).
 */
const OPENER_RE = /(?:医生|大夫|专家|医师)(?:的)?(?:回答|解答|答复|回复)|(?:医生|大夫|专家|医师)(?:是)?(?:这样|这么|如此)(?:说|回答|讲|解释)/u;
const MAX_OPENER_CHARS = 40;
export const isRepostOpener = (text: string) => {
  const t = text.trim();
  return t.length <= MAX_OPENER_CHARS && /[:：]$/u.test(t) && OPENER_RE.test(t);
};

export interface Repost {
  /** The re-poster's byline. */
  byline: number;
  /** The opener under it, where there is one. */
  opener: number | null;
  /** The re-post's own days after the credit (`回答于 day · 赞`): the member's, none of the answer's. */
  stamps: number[];
}

/** A day labelled as the source answer's (`原回答时间`, `医生回答时间`, `原文发布时间`, `首发于…`): the answer's, kept. */
const SOURCE_DAY_RE = /原(?:回答|文|帖|始)|(?:医生|专家|大夫|医师)(?:回答|解答|回复)|首发|来源|来自/u;

/**
 * The re-post between lines `from` and `to`, where a member's byline stands over text that the first card after it
 * credits to a source (the card's line or the line after it names where it was taken from), and no sentence follows
 * the card (a doctor's card over their own answer is followed by it). `isCard` and `isText` say what each line is.
 */
export function repostedAnswer(lines: readonly { text: string }[], from: number, to: number, isCard: (i: number) => boolean, isText: (i: number) => boolean): Repost | null {
  for (let byline = from; byline < to; byline++) {
    if (!isMemberByline(lines[byline]!.text)) continue;
    const card = lines.findIndex((_, i) => i > byline && i < to && isCard(i));
    if (card === -1) return null;
    const between = lines.slice(byline + 1, card);
    if (!between.every((_, k) => isText(byline + 1 + k)) || !between.some((l) => PROSE_RE.test(l.text))) continue;
    const credited = [card, card + 1].some((i) => i < to && SOURCE_WORD_RE.test(lines[i]!.text) && lines[i]!.text.length <= 80);
    if (!credited) return null;
    for (let i = card + 1; i < to && !isMemberByline(lines[i]!.text); i++) if (isText(i) && lines[i]!.text.length > 40 && PROSE_RE.test(lines[i]!.text)) return null;
    const stamps: number[] = [];
    for (let i = card + 1; i < to && !isMemberByline(lines[i]!.text); i++) {
      const text = lines[i]!.text;
      if (text.length <= 60 && !SOURCE_DAY_RE.test(text) && readMetaLine(text).dates.length > 0) stamps.push(i);
    }
    return { byline, opener: isRepostOpener(lines[byline + 1]!.text) ? byline + 1 : null, stamps };
  }
  return null;
}
