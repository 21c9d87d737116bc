import type { Entry } from '../schema/entry.js';
import type { Superseded } from '../schema/records.js';
import { comparable } from '../core/text.js';
import { completeness, smallerId, winner } from './ranking.js';
import { isCutFrom, isSnippet, snippetKey, type SnippetKey } from './snippet.js';

/**
 * An entry of the group. Its rank and its whole answer's text are normalised only when a test
 * asks for them: most members are placed by their snippet key alone (a member that is no
 * snippet and names its doctor is never asked for either).
 */
class Member {
  readonly id: string;
  readonly key: SnippetKey;
  private rankOf: number | undefined;
  private textOf: string | undefined;

  constructor(readonly entry: Entry) {
    this.id = entry.id;
    this.key = snippetKey(entry, 'text');
  }

  get rank(): number {
    return (this.rankOf ??= completeness(this.entry));
  }

  get text(): string {
    return (this.textOf ??= comparable(this.entry.answer));
  }
}

/**
 * Among entries for the same question, which ones another entry stands for:
 * - a snippet cut from other answers of the group (snippet.ts, on text: a related-list summary
 *   cut at a length limit, at the end or at both ends) gives way to the one of them that wins
 *   (ranking.ts; the smaller id on a tie, so the result does not depend on order);
 * - an entry without a doctor whose answer equals one with a doctor is the same answer.
 * A different doctor is never merged; neither is a different answer. Pure.
 */
export function findSuperseded(group: Entry[]): Map<string, Pick<Superseded, 'superseded_by' | 'reason'>> {
  const result = new Map<string, Pick<Superseded, 'superseded_by' | 'reason'>>();
  const members = group.map((entry) => new Member(entry));
  for (const m of members) {
    // A snippet is cut only from a longer text that holds it: that cheap test first, as a group of
    // one question asked over and over may be large and every member is tried against every other.
    const cutFrom = isSnippet(m.entry)
      ? winner(members.filter((o) => o.id !== m.id && o.key.text.length > m.key.text.length && o.key.text.includes(m.key.text) && isCutFrom(m.entry, m.key, o.key)), smallerId)
      : undefined;
    if (cutFrom) {
      result.set(m.id, { superseded_by: cutFrom.id, reason: 'truncated_snippet' });
      continue;
    }
    // Same text: only a doctorless copy gives way, to the entry that names the doctor.
    if (m.entry.doctor.name !== null) continue;
    const named = winner(members.filter((o) => o.id !== m.id && o.entry.doctor.name !== null && o.text === m.text), smallerId);
    if (named) result.set(m.id, { superseded_by: named.id, reason: 'same_answer' });
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
