import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { comparable } from '../../src/core/text.js';
import type { Entry } from '../../src/schema/entry.js';
import { consistencyDoubts, type ReadEntry } from '../../src/flags/consistency.js';
import { familiesOf, generatePage, type GeneratedPage } from './families.js';
import { type ExpectedItem, type Split } from './family.js';

/**
 * How the consistency checks (src/flags/consistency.ts, of THIS checkout) would have done on a
 * split's first run: the split's pages are read by another checkout's reader (`--reader`, e.g. a
 * detached worktree at the commit the split was first run on: its extract and validate, its own
 * doubts), then this checkout's checks are asked of every entry. Per split: silently wrong page
 * entries and related items (a field wrong, no `unsure_reading`) before → after the checks, and
 * the correct ones the checks newly flag (false alarms); per check: what it caught and what it
 * flagged wrongly.
 *
 *   npx tsx bench/genre/doubt-study.ts --reader /work/wt/old-5e1fed5 --split fresh-4 [--show 3] [--pages 60] [--seed 7]
 *
 * `--show N` prints N rows per family still silently wrong after the checks, and N false alarms:
 * use it only on the splits the checks are designed on, never on the ones held out to test them.
 */

interface ReaderModules {
  extractPage: (record: unknown, options?: unknown) => { ok: boolean; value?: { entries: unknown[] } & Record<string, unknown>; reject?: { reason: string } };
  toEntry: (draft: unknown, page: unknown, now: Date) => { ok: boolean; value?: Entry };
}

async function loadReader(root: string): Promise<ReaderModules> {
  const extract = await import(pathToFileURL(resolve(root, 'src/extract/extract-page.ts')).href);
  const validate = await import(pathToFileURL(resolve(root, 'src/validate/to-entry.ts')).href);
  return { extractPage: extract.extractPage, toEntry: validate.toEntry };
}

const UNSURE = 'unsure_reading';
const unsure = (e: Entry) => (e.flags as readonly string[]).includes(UNSURE);
const sameText = (a: string | null | undefined, b: string | null | undefined) => comparable(a ?? '') === comparable(b ?? '');
const sameParagraphs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => sameText(p, b[i]));

interface Tally {
  pageEntries: number;
  pagesRight: number;
  silentPagesBefore: number;
  silentPagesAfter: number;
  rightPagesNewlyFlagged: number;
  items: number;
  itemsRight: number;
  silentItemsBefore: number;
  silentItemsAfter: number;
  rightItemsNewlyFlagged: number;
  /** Per check: silently wrong page entries / items it flags, correct ones it flags (not flagged before). */
  byCheck: Map<string, { pages: number; items: number; falsePages: number; falseItems: number }>;
}

const newTally = (): Tally => ({
  pageEntries: 0, pagesRight: 0, silentPagesBefore: 0, silentPagesAfter: 0, rightPagesNewlyFlagged: 0,
  items: 0, itemsRight: 0, silentItemsBefore: 0, silentItemsAfter: 0, rightItemsNewlyFlagged: 0, byCheck: new Map(),
});

const readEntryOf = (e: Entry): ReadEntry => ({
  question: e.question, answer_paragraphs: e.answer_paragraphs, doctor: e.doctor, date: e.date, origin: e.origin,
});

function wrongFields(page: GeneratedPage, own: Entry, related: Entry[]): string[] {
  const x = page.expected;
  const d = own.doctor;
  const checks: Record<string, boolean> = {
    question: sameText(own.question, x.question),
    name: d.name === x.doctor.name,
    title: d.title === x.doctor.title,
    department: d.department === x.doctor.department,
    hospital: d.hospital === x.doctor.hospital,
    grade: d.hospital_grade === x.doctor.hospital_grade,
    answer: sameParagraphs(own.answer_paragraphs, x.paragraphs),
    date: own.date === x.date,
    format: own.format === x.format,
    related: related.length === x.related.length,
  };
  return Object.keys(checks).filter((k) => !checks[k]);
}

const itemRight = (got: Entry, want: ExpectedItem) =>
  sameText(got.question, want.question) && sameParagraphs(got.answer_paragraphs, want.paragraphs) && got.format === want.format && got.date === want.date && got.url === want.url;

