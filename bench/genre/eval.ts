import { parseArgs } from 'node:util';
import { comparable } from '../../src/core/text.js';
import { extractPage } from '../../src/extract/extract-page.js';
import type { Entry } from '../../src/schema/entry.js';
import { toEntries } from '../../src/validate/to-entry.js';
import { learnProfile } from '../../src/extract/profiles/learn-profile.js';
import { PROFILES, type SiteProfile } from '../../src/extract/profiles/index.js';
import { Rng } from '../../kit/pages/rng.js';
import { addressedKey, addressOf } from './address.js';
import { applyFault, FAULT_KINDS, isFaultKind, type FaultKind } from './faults.js';
import { FAMILIES, generatePage, type GeneratedPage } from './families.js';
import { scoreRelated } from './link-items.js';
import { type Expected, type Family, type Split } from './family.js';

/**
 * Per-field exact match of extraction on generated pages of the genre, per layout family,
 * tuning and held-out families apart (the split is fixed in families.ts), with the share of
 * entries flagged as unsure or rejected and the silently wrong rows: a field wrong and no
 * `unsure_reading` flag (routine flags such as no_doctor or cut_off_end do not count as a
 * warning: every related snippet carries them).
 *
 *   npx tsx bench/genre/eval.ts [--split tuning,known] [--pages 60] [--seed 7] [--show 3] [--doubts] [--learn 10] [--faults mixed] [--addressed]
 *
 * `--learn N`: the learned-profile path measured apart. For each family a profile is learned
 * from N pages the evaluation does not score (indices after the scored ones), and the scored
 * pages are read twice: by the genre reader (the family's row) and by that profile checked
 * against the genre reader (learned-reader.ts) (the row marked `+learned`, with the fields the profile kept).
 *
 * A related item keyed with no snippet is a link of the page entry's (its related_urls), not an entry; on every page
 * the `related` field wants as many related entries as items keyed with a snippet and related_urls the keyed items'
 * links in order (link-items.ts).
 *
 * `--faults <kind>`: every page served with a fault of faults.ts (unclosed, mis-encoded, charset-lie,
 * noise, injected, mixed), drawn by its own seeded stream, and scored against the same answer key;
 * examples name what was done to the page. Without it the output is what it always was.
 *
 * `--addressed`: every page read as a crawl reads it, from an address on the family's `site` (address.ts: the one
 * it names as its own; else its family's pages' own, or a related question's, with its id; else two folders down,
 * `/qa/archive/<file>`), not from its file name. The answer key then says what a crawl should output: an item link
 * keyed as written (the page names no address of its own) is resolved against the page's `<base href>`, canonical
 * or og:url where it prints one, else that address; so are the page entry's related_urls. Without it every page
 * is a saved file, as before.
 *
 * `fresh-4` to `fresh-100`, written blind, were each run first and the reader changed for them
 * after; they are tuning now, in the default list, where every split must stay at 0 silently wrong.
 * A new blind split stays out of the list until its first run is recorded (bench/genre/README.md).
 */

const UNSURE = 'unsure_reading';
const unsure = (e: Entry) => (e.flags as readonly string[]).includes(UNSURE);
const FIELDS = ['question', 'name', 'title', 'department', 'hospital', 'grade', 'answer', 'date', 'format', 'related'] as const;
type Field = (typeof FIELDS)[number];

