import type { Entry } from '../schema/entry.js';
import { contentCore } from '../core/text.js';

/**
 * Which copy of a duplicate wins, for every stage: the exact stage keeps one of the copies of
 * an id, the near-duplicate stage one member of a cluster, and a snippet gives way to one of
 * the answers it was cut from. Each asks `beats` or `winner` with the entries' completeness
 * as their rank; only the tie-break differs, for reasons given with each below.
 */

const DEFECT_FLAGS = new Set(['decoding_damage', 'mojibake', 'leftover_markup', 'boilerplate', 'contact_or_ad', 'qa_unrelated']);

/**
 * How complete an entry is, as one sortable number (higher is more complete), in this order:
 * not cut off; fewer content defects; more of the doctor card; the page's own entry; a longer
 * answer; url, date, disclaimer. `answerChars` is the answer's length as it ranks: a caller
 * whose copies all have one answer (copies of one id) passes the same number for each, and
 * spares normalising the text to count it.
 */
export function completeness(entry: Entry, answerChars = codePointCount(contentCore(entry.answer))): number {
  const whole = entry.flags.includes('cut_off_end') || entry.flags.includes('cut_off_start') ? 0 : 1;
  const defects = Math.min(7, entry.flags.filter((f) => DEFECT_FLAGS.has(f)).length);
  const card = Object.values(entry.doctor).filter((v) => v !== null).length;
  const page = entry.origin === 'page' ? 1 : 0;
  const length = Math.min(answerChars, 0xfffff);
  const extras = (entry.url ? 1 : 0) + (entry.date ? 1 : 0) + (entry.has_disclaimer ? 1 : 0);
  // 1 + 3 + 3 + 1 + 20 + 2 bits: well inside 2^53.
  return ((((whole * 8 + (7 - defects)) * 8 + card) * 2 + page) * 0x100000 + length) * 4 + extras;
}

/** Characters (code points) of a text, as codePoints(text).length counts them, without the array. */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** A copy as a stage holds it when it picks one: its completeness, and whatever its tie-break reads. */
export interface Ranked {
  rank: number;
}

/** Orders two equally complete copies: negative when `a` wins. */
export type TieBreak<T> = (a: T, b: T) => number;

/** Exact copies reach the exact stage in input order, and the copy kept must not depend on it: the smaller source wins. */
export const smallerSource: TieBreak<{ source: string }> = (a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

/** The answers a snippet was cut from are distinct entries of one question, read in any order: the smaller id wins. */
export const smallerId: TieBreak<{ id: string }> = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The near-duplicate stage numbers entries as it sees them: the earliest seen wins. */
export const firstSeen: TieBreak<{ seq: number }> = (a, b) => a.seq - b.seq;

/** Whether copy `a` wins over copy `b`: more complete, or as complete and first by the tie-break. */
export function beats<T extends Ranked>(a: T, b: T, tieBreak: TieBreak<T>): boolean {
  return a.rank > b.rank || (a.rank === b.rank && tieBreak(a, b) < 0);
}

/** The copy that wins among several; undefined when there are none. */
export function winner<T extends Ranked>(copies: Iterable<T>, tieBreak: TieBreak<T>): T | undefined {
  let best: T | undefined;
  for (const copy of copies) if (best === undefined || beats(copy, best, tieBreak)) best = copy;
  return best;
}