function study(reader: ReaderModules, page: GeneratedPage, t: Tally, shown: string[], show: number): void {
  const outcome = reader.extractPage({ url: page.name, finalUrl: page.name, status: 200, headers: {}, body: page.body, fetchedAt: null }, {});
  if (!outcome.ok || !outcome.value) return;
  const entries: Entry[] = [];
  for (const draft of outcome.value.entries) {
    const r = reader.toEntry(draft, outcome.value, new Date(0));
    if (r.ok && r.value) entries.push(r.value);
  }
  const readPage = { entries: entries.map(readEntryOf) };
  const doubtsOf = (e: Entry) => consistencyDoubts(readEntryOf(e), readPage);
  const count = (e: Entry, key: 'pages' | 'items' | 'falsePages' | 'falseItems') => {
    for (const check of new Set(doubtsOf(e).map((d) => d.check))) {
      const c = t.byCheck.get(check) ?? { pages: 0, items: 0, falsePages: 0, falseItems: 0 };
      c[key]++;
      t.byCheck.set(check, c);
    }
  };
  const own = entries.find((e) => e.origin === 'page');
  const related = entries.filter((e) => e.origin === 'related');
  if (own) {
    t.pageEntries++;
    const wrong = wrongFields(page, own, related);
    const doubts = doubtsOf(own);
    if (wrong.length === 0) {
      t.pagesRight++;
      if (!unsure(own) && doubts.length > 0) {
        t.rightPagesNewlyFlagged++;
        count(own, 'falsePages');
        if (shown.length < show * 2) shown.push(`${page.name}: FALSE ALARM ${doubts.map((d) => `${d.check}: ${d.why}`).join('; ')}`);
      }
    } else if (!unsure(own)) {
      t.silentPagesBefore++;
      if (doubts.length > 0) count(own, 'pages');
      else {
        t.silentPagesAfter++;
        if (shown.length < show * 2) shown.push(describe(page, own, related, wrong));
      }
    }
  }
  for (let i = 0; i < page.expected.related.length; i++) {
    const want = page.expected.related[i]!;
    const got = related[i];
    t.items++;
    if (!got) continue;
    const doubts = doubtsOf(got);
    if (itemRight(got, want)) {
      t.itemsRight++;
      if (!unsure(got) && doubts.length > 0) {
        t.rightItemsNewlyFlagged++;
        count(got, 'falseItems');
        if (shown.length < show * 2) shown.push(`${page.name} item ${i}: FALSE ALARM ${doubts.map((d) => `${d.check}: ${d.why}`).join('; ')}`);
      }
    } else if (!unsure(got)) {
      t.silentItemsBefore++;
      if (doubts.length > 0) count(got, 'items');
      else {
        t.silentItemsAfter++;
        if (shown.length < show * 2) {
          shown.push(
            `${page.name} item ${i}: want ${JSON.stringify([want.question, want.paragraphs.map((p) => p.slice(0, 30)), want.format, want.date, want.url])}\n      got  ${JSON.stringify([got.question, got.answer_paragraphs.map((p) => p.slice(0, 30)), got.format, got.date, got.url])}`,
          );
        }
      }
    }
  }
}

function describe(page: GeneratedPage, own: Entry, related: Entry[], wrong: string[]): string {
  const x = page.expected;
  const want: Record<string, unknown> = { question: x.question, ...x.doctor, answer: x.paragraphs, date: x.date, format: x.format, related: x.related.map((r) => r.question) };
  const got: Record<string, unknown> = { question: own.question, ...own.doctor, answer: own.answer_paragraphs, date: own.date, format: own.format, related: related.map((r) => r.question) };
  const key = (f: string) => (f === 'grade' ? 'hospital_grade' : f);
  return [`${page.name}: wrong ${wrong.join(', ')}`, ...wrong.map((f) => `      ${f}: want ${JSON.stringify(want[key(f)])}\n      ${' '.repeat(f.length)}  got  ${JSON.stringify(got[key(f)])}`)].join('\n');
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reader: { type: 'string', default: '.' },
      split: { type: 'string', default: 'known,tuning,held-out,fresh,fresh-2,fresh-3,fresh-4,fresh-5,fresh-6,fresh-7,fresh-8,fresh-9,fresh-10,fresh-11,fresh-12,fresh-13,fresh-14,fresh-15' },
      pages: { type: 'string', default: '60' },
      seed: { type: 'string', default: '7' },
      show: { type: 'string', default: '0' },
      family: { type: 'string' },
    },
  });
  const reader = await loadReader(values.reader);
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  const show = Number(values.show);
  const all = newTally();
  console.log(`reader ${resolve(values.reader)}, checks of ${resolve('.')}; seed ${seed}, ${pages} pages a family`);
  for (const split of values.split.split(',') as Split[]) {
    const t = newTally();
    for (const family of familiesOf(split, values.family || undefined)) {
      const shown: string[] = [];
      const before = t.silentPagesAfter + t.silentItemsAfter;
      for (let i = 0; i < pages; i++) study(reader, generatePage(family, seed, i), t, shown, show);
      if (show > 0) {
        console.log(`  ${family.name}: ${t.silentPagesAfter + t.silentItemsAfter - before} silently wrong left`);
        for (const s of shown) console.log(`    ${s}`);
      }
    }
    print(split, t);
    merge(all, t);
  }
  print('all', all);
}

function print(label: string, t: Tally): void {
  console.log(
    `${label}: silently wrong page entries ${t.silentPagesBefore} → ${t.silentPagesAfter} of ${t.pageEntries}, related items ${t.silentItemsBefore} → ${t.silentItemsAfter} of ${t.items}; ` +
      `correct newly flagged: page entries ${t.rightPagesNewlyFlagged} of ${t.pagesRight} (${pct(t.rightPagesNewlyFlagged, t.pagesRight)}), items ${t.rightItemsNewlyFlagged} of ${t.itemsRight} (${pct(t.rightItemsNewlyFlagged, t.itemsRight)})`,
  );
  for (const [check, c] of [...t.byCheck].sort()) {
    console.log(`    ${check.padEnd(28)} caught ${String(c.pages).padStart(4)} pages ${String(c.items).padStart(5)} items; false alarms ${String(c.falsePages).padStart(4)} pages ${String(c.falseItems).padStart(5)} items`);
  }
}

function merge(into: Tally, t: Tally): void {
  for (const k of Object.keys(t) as Array<keyof Tally>) if (k !== 'byCheck') (into[k] as number) += t[k] as number;
  for (const [check, c] of t.byCheck) {
    const m = into.byCheck.get(check) ?? { pages: 0, items: 0, falsePages: 0, falseItems: 0 };
    into.byCheck.set(check, { pages: m.pages + c.pages, items: m.items + c.items, falsePages: m.falsePages + c.falsePages, falseItems: m.falseItems + c.falseItems });
  }
}

await main();
