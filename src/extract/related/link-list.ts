import { asksQuestion } from '../../core/genre-vocabulary.js';
import type { EntryDraft } from '../../schema/records.js';

/**
 * A related list of links only: under its label, questions each printed as a link with at most its count of
 * answers (`54个回答`) or its day beside it, no snippet. Such an item is no entry (an entry needs an answer,
 * and the page shows none), but the list is read all the same: its links are the page's related questions
 * (the page entry's `related_urls`), in the list's order.
 */

/** The count of answers printed after the question, in the link with it (`有哪些3个回答`, its own span run into the question's). */
const ANSWER_COUNT_RE = /\s*\d+\s*(?:个|条)?\s*(?:回答|答案|回复|解答)$/u;
/** The item's whole day printed after the question in the link with it (`痔疮的症状有哪些 2021-09-05`, its own span). */
const ITEM_DAY_RE = /\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/u;

/** Fewer than two links under a label are no list of them (a 更多 link, one stray title). */
const MIN_LINKS = 2;

/**
 * The links of items read under a related list's label where every item is a bare linked question (at least `min` of them):
 * none shows a snippet, each has an address, and each is worded as a question (a list of article
 * titles or products under such a label is not one of related questions). Null where they are not.
 */
export function linkOnlyUrls(items: readonly EntryDraft[], min = MIN_LINKS): string[] | null {
  if (items.length < min || items.length === 0) return null;
  if (!items.every((i) => i.answerParagraphs.length === 0 && i.url !== null && asksQuestion(i.question.replace(ITEM_DAY_RE, '').replace(ANSWER_COUNT_RE, '')))) return null;
  const urls = items.map((i) => i.url!);
  linkQuestions.set(urls, items.map((i) => i.question));
  return urls;
}
/** The questions the links of a list read so (linkOnlyUrls) print, in the same order: kept beside the links, which are addresses alone. */
const linkQuestions = new WeakMap<readonly string[], readonly string[]>();
/**
 * The links without those whose question is `own` (`same` tells): a card of the page's own question among its list (a share page's
 * `大家还在问` linking to the page itself) is the page, no related question of it, as an item of its own question is none. Links
 * whose questions were not kept are returned as they are.
 */
export function withoutOwnQuestionLinks(urls: string[], same: (question: string) => boolean): string[] {
  const questions = linkQuestions.get(urls);
  if (!questions || !questions.some(same)) return urls;
  return urls.filter((_, i) => !same(questions[i]!));
}
