import { CARRIED_FIELDS, type Carried, type CarriedField, type Entry } from '../schema/entry.js';

/**
 * "What the kept entry takes from those it stands for", for every place where one entry stands
 * for others: the exact stage (other copies of an id, same-answer copies, superseded snippets)
 * and the near-duplicate stage (cluster members, snippets confirmed on content). A page's own
 * entry often lacks what a related list elsewhere shows of the same answer (语音解答 2021-05-18);
 * superseding the snippet must not lose it.
 *
 * For each carried field (date, format) the kept entry lacks (null, 'unknown'): when every entry
 * it stands for that shows a value shows the same one, the kept entry takes it; when they
 * disagree it takes none, and the values are listed with `conflict: true`. Either way each value
 * is recorded with the id and source it was read in. A value the kept entry has of its own is
 * never touched; one it carried before (an earlier stage) is judged again with the new entries,
 * and what the entries it stands for carried counts with its own provenance. Pure.
 */

/** What the rule reads of an entry stood for: the carried fields, where it was read, what it carried itself. */
export type CarryDonor = Pick<Entry, 'id' | 'source' | CarriedField> & { carried?: Carried };

interface Shown {
  value: string;
  from: string;
  source: string;
}

const lacks = (value: string | null): value is null | 'unknown' => value === null || value === 'unknown';
const MISSING: { [F in CarriedField]: Entry[F] } = { date: null, format: 'unknown' };

function recorded(carried: Carried | undefined, field: CarriedField): Shown[] {
  if (!carried) return [];
  const r = carried[field];
  return r.values.map((value, i) => ({ value, from: r.from[i]!, source: r.sources[i]! }));
}

/** What one entry stood for shows of a field: its own value, or what it carried (or found in conflict) itself. */
function shownBy(donor: CarryDonor, field: CarriedField): Shown[] {
  const carried = recorded(donor.carried, field);
  if (carried.length > 0) return carried;
  const value = donor[field];
  return lacks(value) ? [] : [{ value, from: donor.id, source: donor.source }];
}

/** Whether the rule judges `field` of `kept` at all: a value of its own, none carried before, is never touched. */
function judged(kept: Entry, field: CarriedField): boolean {
  return lacks(kept[field]) || recorded(kept.carried, field).length > 0;
}

/**
 * Whether carryFields may change `kept`, whatever the donors: when not, a caller need not read
 * them (most kept entries show a date and a format of their own).
 */
export function mayCarry(kept: Entry): boolean {
  return CARRIED_FIELDS.some((field) => judged(kept, field));
}

export function carryFields(kept: Entry, donors: readonly CarryDonor[]): Entry {
  let result = kept;
  for (const field of CARRIED_FIELDS) {
    if (!judged(kept, field)) continue;
    const earlier = recorded(kept.carried, field);
    const shown = new Map<string, Shown>();
    for (const s of [...earlier, ...donors.flatMap((d) => shownBy(d, field))]) shown.set(`${s.from}\u0000${s.source}\u0000${s.value}`, s);
    if (shown.size === earlier.length) continue;
    const all = [...shown.values()].sort((a, b) => cmp(a.source, b.source) || cmp(a.from, b.from) || cmp(a.value, b.value));
    const conflict = new Set(all.map((s) => s.value)).size > 1;
    result = {
      ...result,
      [field]: conflict ? MISSING[field] : all[0]!.value,
      carried: {
        ...result.carried,
        [field]: { values: all.map((s) => s.value), from: all.map((s) => s.from), sources: all.map((s) => s.source), conflict },
      },
    };
  }
  return result;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
