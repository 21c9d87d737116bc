import type { Entry } from '../schema/entry.js';
import type { Superseded } from '../schema/records.js';
import { comparable } from '../core/text.js';

/** A snippet must keep at least this many characters to be matched inside a full answer. */
const MIN_SNIPPET_CHARS = 10;

const withoutEllipsis = (text: string) => text.replace(/(?:\.{2,}|…+|。{2,})$/u, '');

/**
 * A summary rather than an answer: flagged as cut off, or an item of a related list (the site's
 * excerpt of the item's page). A doctor's complete answer is an answer in its own right even
 * when a longer answer contains it, and is never merged into that one.
 */
function isSnippet(entry: Entry): boolean {
  return entry.origin === 'related' || entry.flags.includes('cut_off_end') || entry.flags.includes('cut_off_start');
}

/**
 * Among entries for the same question, which ones another entry stands for:
 * - a snippet (see isSnippet) whose text lies inside a longer answer (a related-list summary
 *   cut at a length limit, at the end or at both ends) is superseded by the longest such answer;
 * - an entry without a doctor whose answer equals one with a doctor is the same answer.
 * A different doctor is never merged; neither is a different answer. Pure.
 */
export function findSuperseded(group: Entry[]): Map<string, Pick<Superseded, 'superseded_by' | 'reason'>> {
  const result = new Map<string, Pick<Superseded, 'superseded_by' | 'reason'>>();
  const texts = new Map(group.map((e) => [e.id, comparable(e.answer)]));
  const byLength = [...group].sort((a, b) => texts.get(b.id)!.length - texts.get(a.id)!.length || (a.id < b.id ? -1 : 1));
  for (const entry of group) {
    const core = comparable(withoutEllipsis(entry.answer));
    const snippet = isSnippet(entry);
    if ([...core].length < MIN_SNIPPET_CHARS) continue;
    for (const fuller of byLength) {
      if (fuller.id === entry.id) continue;
      if (entry.doctor.name !== null && entry.doctor.name !== fuller.doctor.name) continue;
      const full = texts.get(fuller.id)!;
      if (full === texts.get(entry.id)) {
        // Same text: only a doctorless copy gives way, to the entry that names the doctor.
        if (entry.doctor.name === null && fuller.doctor.name !== null) {
          result.set(entry.id, { superseded_by: fuller.id, reason: 'same_answer' });
          break;
        }
        continue;
      }
      if (snippet && full.length > core.length && full.includes(core)) {
        result.set(entry.id, { superseded_by: fuller.id, reason: 'truncated_snippet' });
        break;
      }
    }
  }
  // Point every superseded entry at the end of its chain, so nothing names an entry that is itself gone.
  for (const [id, info] of result) {
    let target = info.superseded_by;
    const seen = new Set([id]);
    while (result.has(target) && !seen.has(target)) {
      seen.add(target);
      target = result.get(target)!.superseded_by;
    }
    info.superseded_by = target;
  }
  return result;
}
