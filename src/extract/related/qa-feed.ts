import type { Line } from '../lines/html-lines.js';

/**
 * A site's feed of questions (热门问答, 最新问题, 本周热门咨询): the same box on every page of the site, so as a
 * rule none of its items is related to the page's question. Where it is the page's only list of answered
 * questions, in the page's own folder, and prints each item as the page prints its own Q&A, a `问：` question
 * over its `答：` answer, it is the box of questions like this one that the site names so: the related list.
 */
const QUESTION_FEED_LABEL_RE = /^(?:近期|最新|热门|最热|热点|精选|往期|今日|本周|本月)(?:问答|问题|咨询|提问)$/u;
export const isQuestionFeedLabel = (label: string) => QUESTION_FEED_LABEL_RE.test(label);

const ASKED_RE = /^\s*问\s*[:：]/u;
const ANSWERED_RE = /^\s*答\s*[:：]/u;

/** Whether a list of `items` items prints each as a 问：/答： pair, the question line over the answer's. */
export function printsQaPairs(lines: readonly Line[], items: number): boolean {
  let asked = 0;
  let answered = 0;
  for (const l of lines) {
    if (ASKED_RE.test(l.text)) asked++;
    else if (ANSWERED_RE.test(l.text)) answered++;
  }
  return items > 0 && asked === items && answered === items;
}
