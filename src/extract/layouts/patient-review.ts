/**
 * A patient's review of a doctor (a booking site's 看病经验, 就医分享, a thanks letter): the patient's
 * facts and ratings (所患疾病, 看病目的, 疗效：满意, 态度：一般) head it, then their story, in which what
 * the doctor told them is reported in the patient's words. It holds no doctor's answer to a question:
 * no page entry, and the other reviews listed beside it are no related Q&A. A Q&A page may list
 * patients' ratings too, but under the answer (in a list of reviews), never above the page's first sentence.
 */
import { PROSE_RE } from '../words/genre.js';
import { inListItem, type Block } from '../lines/html-lines.js';

/** What a review rates (the treatment's effect, the doctor's manner) and the verdicts it gives. */
const RATING_RE =
  /(?:^|\s)((?:患者)?(?:主观)?疗效|(?:服务)?态度|满意度|总体评价)\s*[:：]\s*(?:非常满意|很满意|比较满意|较满意|满意|一般|不满意|很不满意|非常不满意|好|很好|非常好|较好|差|较差)(?=\s|$)/gu;
/** A line at least this long with a sentence's punctuation is the page's own text: the ratings must stand above it. */
const SENTENCE_CHARS = 12;

/** Why the page is a patient's review and holds no Q&A (two kinds of rating above its first sentence), or null. */
export function patientReview(blocks: readonly Block[]): string | null {
  const rated = new Set<string>();
  for (const b of blocks) {
    if (b.chars >= SENTENCE_CHARS && PROSE_RE.test(b.text) && b.linkChars * 2 < b.chars) break;
    if (b.chars > 60 || !/[疗态满评]/u.test(b.text) || inListItem(b.node)) continue;
    for (const m of b.text.matchAll(RATING_RE)) rated.add(m[1]!.replace(/^(?:患者)?(?:主观)?|^服务/u, ''));
  }
  return rated.size >= 2 ? "a patient's review of a doctor (its ratings of the treatment and the doctor head it): no doctor's answer" : null;
}
