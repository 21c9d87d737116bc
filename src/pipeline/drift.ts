import type { PageRecord } from '../schema/records.js';
import { extractPage } from '../extract/extract-page.js';
import type { SiteProfile } from '../extract/profiles/index.js';
import type { Entry } from '../schema/entry.js';
import { toEntries } from '../validate/to-entry.js';

/** The fields a fixture pins down: what the page says, not where or when it was read. */
const PINNED = [
  'id', 'question', 'answer_paragraphs', 'doctor', 'format', 'date', 'has_disclaimer', 'origin', 'position', 'url',
  'related_urls', 'site', 'extractor', 'encoding', 'flags',
] as const satisfies ReadonlyArray<keyof Entry>;

export type PinnedEntry = Pick<Entry, (typeof PINNED)[number]>;

/** What a fixture page is expected to give: its entries, or the reason it is rejected. */
export type Expectation =
  | { entries: PinnedEntry[]; rejects: Array<{ position: number | null; reason: string }> }
  | { reject: { stage: string; reason: string } };

/** Reads a page the way a run does, up to validation (deduplication spans pages, so it is left out). Pure. */
export function expectationOf(page: PageRecord, profiles?: readonly SiteProfile[]): Expectation {
  const now = new Date(0);
  const outcome = extractPage(page, { now, ...(profiles ? { profiles } : {}) });
  if (!outcome.ok) return { reject: { stage: outcome.reject.stage, reason: outcome.reject.reason } };
  if (outcome.value.entries.length === 0) return { reject: { stage: 'extract', reason: 'no_entries' } };
  const entries: PinnedEntry[] = [];
  const rejects: Array<{ position: number | null; reason: string }> = [];
  const results = toEntries(outcome.value, now);
  for (const [i, draft] of outcome.value.entries.entries()) {
    const result = results[i]!;
    if (result.ok) entries.push(Object.fromEntries(PINNED.map((k) => [k, result.value[k]])) as PinnedEntry);
    else rejects.push({ position: draft.position, reason: result.reject.reason });
  }
  return { entries, rejects };
}

export interface Difference {
  where: string;
  field: string;
  expected: unknown;
  got: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function label(entry: PinnedEntry | undefined, index: number): string {
  if (!entry) return `entry ${index}`;
  const kind = entry.origin === 'page' ? 'page entry' : `related #${entry.position}`;
  return `entry ${index} (${kind} 「${entry.question.slice(0, 20)}」)`;
}

/** Field-by-field differences between what a fixture expects and what the code now gives. Pure. */
export function diffExpectations(expected: Expectation, got: Expectation): Difference[] {
  if ('reject' in expected || 'reject' in got) {
    return same(expected, got) ? [] : [{ where: 'page', field: 'outcome', expected: summary(expected), got: summary(got) }];
  }
  const diffs: Difference[] = [];
  if (expected.entries.length !== got.entries.length) {
    diffs.push({ where: 'page', field: 'number of entries', expected: expected.entries.length, got: got.entries.length });
  }
  const n = Math.max(expected.entries.length, got.entries.length);
  for (let i = 0; i < n; i++) {
    const e = expected.entries[i];
    const g = got.entries[i];
    if (!e || !g) {
      diffs.push({ where: label(e ?? g, i), field: 'entry', expected: e ? e.question : '(none)', got: g ? g.question : '(none)' });
      continue;
    }
    for (const field of PINNED) {
      if (!same(e[field], g[field])) diffs.push({ where: label(e, i), field, expected: e[field], got: g[field] });
    }
  }
  if (!same(expected.rejects, got.rejects)) diffs.push({ where: 'page', field: 'rejected items', expected: expected.rejects, got: got.rejects });
  return diffs;
}

function summary(x: Expectation): string {
  return 'reject' in x ? `rejected (${x.reject.stage}: ${x.reject.reason})` : `${x.entries.length} entries`;
}

/** A difference as a person reads it in CI output. */
export function formatDifference(d: Difference): string {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return `  ${d.where}: ${d.field}\n    expected: ${show(d.expected)}\n    got:      ${show(d.got)}`;
}
