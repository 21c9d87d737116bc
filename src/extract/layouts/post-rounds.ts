import { asksQuestion } from '../../core/genre-vocabulary.js';

/**
 * A consultation printed as a thread of posts, each a speaker's line (`患者：`, `医生：`, the doctor's
 * name), its text, then its stamp closing it (an old consult page's boxes: `患者：` … `2011-12-29 07:41:30`,
 * `医生：` … `2011-12-30 08:00:52`). The stamp closing the asker's post is the day they wrote it, no
 * answer's. Where the doctor's first post answers (it asks nothing back) and the asker then asks again,
 * that post opens a follow-up round (追问, follow-up.ts): the answer is the doctor's first post, and the
 * round and the doctor's reply to it are none of it.
 */

type Side = 'asker' | 'doctor';

export interface PostRounds {
  /** The stamps closing the asker's posts. */
  askerStamps: number[];
  /** The speaker's line of the asker's post that opens the first follow-up round, or null. */
  round: number | null;
}

const NONE: PostRounds = { askerStamps: [], round: null };
/** A line asking back (`孩子多大了？`): a doctor's post holding one asks before it answers. */
const ASKS_BACK_RE = /[？?]\s*$/u;

/**
 * `speakers`: the speakers' lines by index; `stamp(i)`: line i is a dated meta line; `line(i)`: its text, or
 * null for a line of no post's text (a card, a label); `end`: where the thread ends at the latest.
 */
export function postRounds(speakers: ReadonlyMap<number, Side>, stamp: (i: number) => boolean, line: (i: number) => string | null, end: number): PostRounds {
  const turns = [...speakers].sort((a, b) => a[0] - b[0]);
  if (turns.length < 2 || !turns.some(([, who]) => who === 'doctor') || turns[0]![1] !== 'asker') return NONE;
  // Every post but the last closed by a stamp right before the next speaker's line; the last by its first stamp after its text.
  const closing: number[] = [];
  for (const [k, [at]] of turns.entries()) {
    const next = turns[k + 1]?.[0];
    if (next !== undefined) {
      if (next - 1 <= at || !stamp(next - 1)) return NONE;
      closing.push(next - 1);
      continue;
    }
    let j = at + 1;
    while (j < end && !stamp(j)) j++;
    closing.push(j < end && j > at + 1 ? j : -1);
  }
  const askerStamps = turns.flatMap(([, who], k) => (who === 'asker' && closing[k]! >= 0 ? [closing[k]!] : []));
  const textOf = (k: number) => {
    const lines: string[] = [];
    for (let i = turns[k]![0] + 1; i < (closing[k]! >= 0 ? closing[k]! : end); i++) {
      const text = line(i);
      if (text !== null) lines.push(text);
    }
    return lines;
  };
  const answered = turns.findIndex(([, who]) => who === 'doctor');
  const answer = textOf(answered);
  if (answer.length === 0 || answer.some((t) => ASKS_BACK_RE.test(t))) return { askerStamps, round: null };
  const again = turns.findIndex(([, who], k) => k > answered && who === 'asker' && textOf(k).some((t) => asksQuestion(t) || ASKS_BACK_RE.test(t)));
  return { askerStamps, round: again === -1 ? null : turns[again]![0] };
}
