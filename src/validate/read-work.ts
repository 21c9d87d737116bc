import type { Flag } from '../schema/entry.js';
import { RecentResults } from '../core/recent-results.js';
import { entryId } from '../core/text.js';
import { qualityFlags, type FlagOptions } from '../flags/flags.js';
import { ownDoubts, type OwnDoubts, type ReadEntry } from '../flags/consistency.js';

/** What validation works out from an entry as read, and from nothing else of its page. */
export interface ReadWork {
  id: string;
  /** The quality flags (unsure_reading aside: it reads the page too). */
  flags: readonly Flag[];
  /** The consistency checks that read the entry alone. */
  own: OwnDoubts;
}

/**
 * The id, flags and own consistency checks of an entry as read, worked out once per distinct read:
 * a related snippet stands on every page that lists it (three entries in four of the benchmark's
 * corpus repeat one read before). One key for all three, built once per entry: building and
 * hashing a key per rule cost as much as a tenth of validation. The address is left out of the key
 * (it differs from copy to copy of a snippet, and only a check that reads it alone looks at it). Pure.
 */
export function readWork(read: ReadEntry, flagOptions: FlagOptions): ReadWork {
  const { question, answer_paragraphs: paragraphs, doctor, date, origin, continues } = read;
  const key = JSON.stringify([flagOptions.minAnswerChars, origin, date, continues === true, doctor.name, doctor.title, doctor.department, doctor.hospital, doctor.hospital_grade, question, paragraphs]);
  return recent.get(key, () => {
    const answer = paragraphs.join('\n');
    return {
      id: entryId(question, answer, doctor.name),
      flags: qualityFlags({ answer, question, hasDoctor: Object.values(doctor).some((v) => v !== null), continues }, flagOptions),
      own: ownDoubts(read),
    };
  });
}

/** Reads whose work is kept: a few MB of text at most. */
const recent = new RecentResults<ReadWork>(4096);
