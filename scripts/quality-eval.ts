/**
 * Measures the quality rules on the labelled fixtures in fixtures/quality/ and prints:
 * truncation precision/recall (rules alone, and with the full answers the fixtures know),
 * content-flag precision/recall, near-duplicate figures with a threshold sweep, and the
 * cross-run store's figures. Usage: npx tsx scripts/quality-eval.ts [--errors]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectIssues } from '../src/flags/issues.js';
import { candidateProbability, jaccard, shingleHashes } from '../src/dedupe/minhash.js';
import { NearDupeStage } from '../src/dedupe/near-dupe-stage.js';
import { DEFAULT_NEAR_DUPE_OPTIONS, type NearDupeOptions } from '../src/dedupe/near-dupes.js';
import { PublishedStore } from '../src/dedupe/published-store.js';
import { contentCore, doctorKey, questionSimilarity } from '../src/core/text.js';
import type { Entry } from '../src/schema/entry.js';
import type { DatasetRecord, EntryItem } from '../src/schema/records.js';
import { DedupeStage } from '../src/dedupe/exact-dedupe.js';
import { isCutOffEnd, isCutOffStart } from '../src/flags/flags.js';
import { dupeRows, entryFrom, flagCases, holdoutCases, truncationCases, type DupeRow, type FlagCase, type TruncationCase } from './quality-fixtures.js';

const showErrors = process.argv.includes('--errors');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');

class Confusion {
  tp = 0;
  fp = 0;
  fn = 0;
  tn = 0;
  add(truth: boolean, predicted: boolean) {
    if (truth && predicted) this.tp++;
    else if (!truth && predicted) this.fp++;
    else if (truth && !predicted) this.fn++;
    else this.tn++;
  }
  get precision() {
    return this.tp / (this.tp + this.fp);
  }
  get recall() {
    return this.tp / (this.tp + this.fn);
  }
  get f1() {
    return (2 * this.precision * this.recall) / (this.precision + this.recall);
  }
  row(name: string) {
    return `${name.padEnd(34)} ${String(this.tp).padStart(4)} ${String(this.fp).padStart(4)} ${String(this.fn).padStart(4)} ${String(this.tn).padStart(4)}   ${pct(this.precision).padStart(6)} ${pct(this.recall).padStart(6)} ${pct(this.f1).padStart(6)}`;
  }
}
const header = (title: string) => console.log(`\n${title}\n${''.padEnd(34)}   TP   FP   FN   TN   prec.  recall   F1`);

// 1. Truncation ----------------------------------------------------------------------------
const cases = truncationCases();
const known = cases.filter((c) => c.full).length;
console.log(`# qa-harvest quality evaluation\n\n## Truncation (fixtures/quality/truncation.jsonl: ${cases.length} cases, ${known} with a known full answer)`);
header('flag (mode)');
const errors: string[] = [];
for (const side of ['end', 'start'] as const) {
  for (const mode of ['rules', 'with full answers'] as const) {
    const c = new Confusion();
    for (const t of cases) {
      const truth = side === 'end' ? t.label === 'cut_end' || t.label === 'cut_both' : t.label === 'cut_start' || t.label === 'cut_both';
      const fulls = mode === 'rules' || !t.full ? [] : [t.full];
      const predicted = side === 'end' ? isCutOffEnd(t.text, fulls) : isCutOffStart(t.text, fulls);
      c.add(truth, predicted);
      if (truth !== predicted && mode !== 'rules') errors.push(`  cut_off_${side} ${predicted ? 'FP' : 'FN'}: ${t.note} — ${t.text.slice(0, 40)}`);
    }
    console.log(c.row(`cut_off_${side} (${mode})`));
  }
}
if (showErrors) console.log(errors.join('\n'));

// 2. Content flags ---------------------------------------------------------------------------
const CONTENT_FLAGS = ['mojibake', 'leftover_markup', 'boilerplate', 'contact_or_ad', 'qa_unrelated'] as const;
const rows = dupeRows();
const corpus = [
  ...flagCases().map((c) => ({ question: c.question as string | undefined, answer: c.answer, flags: c.flags, note: c.note })),
  ...cases.map((c) => ({ question: c.question, answer: c.text, flags: c.flags ?? [], note: `truncation: ${c.note}` })),
  ...rows.map((r) => ({ question: r.question as string | undefined, answer: r.answer, flags: r.flags, note: `near-dupes: ${r.key} ${r.note}` })),
];
console.log(`\n## Content flags (fixtures/quality/flags.jsonl ${flagCases().length} cases + every other fixture text as further cases: ${corpus.length} texts)`);
header('flag');
const flagErrors: string[] = [];
for (const flag of CONTENT_FLAGS) {
  const c = new Confusion();
  for (const t of corpus) {
    if (flag === 'qa_unrelated' && t.question === undefined) continue;
    const predicted = detectIssues(t.answer, t.question).some((i) => i.flag === flag);
    const truth = t.flags.includes(flag);
    c.add(truth, predicted);
    if (truth !== predicted) flagErrors.push(`  ${flag} ${predicted ? 'FP' : 'FN'}: ${t.note} — ${t.answer.slice(0, 40)}`);
  }
  console.log(c.row(flag));
}
if (showErrors) console.log(flagErrors.join('\n'));

// 2b. Held out ---------------------------------------------------------------------------------
const holdout = holdoutCases();
const heldTrunc = holdout.filter((c): c is { kind: 'truncation' } & TruncationCase => c.kind === 'truncation');
const heldFlags = holdout.filter((c): c is { kind: 'flags' } & FlagCase => c.kind === 'flags');
console.log(`\n## Held out (fixtures/quality/holdout.jsonl: ${heldTrunc.length} truncation and ${heldFlags.length} flag cases written after the rules were frozen)`);
header('flag (mode)');
const heldErrors: string[] = [];
for (const side of ['end', 'start'] as const) {
  for (const mode of ['rules', 'with full answers'] as const) {
    const c = new Confusion();
    for (const t of heldTrunc) {
      const truth = side === 'end' ? t.label === 'cut_end' || t.label === 'cut_both' : t.label === 'cut_start' || t.label === 'cut_both';
      const fulls = mode === 'rules' || !t.full ? [] : [t.full];
      const predicted = side === 'end' ? isCutOffEnd(t.text, fulls) : isCutOffStart(t.text, fulls);
      c.add(truth, predicted);
      if (truth !== predicted && mode !== 'rules') heldErrors.push(`  cut_off_${side} ${predicted ? 'FP' : 'FN'}: ${t.note} — ${t.text.slice(0, 40)}`);
    }
    console.log(c.row(`cut_off_${side} (${mode})`));
  }
}
for (const flag of CONTENT_FLAGS) {
  const c = new Confusion();
  for (const t of heldFlags) {
    const predicted = detectIssues(t.answer, t.question).some((i) => i.flag === flag);
    const truth = t.flags.includes(flag);
    c.add(truth, predicted);
    if (truth !== predicted) heldErrors.push(`  ${flag} ${predicted ? 'FP' : 'FN'}: ${t.note} — ${t.answer.slice(0, 40)}`);
  }
  console.log(c.row(flag));
}
if (showErrors) console.log(heldErrors.join('\n'));

// 3. Near-duplicates -----------------------------------------------------------------------
async function collect(it: AsyncIterable<DatasetRecord>): Promise<DatasetRecord[]> {
  const out: DatasetRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}
async function* items(entries: Entry[]): AsyncIterable<EntryItem> {
  for (const entry of entries) yield { kind: 'entry', entry };
}

interface DedupResult {
  pairs: Confusion;
  neverMergeViolations: number;
  published: number;
  stats: NearDupeStage['stats'];
  exact: number;
}
async function dedup(rows: DupeRow[], options: Partial<NearDupeOptions>): Promise<DedupResult> {
  const entries = rows.map((r) => entryFrom(r));
  const exact = new DedupeStage();
  const near = new NearDupeStage(options);
  const out = await collect(near.run(exact.run(items(entries))));
  const target = new Map<string, string>();
  for (const r of out) if (r.kind === 'superseded') target.set(r.superseded.id, r.superseded.superseded_by);
  const final = (id: string): string => {
    let t = id;
    for (let i = 0; i < 64 && target.has(t); i++) t = target.get(t)!;
    return t;
  };
  const pairs = new Confusion();
  let violations = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const same = final(entries[i]!.id) === final(entries[j]!.id);
      pairs.add(rows[i]!.cluster === rows[j]!.cluster, same);
      const a = doctorKey(rows[i]!.doctor?.name);
      const b = doctorKey(rows[j]!.doctor?.name);
      if (same && a !== null && b !== null && a !== b) violations++;
    }
  }
  return { pairs, neverMergeViolations: violations, published: out.filter((r) => r.kind === 'entry').length, stats: near.stats, exact: exact.stats.exactDuplicates };
}

const groups = new Set(rows.map((r) => r.cluster)).size;
console.log(`\n## Near-duplicates (fixtures/quality/near-dupes.jsonl: ${rows.length} entries, ${groups} labelled groups)`);
const base = await dedup(rows, {});
const o = DEFAULT_NEAR_DUPE_OPTIONS;
console.log(
  `defaults: ${o.shingleSize}-character shingles, ${o.permutations} permutations, ${o.bands} bands × ${o.permutations / o.bands} rows, answer similarity ≥ ${o.minAnswerSimilarity}, question similarity ≥ ${o.minQuestionSimilarity}`,
);
console.log(`entries in ${rows.length} → published ${base.published} (labelled: ${groups})`);
console.log(
  `exact duplicates ${base.exact} · near-duplicates merged ${base.stats.nearDuplicates} in ${base.stats.clusters} clusters · snippets superseded by content ${base.stats.snippetsSuperseded} · refused: ${JSON.stringify(base.stats.refused)}`,
);
header('pairs “same published entry”');
console.log(base.pairs.row('DedupeStage → NearDupeStage'));
console.log(`never-merge violations (two doctors in one entry): ${base.neverMergeViolations}`);

console.log('\nSweep (pairwise precision / recall; violations = merged pairs with two different doctors):');
console.log('shingle  θ answer   prec.  recall     F1  violations');
for (const shingleSize of [2, 3, 4, 5]) {
  for (const minAnswerSimilarity of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const r = await dedup(rows, { shingleSize, minAnswerSimilarity });
    const mark = shingleSize === o.shingleSize && minAnswerSimilarity === o.minAnswerSimilarity ? '  ← default' : '';
    console.log(`${String(shingleSize).padStart(7)} ${minAnswerSimilarity.toFixed(1).padStart(9)}  ${pct(r.pairs.precision).padStart(6)} ${pct(r.pairs.recall).padStart(7)} ${pct(r.pairs.f1).padStart(6)} ${String(r.neverMergeViolations).padStart(11)}${mark}`);
  }
}

// The margin: exact Jaccard of the pairs the threshold has to separate.
console.log(`\nExact Jaccard of the answers for pairs whose questions are alike (≥ ${o.minQuestionSimilarity}), whose doctors do not differ, and neither contains the other:`);
console.log('shingle  lowest near-copy  highest different answer   gap');
const verbose: string[] = [];
for (const k of [2, 3, 4, 5]) {
  const margin = { same: [] as number[], different: [] as number[] };
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      if (questionSimilarity(a.question, b.question) < o.minQuestionSimilarity) continue;
      const da = doctorKey(a.doctor?.name);
      const db = doctorKey(b.doctor?.name);
      if (da !== null && db !== null && da !== db) continue;
      const ca = contentCore(a.answer);
      const cb = contentCore(b.answer);
      if (ca === cb || ca.includes(cb) || cb.includes(ca)) continue;
      const jk = jaccard(shingleHashes(ca, k), shingleHashes(cb, k));
      (a.cluster === b.cluster ? margin.same : margin.different).push(jk);
      if (k === o.shingleSize) verbose.push(`  ${a.key.padEnd(6)} ${b.key.padEnd(6)} ${a.cluster === b.cluster ? 'near-copy' : 'different'} J=${jk.toFixed(3)}`);
    }
  }
  const lo = Math.min(...margin.same);
  const hi = Math.max(...margin.different);
  console.log(`${String(k).padStart(7)}  ${lo.toFixed(3).padStart(16)}  ${hi.toFixed(3).padStart(24)}  ${(lo - hi).toFixed(3).padStart(5)}${k === o.shingleSize ? '  ← default' : ''}`);
}
if (showErrors) console.log(`pairs at ${o.shingleSize} characters:\n${verbose.join('\n')}`);
// Background: how much unrelated answers share, which sets how many false candidates LSH proposes.
const cores = [...new Set(new Map(rows.map((r) => [r.cluster, contentCore(r.answer)])).values())];
console.log('shingle  background Jaccard of distinct answers in different groups: mean / 99th percentile');
for (const k of [2, 3, 4, 5]) {
  const sets = cores.map((c) => shingleHashes(c, k));
  const js: number[] = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) js.push(jaccard(sets[i]!, sets[j]!));
  js.sort((a, b) => a - b);
  console.log(`${String(k).padStart(7)}  ${(js.reduce((a, b) => a + b, 0) / js.length).toFixed(3)} / ${js[Math.floor(js.length * 0.99)]!.toFixed(3)}`);
}
const sd = Math.sqrt((o.minAnswerSimilarity * (1 - o.minAnswerSimilarity)) / o.permutations);
console.log(
  `MinHash estimate's standard deviation at the threshold: ${sd.toFixed(3)}; LSH (${o.bands}×${o.permutations / o.bands}) proposes a pair of similarity 0.3 / 0.5 / 0.7 with probability ` +
    [0.3, 0.5, 0.7].map((x) => candidateProbability(x, o.bands, o.permutations / o.bands).toFixed(3)).join(' / '),
);

// 4. Across runs -----------------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'qa-harvest-eval-store-'));
try {
  const entries = rows.map((r) => entryFrom(r));
  const labels = [...new Set(rows.map((r) => r.cluster))];
  // Run 1 publishes one entry of every labelled group but every fourth, which stays unpublished.
  const heldOut = new Set(labels.filter((_, i) => i % 4 === 3));
  const firstOfGroup = new Map<string, Entry>();
  rows.forEach((r, i) => heldOut.has(r.cluster) || firstOfGroup.has(r.cluster) || firstOfGroup.set(r.cluster, entries[i]!));
  const path = join(dir, 'published.sqlite');
  const run1 = PublishedStore.open(path);
  for (const e of firstOfGroup.values()) run1.markSeen(e);
  run1.commit('run-1');
  run1.close();
  // Run 2 reads every row.
  const run2 = PublishedStore.open(path);
  const counts: Record<string, number> = {};
  let caught = 0;
  let ofPublished = 0;
  let falseDuplicates = 0;
  rows.forEach((r, i) => {
    const status = run2.classify(entries[i]!);
    counts[status] = (counts[status] ?? 0) + 1;
    if (heldOut.has(r.cluster)) {
      if (status !== 'new') falseDuplicates++;
    } else {
      ofPublished++;
      if (status !== 'new') caught++;
    }
  });
  run2.close();
  // Run 3 sees half of the published groups again: the other half are gone.
  const run3 = PublishedStore.open(path);
  const firsts = [...firstOfGroup.values()];
  firsts.filter((_, i) => i % 2 === 0).forEach((e) => run3.markSeen(e));
  const gone = [...run3.gone()].length;
  run3.close();
  console.log(`\n## Across runs (PublishedStore)`);
  console.log(`run 1 published one entry of ${firstOfGroup.size} labelled groups (${heldOut.size} groups held out); run 2 classifies all ${rows.length} rows:`);
  console.log(`  ${JSON.stringify(counts)}`);
  console.log(`  rows of published groups not taken for new (no duplicate republished): ${caught}/${ofPublished}`);
  console.log(`  rows of held-out groups taken for duplicates of published entries: ${falseDuplicates}/${rows.length - ofPublished}`);
  console.log(`run 3 sees ${Math.ceil(firsts.length / 2)} of the ${firsts.length} published entries: gone ${gone} (expected ${Math.floor(firsts.length / 2)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
