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
 * hashing a key per rule cost as much as a tenth of validation (its texts length-prefixed: `part`).
 * The address is left out of the key (it differs from copy to copy of a snippet, and only a check that reads it alone looks at it). Pure.
 */
export function readWork(read: ReadEntry, flagOptions: FlagOptions): ReadWork {
  const { question, answer_paragraphs: paragraphs, doctor, date, origin, continues } = read;
  let key = `${flagOptions.minAnswerChars}|${part(origin)}${part(date)}${continues === true ? 1 : 0}${part(doctor.name)}${part(doctor.title)}${part(doctor.department)}${part(doctor.hospital)}${part(doctor.hospital_grade)}${part(question)}${paragraphs.length}|`;
  for (const paragraph of paragraphs) key += part(paragraph);
  return recent.get(key, () => {
    const answer = paragraphs.join('\n');
    return {
      id: entryId(question, answer, doctor.name),
      flags: qualityFlags({ answer, question, hasDoctor: Object.values(doctor).some((v) => v !== null), continues }, flagOptions),
      own: ownDoubts(read),
    };
  });
}

/**
 * A text as a part of the key that tells where it ends: its length before it (`5:text`), `~` for
 * none. Parts so written run together unambiguously, as a JSON array's items do (no two reads share
 * a key), at half the cost of JSON.stringify, which scans every character for escapes.
 */
const part = (text: string | null | undefined): string => (text == null ? '~' : `${text.length}:${text}`);

/** Reads whose work is kept: a few MB of text at most. */
const recent = new RecentResults<ReadWork>(4096);
