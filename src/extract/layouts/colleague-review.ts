import { parseCardParts } from '../card/card-parts.js';

/**
 * A doctors' site lets a colleague review an answer under it (医脉通's 点评): `{name} {title} 点评：` and the colleague's
 * words and day (`钱慧刚 主治医师 点评：回答很全面，建议按时随访。2020-02-18`). The review is someone else's: none of the
 * answer, and its day dates nothing. The byline must name a doctor with a title (or a calling: `王芳医生点评：`), so that
 * the answer's own words (`专家点评：`, a line that reviews a treatment) are left as they were.
 */
const REVIEW_LABEL_RE = /^(.{2,24}?)\s*(?:医生|大夫)?\s*(?:点评|评论|补充点评)\s*[:：]/u;
const CALLED_RE = /^(\p{Script=Han}{2,4})\s*(?:医生|大夫)\s*(?:点评|评论|补充点评)/u;

/**
 * Whether a line opens a colleague's review of the answer; `labelOnly`: the line is the byline and label alone, the words under it;
 * `calledOnly`: the byline is a name run into its calling (`王芳医生点评：`) with no title, which the doctor's own heading can be too.
 */
export function colleagueReview(text: string): { labelOnly: boolean; calledOnly: boolean } | null {
  const line = text.trim();
  const m = line.match(REVIEW_LABEL_RE);
  if (!m) return null;
  const byline = parseCardParts(m[1]!.split(/\s+/u));
  const titled = Boolean(byline.name && byline.title);
  if (!titled && !CALLED_RE.test(line)) return null;
  return { labelOnly: line.slice(m[0].length).trim() === '', calledOnly: !titled };
}

/**
 * The lines among `from`..`to` of colleagues' reviews (`lines`): each byline's line, and under a byline alone the text lines that
 * follow (`isText`). A review stands under the answer, past its stamp or its bar: a byline of a calling alone right under a line of
 * the answer's text (`王芳医生点评：` between two paragraphs) may as well be the doctor's own heading, so it is no review there, and
 * is returned among `unsure` for the reader to doubt.
 */
export function colleagueReviewLines(lines: readonly { text: string }[], from: number, to: number, isText: (i: number) => boolean): { lines: number[]; unsure: number[] } {
  const found: number[] = [];
  const unsure: number[] = [];
  for (let i = from + 1; i < to; i++) {
    if (!isText(i)) continue;
    const review = colleagueReview(lines[i]!.text);
    if (!review) continue;
    if (review.calledOnly && isText(i - 1)) {
      unsure.push(i);
      continue;
    }
    found.push(i);
    if (review.labelOnly) for (let j = i + 1; j < to && isText(j) && !colleagueReview(lines[j]!.text); j++) found.push((i = j));
  }
  return { lines: found, unsure };
}
