import type { Entry } from '../schema/entry.js';
import { comparable, doctorKey } from '../core/text.js';
import { TRAILING_ELLIPSIS } from '../flags/flags.js';
import { answerContent, placeNormalised, type Placement } from '../flags/truncation.js';

/**
 * "Is this a snippet of that answer", for every stage that asks: the exact stage and the
 * near-duplicate stage supersede a snippet by the answer it was cut from, and the published
 * store takes a snippet of a published answer for a duplicate of it. One test, at one of two
 * levels of core/text.ts that the caller picks when it makes the keys (snippetKey):
 * - `text` (the exact stage): the text as ids see it, width and spacing aside and a trailing
 *   ellipsis dropped; punctuation must match. What differs beyond that is not the exact
 *   stage's to judge: the near-duplicate stage confirms such a snippet as cut on content first.
 * - `content` (the near-duplicate stage, the published store): answerContent, punctuation and
 *   page furniture aside too, so a mirror's copy with ASCII stops places as well.
 */
export type SnippetLevel = 'text' | 'content';

/**
 * A summary rather than an answer: an item of a related list (the site's excerpt of the item's
 * page), or an entry flagged as cut off. A doctor's complete answer is an answer in its own
 * right even when a longer answer contains it, and is never taken for a snippet of that one.
 */
export function isSnippet(entry: Pick<Entry, 'origin' | 'flags'>): boolean {
  return entry.origin === 'related' || entry.flags.includes('cut_off_end') || entry.flags.includes('cut_off_start');
}

/** What the snippet test compares of an answer: its text at one level, and its doctor as compared (null when it names none). */
export interface SnippetKey {
  text: string;
  doctor: string | null;
}

export function snippetKey(entry: Pick<Entry, 'answer'> & { doctor: Pick<Entry['doctor'], 'name'> }, level: SnippetLevel): SnippetKey {
  const text = level === 'text' ? comparable(entry.answer.replace(TRAILING_ELLIPSIS, '')) : answerContent(entry.answer);
  return { text, doctor: doctorKey(entry.doctor.name) };
}

/**
 * Where a snippet lies in a fuller answer, or null when it is no snippet of it: the entry is a
 * snippet (isSnippet), names no doctor or the fuller answer's doctor (another doctor's answer
 * never stands for it), and its text is `inside` the fuller one's (text before and/or after
 * it: it was cut from that answer) or the `same`. Both keys must be of one level.
 */
export function placeSnippet(snippet: Pick<Entry, 'origin' | 'flags'>, key: SnippetKey, full: SnippetKey): Placement | null {
  if (!isSnippet(snippet)) return null;
  if (key.doctor !== null && key.doctor !== full.doctor) return null;
  return placeNormalised(key.text, full.text);
}

/** Whether the snippet was cut from the fuller answer: placed inside it. */
export function isCutFrom(snippet: Pick<Entry, 'origin' | 'flags'>, key: SnippetKey, full: SnippetKey): boolean {
  return placeSnippet(snippet, key, full)?.relation === 'inside';
}
