import { FLAGS, type Entry, type Flag } from '../schema/entry.js';
import { isCutOffEnd, isCutOffStart } from '../flags/flags.js';
import { codePoints, contentCore, doctorKey } from '../core/text.js';
import { placeIn } from '../flags/truncation.js';

export interface SnippetVerdicts {
  /** Entries whose truncation flags the full answers changed: id → all its flags, in FLAGS order. */
  flags: Map<string, Flag[]>;
  /** Snippets a fuller answer stands for: id → id of the longest answer that contains it. */
  supersededBy: Map<string, string>;
}

const isSnippetLike = (e: Entry) => e.origin === 'related' || e.flags.includes('cut_off_end') || e.flags.includes('cut_off_start');
const sameDoctorOrNone = (snippet: Entry, full: Entry) => snippet.doctor.name === null || doctorKey(snippet.doctor.name) === doctorKey(full.doctor.name);

/**
 * Confirms truncation against the full answers of the same question, compared on content
 * (punctuation, width and spacing aside, so a mirror's copy with ASCII commas still counts):
 * a snippet with answer text after it is cut off at the end, even when it ends in 。; one
 * with text before it is cut off at the start; a copy equal to a complete answer but for
 * its final 。 is not cut off. Only snippets are judged (related items, or entries the rules
 * flagged): a doctor's complete answer is not re-judged because a longer answer contains it.
 * A confirmed-cut snippet inside a fuller answer by the same doctor (or by a doctor where it
 * names none) is superseded by the longest such answer. Pure.
 */
export function confirmAgainstFullAnswers(group: readonly Entry[]): SnippetVerdicts {
  const verdicts: SnippetVerdicts = { flags: new Map(), supersededBy: new Map() };
  const length = new Map(group.map((e) => [e.id, codePoints(contentCore(e.answer)).length]));
  for (const entry of group) {
    if (!isSnippetLike(entry)) continue;
    const fuller = group.filter((o) => o.id !== entry.id && length.get(o.id)! >= length.get(entry.id)!);
    if (fuller.length === 0) continue;
    const answers = fuller.map((o) => o.answer);
    const cut = { cut_off_end: isCutOffEnd(entry.answer, answers), cut_off_start: isCutOffStart(entry.answer, answers) };
    const flags = FLAGS.filter((f) => (f === 'cut_off_end' || f === 'cut_off_start' ? cut[f] : entry.flags.includes(f)));
    if (flags.join() !== entry.flags.join()) verdicts.flags.set(entry.id, flags);
    if (!cut.cut_off_end && !cut.cut_off_start) continue;
    let best: Entry | undefined;
    for (const o of fuller) {
      if (!sameDoctorOrNone(entry, o) || placeIn(entry.answer, o.answer)?.relation !== 'inside') continue;
      if (!best || length.get(o.id)! > length.get(best.id)!) best = o;
    }
    if (best) verdicts.supersededBy.set(entry.id, best.id);
  }
  return verdicts;
}
