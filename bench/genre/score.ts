import { comparable } from '../../src/core/text.js';
import type { Entry } from '../../src/schema/entry.js';
import { scoreRelated } from './link-items.js';
import type { Expected } from './family.js';

/**
 * Scoring a page's entries against its answer key, per field, with the silently wrong rows (a field wrong and no
 * `unsure_reading` flag): what eval.ts (entries read by extractPage) and crawl-eval.ts (entries a crawl published) share.
 */

/** How a page's related entries are matched to its keyed items. */
export interface ScoreOptions {
  /**
   * Given (a published dataset's entries), each keyed item is matched by its address or question, and this many
   * of the page's related entries were superseded by deduplication: not covered, neither right nor wrong.
   * Without it (extraction's entries), in order.
   */
  superseded?: number;
}

/** A page as scored: what examples call it, and its key. */
export interface ScoredPage {
  label: string;
  expected: Expected;
}

const UNSURE = 'unsure_reading';
export const unsure = (e: Entry) => (e.flags as readonly string[]).includes(UNSURE);
export const FIELDS = ['question', 'name', 'title', 'department', 'hospital', 'grade', 'answer', 'date', 'format', 'related'] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  pages: number;
  right: Record<Field, number>;
  /** Page entries and related items expected, and how many of them came out as entries. */
  expectedEntries: number;
  coveredEntries: number;
  pageEntries: number;
  pagesFlagged: number;
  pagesRejected: number;
  items: number;
  itemsRight: number;
  itemsFlagged: number;
  silentPages: number;
  silentItems: number;
  /** Pages whose own entry is neither published nor rejected: dropped with nothing to say so. */
  unsaidPages: number;
  examples: string[];
}

export const newTally = (): Tally => ({
  pages: 0,
  right: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>,
  expectedEntries: 0,
  coveredEntries: 0,
  pageEntries: 0,
  pagesFlagged: 0,
  pagesRejected: 0,
  items: 0,
  itemsRight: 0,
  itemsFlagged: 0,
  silentPages: 0,
  silentItems: 0,
  unsaidPages: 0,
  examples: [],
});

const sameText = (a: string | null | undefined, b: string | null | undefined) => comparable(a ?? '') === comparable(b ?? '');
const sameParagraphs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => sameText(p, b[i]));

function fieldChecks(expected: Expected, entry: Entry | undefined, relatedRight: boolean): Record<Field, boolean> {
  const d = entry?.doctor;
  return {
    question: sameText(entry?.question, expected.question),
    name: (d?.name ?? null) === expected.doctor.name,
    title: (d?.title ?? null) === expected.doctor.title,
    department: (d?.department ?? null) === expected.doctor.department,
    hospital: (d?.hospital ?? null) === expected.doctor.hospital,
    grade: (d?.hospital_grade ?? null) === expected.doctor.hospital_grade,
    answer: entry !== undefined && sameParagraphs(entry.answer_paragraphs, expected.paragraphs),
    date: entry !== undefined && entry.date === expected.date,
    format: entry !== undefined && entry.format === expected.format,
    related: relatedRight,
  };
}

/**
 * One page's entries (as they came out: its own and its related ones; `rejected`: the reason where the page, or its own
 * entry, was rejected) scored against its key, into `tally`; up to `show` examples of what was wrong.
 */
export function scoreEntries(page: ScoredPage, entries: readonly Entry[], rejected: string | null, tally: Tally, show: number, options: ScoreOptions = {}): void {
  const { expected } = page;
  const own = entries.find((e) => e.origin === 'page');
  const all = entries.filter((e) => e.origin === 'related');
  if (expected.noEntry !== undefined) return scoreNoEntry(page, own, all, rejected, tally, show);
  // Link-only items (no snippet keyed) are links, not entries (link-items.ts).
  const scored = scoreRelated(expected, own, all);
  const { answered, invented } = scored;
  // In order, as extraction gives them; or each keyed item's entry found by its address or question, where
  // deduplication took some out (superseded by a full entry of their question): those are not covered.
  const byAddress = options.superseded !== undefined;
  const related = byAddress
    ? answered.map((want) => scored.related.find((e) => e.url === want.url) ?? scored.related.find((e) => sameText(e.question, want.question)))
    : scored.related;
  const found = related.filter((e) => e !== undefined).length;
  // By address: the page entry's links right, every keyed item found or superseded, and no entry beside them.
  const relatedRight = byAddress
    ? scored.linked && answered.length - found <= options.superseded! && scored.related.every((e) => related.includes(e))
    : scored.right;
  tally.pages++;
  tally.expectedEntries += 1 + answered.length;
  tally.coveredEntries += (own ? 1 : 0) + Math.min(found, answered.length);
  if (rejected) tally.pagesRejected++;
  if (!own && !rejected) tally.unsaidPages++;
  if (own) tally.pageEntries++;
  if (own && unsure(own)) tally.pagesFlagged++;
  const checks = fieldChecks(expected, own, relatedRight);
  const wrong = FIELDS.filter((f) => !checks[f]);
  for (const f of FIELDS) if (checks[f]) tally.right[f]++;
  if (own && wrong.length > 0 && !unsure(own)) {
    tally.silentPages++;
    if (tally.examples.length < show) tally.examples.push(describePage(page, own, related, wrong));
  } else if (!own && tally.examples.length < show) {
    tally.examples.push(`${page.label}: no page entry (${rejected ?? 'not read, and no reject'}), ${found} related`);
  }
  for (let i = 0; i < answered.length; i++) {
    const want = answered[i]!;
    const got = related[i];
    tally.items++;
    if (!got) continue;
    const ok =
      sameText(got.question, want.question) && sameParagraphs(got.answer_paragraphs, want.paragraphs) && got.format === want.format && got.date === want.date && got.url === want.url;
    if (unsure(got)) tally.itemsFlagged++;
    if (ok) tally.itemsRight++;
    else if (!unsure(got)) {
      tally.silentItems++;
      if (tally.examples.length < show) {
        tally.examples.push(
          `${page.label} item ${i}: want ${JSON.stringify([want.question, want.paragraphs[0]?.slice(0, 20), want.format, want.date, want.url])}\n      got  ${JSON.stringify([got.question, got.answer_paragraphs[0]?.slice(0, 20), got.format, got.date, got.url])}`,
        );
      }
    }
  }
  // An entry made from a link-only item is wrong: silently unless flagged.
  for (const got of invented) {
    tally.items++;
    if (unsure(got)) tally.itemsFlagged++;
    else {
      tally.silentItems++;
      if (tally.examples.length < show) tally.examples.push(`${page.label}: an entry from a link-only item (the page shows no answer to it): ${JSON.stringify([got.question, got.answer_paragraphs[0]?.slice(0, 20)])}`);
    }
  }
}

