import { readMetaLine } from '../dates/page-meta.js';
import { isAskedFollowUp } from './follow-up.js';

/**
 * A follow-up round printed inside the answer's box with no stamp of the answer's above it (an old 问答 template's
 * `<div class="zhuiwen">`, the answer's `回答时间：` below the round): the asker's line under a follow-up head
 * (`追问：平时饮食要注意什么？`), right under it the doctor's reply under a reply label (`回答：…`, `专家回复：…`, a psychologist's `咨询师回复：…`), then
 * perhaps the round's own stamp. Labelled on both sides, it is a round of its own: the reply answers another question,
 * and the round's day dates nothing; the answer's stamp after it (labelled as the answer's) still dates the answer.
 * One side alone is left to the reader's doubts.
 */
const REPLY_LABEL_RE = /^(?:(?:医生|专家|大夫|医师|咨询师)?(?:回答|回复|答复|追答)|(?:医生|专家|大夫|医师)?答)\s*[:：]/u;

/** Whether line `i` sits right under an asked follow-up (`患者追问：…？` over `答：…`): a round's reply, which opens none of the answer. */
export const repliesFollowUp = (lines: readonly { text: string }[], i: number): boolean => i > 0 && isAskedFollowUp(lines[i - 1]!.text);

/**
 * The lines among `from`..`to` of such rounds: the follow-up, the reply and its further text lines (`isText`), and the
 * meta line right after them (`isMeta`) where it is a stamp not labelled as the answer's (`回答时间：`). `badged`: a line
 * whose 答 badge was read off its text (qa-badge.ts), labelled as a reply all the same. `answerDated`: the answer's own stamp
 * labelled as the answer's stands above its text (`回复时间：…` over it): a stamp right after the round so labelled too is the round's.
 */
export function labelledFollowUpRounds(lines: readonly { text: string }[], from: number, to: number, isText: (i: number) => boolean, isMeta: (i: number) => boolean, badged: (i: number) => boolean, answerDated = false): number[] {
  const round: number[] = [];
  for (let i = from + 1; i + 1 < to; i++) {
    if (!isAskedFollowUp(lines[i]!.text) || !(REPLY_LABEL_RE.test(lines[i + 1]!.text.trim()) || badged(i + 1))) continue;
    round.push(i, i + 1);
    let j = i + 2;
    for (; j < to && isText(j) && !isAskedFollowUp(lines[j]!.text); j++) round.push(j);
    const stamp = j < to && isMeta(j) ? readMetaLine(lines[j]!.text).dates : [];
    if (stamp.length > 0 && (answerDated || stamp.every((d) => d.kind !== 'answered'))) round.push(j);
    i = j - 1;
  }
  return round;
}
