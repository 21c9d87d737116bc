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

/**
 * A chat whose turns each stand under their speaker's line with the day and time on it (`患者 2023-05-06 09:10` over a bubble), no
 * stamp closing them: the doctor's answer is their turns in a row after the asker's first; where none of them asks back and the
 * asker then asks again on another day than the answer's (`患者 05-07 09:31` over `请问多久复查一次？`), that turn's speaker line
 * opens a follow-up round, none of the answer, nor the doctor's reply to it. A question asked in the same sitting (a visitor's
 * `那要多少钱？` between the doctor's lines, a time alone on the speakers' lines) opens none. Null where no such turn is.
 * `speakerLine(i)`: the text of speaker line i.
 */
const TURN_DAY_RE = /(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)|今天|昨天|前天/u;
export function stampedRound(speakers: ReadonlyMap<number, Side>, line: (i: number) => string | null, speakerLine: (i: number) => string, end: number): number | null {
  const turns = [...speakers].sort((a, b) => a[0] - b[0]);
  if (turns.length < 3 || turns[0]![1] !== 'asker') return null;
  const textOf = (k: number) => {
    const lines: string[] = [];
    for (let i = turns[k]![0] + 1; i < (turns[k + 1]?.[0] ?? end); i++) {
      const text = line(i);
      if (text !== null) lines.push(text);
    }
    return lines;
  };
  const first = turns.findIndex(([, who]) => who === 'doctor');
  if (first === -1) return null;
  let last = first;
  while (turns[last + 1]?.[1] === 'doctor') last++;
  for (let k = first; k <= last; k++) {
    const said = textOf(k);
    if (said.length === 0 || said.some((t) => ASKS_BACK_RE.test(t))) return null;
  }
  const again = turns[last + 1];
  if (again === undefined || again[1] !== 'asker' || !textOf(last + 1).some((t) => asksQuestion(t) || ASKS_BACK_RE.test(t))) return null;
  const dayOf = (i: number) => speakerLine(i).match(TURN_DAY_RE)?.[0].replace(/\s+/gu, '') ?? null;
  const [answered, asked] = [dayOf(turns[first]![0]), dayOf(again[0])];
  return answered !== null && asked !== null && answered !== asked && !withinSitting(speakerLine(turns[last]![0]), speakerLine(again[0])) ? again[0] : null;
}
/** A month, day and time on a speaker's line (`05-06 23:58`, `2023-05-06 23:58`). */
const TURN_TIME_RE = /(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s+(\d{1,2}):(\d{2})/u;
/** How far apart two turns may stand and still be one sitting, across midnight too (`05-06 23:58`, `05-07 00:01`). */
const SITTING_MINUTES = 60;
function withinSitting(before: string, after: string): boolean {
  const [a, b] = [before.match(TURN_TIME_RE), after.match(TURN_TIME_RE)];
  if (!a || !b) return false;
  const minutes = (m: RegExpMatchArray) => Date.UTC(2000, Number(m[1]) - 1, Number(m[2]), Number(m[3]), Number(m[4])) / 60000;
  const gap = minutes(b) - minutes(a);
  return gap >= 0 && gap < SITTING_MINUTES;
}