interface Tally {
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

const newTally = (): Tally => ({
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

/** Why entries were flagged, over the whole run: each doubt without its particulars. */
const doubtCounts = new Map<string, number>();

/** A generated page as eval serves it: with the fault's HTTP headers and a note of the fault, if any. */
type ServedPage = GeneratedPage & { headers?: Record<string, string>; fault?: string; address?: string };

const recordOf = (page: ServedPage) => ({ url: page.address ?? page.name, finalUrl: page.address ?? page.name, status: 200, headers: page.headers ?? {}, body: page.body, fetchedAt: null });
const nameOf = (page: ServedPage) => (page.fault === undefined ? page.name : `${page.name} [${page.fault}]`);

/** Page `index` of a family, served with `fault` (its particulars drawn from a stream of its own), from its address where `addressed`. */
function servedPage(family: Family, seed: number, index: number, fault: FaultKind | null, addressed = false): ServedPage {
  const generated = generatePage(family, seed, index);
  const address = addressed ? addressOf(family, seed, index, generated) : undefined;
  // The key is resolved on the page as generated: a fault changes how it is served, not what it names.
  const page: ServedPage = address ? { ...generated, address, expected: addressedKey(generated.expected, generated.body, address) } : generated;
  if (!fault) return page;
  const served = applyFault(fault, page.body, Rng.for(seed, `fault:${fault}:${family.name}`, index));
  return { ...page, body: served.body, headers: served.headers, fault: served.applied };
}

function entriesOf(page: ServedPage, profiles?: readonly SiteProfile[]): { entries: Entry[]; rejected: string | null } {
  const outcome = extractPage(recordOf(page), profiles ? { profiles } : {});
  if (!outcome.ok) return { entries: [], rejected: outcome.reject.reason };
  const entries: Entry[] = [];
  const results = toEntries(outcome.value, new Date(0));
  for (const [i, draft] of outcome.value.entries.entries()) {
    const result = results[i]!;
    if (result.ok) entries.push(result.value);
    for (const doubt of draft.doubts ?? []) {
      const key = `${page.family.name}: ${draft.origin} ${doubt.replace(/\s*\(.*\)$/u, '')}`;
      doubtCounts.set(key, (doubtCounts.get(key) ?? 0) + 1);
    }
  }
  // The page entry's own reject (no_page_entry: its related items were read, not its question and answer; or its
  // draft invalid) is the page's reject as much as a whole page's is: what is counted apart is a page entry missing unsaid.
  const ownReject = results.find((r) => !r.ok && r.reject.origin === 'page');
  return { entries, rejected: outcome.value.entries.length === 0 ? 'no_entries' : ownReject && !ownReject.ok ? ownReject.reject.reason : null };
}

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

function score(page: ServedPage, tally: Tally, show: number, profiles?: readonly SiteProfile[]): void {
  const { entries, rejected } = entriesOf(page, profiles);
  const { expected } = page;
  const own = entries.find((e) => e.origin === 'page');
  const all = entries.filter((e) => e.origin === 'related');
  if (expected.noEntry !== undefined) return scoreNoEntry(page, own, all, rejected, tally, show);
  // Link-only items (no snippet keyed) are links, not entries (link-items.ts).
  const { answered, related, invented, right: relatedRight } = scoreRelated(expected, own, all);
  tally.pages++;
  tally.expectedEntries += 1 + answered.length;
  tally.coveredEntries += (own ? 1 : 0) + Math.min(related.length, answered.length);
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
    tally.examples.push(`${nameOf(page)}: no page entry (${rejected ?? 'not read, and no reject'}), ${related.length} related`);
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
          `${nameOf(page)} item ${i}: want ${JSON.stringify([want.question, want.paragraphs[0]?.slice(0, 20), want.format, want.date, want.url])}\n      got  ${JSON.stringify([got.question, got.answer_paragraphs[0]?.slice(0, 20), got.format, got.date, got.url])}`,
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
      if (tally.examples.length < show) tally.examples.push(`${nameOf(page)}: an entry from a link-only item (the page shows no answer to it): ${JSON.stringify([got.question, got.answer_paragraphs[0]?.slice(0, 20)])}`);
    }
  }
}

/** A page that must give no entry: right when none comes out; each entry that does is wrong, silently unless flagged. */
function scoreNoEntry(page: ServedPage, own: Entry | undefined, related: Entry[], rejected: string | null, tally: Tally, show: number): void {
  tally.pages++;
  if (rejected) tally.pagesRejected++;
  if (own) {
    tally.pageEntries++;
    if (unsure(own)) tally.pagesFlagged++;
    else {
      tally.silentPages++;
      if (tally.examples.length < show) tally.examples.push(`${nameOf(page)}: a page entry from a page that has none (${page.expected.noEntry}): ${JSON.stringify(own.question)}`);
    }
  } else for (const f of FIELDS) tally.right[f]++;
  for (const got of related) {
    tally.items++;
    if (unsure(got)) tally.itemsFlagged++;
    else tally.silentItems++;
  }
}

function describePage(page: ServedPage, own: Entry, related: Entry[], wrong: Field[]): string {
  const e = page.expected;
  const lines = [`${nameOf(page)}: wrong ${wrong.join(', ')}`];
  for (const f of wrong) {
    const want: Record<Field, unknown> = {
      question: e.question, name: e.doctor.name, title: e.doctor.title, department: e.doctor.department, hospital: e.doctor.hospital,
      grade: e.doctor.hospital_grade, answer: e.paragraphs.map((p) => p.slice(0, 24)), date: e.date, format: e.format,
      related: { items: e.related.filter((r) => r.paragraphs.length > 0).length, related_urls: e.related.map((r) => r.url) },
    };
    const got: Record<Field, unknown> = {
      question: own.question, name: own.doctor.name, title: own.doctor.title, department: own.doctor.department, hospital: own.doctor.hospital,
      grade: own.doctor.hospital_grade, answer: own.answer_paragraphs.map((p) => p.slice(0, 24)), date: own.date, format: own.format,
      related: { items: related.length, related_urls: own.related_urls },
    };
    lines.push(`      ${f}: want ${JSON.stringify(want[f])}\n      ${' '.repeat(f.length)}  got  ${JSON.stringify(got[f])}`);
  }
  return lines.join('\n');
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function row(label: string, t: Tally): string {
  const fields = FIELDS.map((f) => pct(t.right[f], t.pages)).join(' ');
  return `${label.padEnd(20)} ${String(t.pages).padStart(5)} ${fields} ${pct(t.coveredEntries, t.expectedEntries)} ${pct(t.pagesFlagged, t.pages)} ${pct(t.pagesRejected, t.pages)} ${String(t.silentPages).padStart(6)} ${pct(t.itemsRight, t.items)} ${pct(t.itemsFlagged, t.items)} ${String(t.silentItems).padStart(6)}`;
}

function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(t) as Array<keyof Tally>) {
    if (k === 'right') for (const f of FIELDS) into.right[f] += t.right[f];
    else if (k !== 'examples') (into[k] as number) += t[k] as number;
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'known,tuning,held-out,fresh,fresh-2,fresh-3,fresh-4,fresh-5,fresh-6,fresh-7,fresh-8,fresh-9,fresh-10,fresh-11,fresh-12,fresh-13,fresh-14,fresh-15,fresh-16,fresh-17,fresh-18,fresh-19,fresh-20,fresh-21,fresh-22,fresh-23,fresh-24,fresh-25,fresh-26,fresh-27,fresh-28,fresh-29,fresh-30,fresh-31,fresh-32,fresh-33,fresh-34,fresh-35,fresh-36,fresh-37,fresh-38,fresh-39,fresh-40,fresh-41,fresh-42,fresh-43,fresh-44,fresh-45,fresh-46,fresh-47,fresh-48,fresh-49,fresh-50,fresh-51,fresh-52,fresh-53,fresh-54,fresh-55,fresh-56,fresh-57,fresh-58,fresh-59,fresh-60,fresh-61,fresh-62,fresh-63,fresh-64,fresh-65,fresh-66,fresh-67,fresh-68,fresh-69,fresh-70,fresh-71,fresh-72,fresh-73,fresh-74,fresh-75,fresh-76,fresh-77,fresh-78,fresh-79,fresh-80,fresh-81,fresh-82,fresh-83,fresh-84,fresh-85,fresh-86,fresh-87,fresh-88,fresh-89,fresh-90,fresh-91,fresh-92,fresh-93,fresh-94,fresh-95,fresh-96,fresh-97,fresh-98,fresh-99,fresh-100,fresh-101,fresh-102,fresh-103,fresh-104' },
      pages: { type: 'string', default: '60' },
      seed: { type: 'string', default: '7' },
      family: { type: 'string' },
      show: { type: 'string', default: '0' },
      doubts: { type: 'boolean', default: false },
      learn: { type: 'string', default: '0' },
      faults: { type: 'string' },
      addressed: { type: 'boolean', default: false },
    },
  });
  if (values.faults !== undefined && !isFaultKind(values.faults)) throw new Error(`--faults ${values.faults}: expected one of ${FAULT_KINDS.join(', ')}`);
  const fault = values.faults ?? null;
  const splits = values.split.split(',') as Split[];
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  const show = Number(values.show);
  const learn = Number(values.learn);
  const addressed = values.addressed;
  const header = `${'family'.padEnd(20)} ${'pages'.padStart(5)} ${FIELDS.map((f) => f.slice(0, 6).padStart(6)).join(' ')} ${'cover'.padStart(6)} ${'unsure'.padStart(6)} ${'reject'.padStart(6)} ${'silent'.padStart(6)} ${'items'.padStart(6)} ${'i.uns'.padStart(6)} ${'i.sil'.padStart(6)}`;
  console.log(`seed ${seed}, ${pages} pages per family; per-field exact match of the page entry, share of expected entries covered,`);
  console.log('page entries flagged unsure_reading, pages rejected (the page, or its own entry), silently wrong page entries; related items exact, flagged, silently wrong\n');
  if (fault) console.log(`every page served with faults: ${fault} (bench/genre/faults.ts)\n`);
  if (addressed) console.log('every page read from its address, the key resolved against it (bench/genre/address.ts)\n');
  console.log(header);
  for (const split of splits) {
    const total = newTally();
    const learnedTotal = newTally();
    const examples: string[] = [];
    for (const family of FAMILIES.filter((f) => f.split === split && (!values.family || f.name === values.family))) {
      const tally = newTally();
      for (let i = 0; i < pages; i++) score(servedPage(family, seed, i, fault, addressed), tally, show);
      console.log(row(family.name, tally));
      add(total, tally);
      if (learn > 0) {
        const sample = Array.from({ length: learn }, (_, i) => recordOf(servedPage(family, seed, pages + i, fault, addressed)));
        const learned = learnProfile(sample, { site: family.site, learnedAt: new Date(0).toISOString() });
        const byProfile = newTally();
        const profiles = learned.profile ? [...PROFILES, learned.profile] : undefined;
        for (let i = 0; i < pages; i++) score(servedPage(family, seed, i, fault, addressed), byProfile, 0, profiles);
        const kept = learned.profile ? Object.keys(learned.agreement).filter((f) => !learned.leftOut.includes(f as never)).join(',') || 'none' : `no profile`;
        console.log(`${row(`  +learned`, byProfile)}  kept: ${kept}`);
        add(learnedTotal, byProfile);
      }
      examples.push(...tally.examples);
    }
    console.log(row(`= ${split}`, total));
    if (learn > 0) console.log(row(`= ${split} +learned`, learnedTotal));
    const fields = FIELDS.map((f) => total.right[f] / total.pages);
    console.log(`  ${split}: mean per-field exact ${(100 * (fields.reduce((s, x) => s + x, 0) / fields.length)).toFixed(1)}%, worst field ${(100 * Math.min(...fields)).toFixed(1)}%, silently wrong ${total.silentPages} of ${total.pageEntries} page entries and ${total.silentItems} of ${total.items} related items, ${total.unsaidPages} of ${total.pages} pages with no page entry and no reject\n`);
    for (const e of examples) console.log(`  ${e}`);
  }
  if (values.doubts) {
    console.log('why entries were flagged unsure_reading:');
    for (const [doubt, n] of [...doubtCounts].sort()) console.log(`  ${String(n).padStart(5)}  ${doubt}`);
  }
}

main();