/** A page that must give no entry: right when none comes out; each entry that does is wrong, silently unless flagged. */
function scoreNoEntry(page: ScoredPage, own: Entry | undefined, related: Entry[], rejected: string | null, tally: Tally, show: number): void {
  tally.pages++;
  if (rejected) tally.pagesRejected++;
  if (own) {
    tally.pageEntries++;
    if (unsure(own)) tally.pagesFlagged++;
    else {
      tally.silentPages++;
      if (tally.examples.length < show) tally.examples.push(`${page.label}: a page entry from a page that has none (${page.expected.noEntry}): ${JSON.stringify(own.question)}`);
    }
  } else for (const f of FIELDS) tally.right[f]++;
  for (const got of related) {
    tally.items++;
    if (unsure(got)) tally.itemsFlagged++;
    else tally.silentItems++;
  }
}

function describePage(page: ScoredPage, own: Entry, related: ReadonlyArray<Entry | undefined>, wrong: Field[]): string {
  const e = page.expected;
  const lines = [`${page.label}: wrong ${wrong.join(', ')}`];
  for (const f of wrong) {
    const want: Record<Field, unknown> = {
      question: e.question, name: e.doctor.name, title: e.doctor.title, department: e.doctor.department, hospital: e.doctor.hospital,
      grade: e.doctor.hospital_grade, answer: e.paragraphs.map((p) => p.slice(0, 24)), date: e.date, format: e.format,
      related: { items: e.related.filter((r) => r.paragraphs.length > 0).length, related_urls: e.related.map((r) => r.url) },
    };
    const got: Record<Field, unknown> = {
      question: own.question, name: own.doctor.name, title: own.doctor.title, department: own.doctor.department, hospital: own.doctor.hospital,
      grade: own.doctor.hospital_grade, answer: own.answer_paragraphs.map((p) => p.slice(0, 24)), date: own.date, format: own.format,
      related: { items: related.filter((e) => e !== undefined).length, related_urls: own.related_urls },
    };
    lines.push(`      ${f}: want ${JSON.stringify(want[f])}\n      ${' '.repeat(f.length)}  got  ${JSON.stringify(got[f])}`);
  }
  return lines.join('\n');
}

export const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function row(label: string, t: Tally): string {
  const fields = FIELDS.map((f) => pct(t.right[f], t.pages)).join(' ');
  return `${label.padEnd(20)} ${String(t.pages).padStart(5)} ${fields} ${pct(t.coveredEntries, t.expectedEntries)} ${pct(t.pagesFlagged, t.pages)} ${pct(t.pagesRejected, t.pages)} ${String(t.silentPages).padStart(6)} ${pct(t.itemsRight, t.items)} ${pct(t.itemsFlagged, t.items)} ${String(t.silentItems).padStart(6)}`;
}

export function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(t) as Array<keyof Tally>) {
    if (k === 'right') for (const f of FIELDS) into.right[f] += t.right[f];
    else if (k !== 'examples') (into[k] as number) += t[k] as number;
  }
}

/** The table's header line. */
export function header(): string {
  return `${'family'.padEnd(20)} ${'pages'.padStart(5)} ${FIELDS.map((f) => f.slice(0, 6).padStart(6)).join(' ')} ${'cover'.padStart(6)} ${'unsure'.padStart(6)} ${'reject'.padStart(6)} ${'silent'.padStart(6)} ${'items'.padStart(6)} ${'i.uns'.padStart(6)} ${'i.sil'.padStart(6)}`;
}

/** A split's summary line, as the history in README.md quotes it. */
export function summary(split: string, total: Tally): string {
  const fields = FIELDS.map((f) => total.right[f] / total.pages);
  return `  ${split}: mean per-field exact ${(100 * (fields.reduce((s, x) => s + x, 0) / fields.length)).toFixed(1)}%, worst field ${(100 * Math.min(...fields)).toFixed(1)}%, silently wrong ${total.silentPages} of ${total.pageEntries} page entries and ${total.silentItems} of ${total.items} related items, ${total.unsaidPages} of ${total.pages} pages with no page entry and no reject\n`;
}
