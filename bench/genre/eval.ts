import { parseArgs } from 'node:util';
import { extractPage } from '../../src/extract/extract-page.js';
import type { Entry } from '../../src/schema/entry.js';
import { toEntries } from '../../src/validate/to-entry.js';
import { learnProfile } from '../../src/extract/profiles/learn-profile.js';
import { PROFILES, type SiteProfile } from '../../src/extract/profiles/index.js';
import { Rng } from '../../kit/pages/rng.js';
import { addressedKey, addressOf } from './address.js';
import { applyFault, FAULT_KINDS, isFaultKind, type FaultKind } from './faults.js';
import { familiesOf, generatePage, type GeneratedPage } from './families.js';
import { add, header, newTally, row, scoreEntries, summary, type Tally } from './score.js';
import { type Family, type Split } from './family.js';

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

/** Page `page` read by extractPage (with `profiles`), scored. */
function score(page: ServedPage, tally: Tally, show: number, profiles?: readonly SiteProfile[]): void {
  const { entries, rejected } = entriesOf(page, profiles);
  scoreEntries({ label: nameOf(page), expected: page.expected }, entries, rejected, tally, show);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'known,tuning,held-out,fresh,fresh-2,fresh-3,fresh-4,fresh-5,fresh-6,fresh-7,fresh-8,fresh-9,fresh-10,fresh-11,fresh-12,fresh-13,fresh-14,fresh-15,fresh-16,fresh-17,fresh-18,fresh-19,fresh-20,fresh-21,fresh-22,fresh-23,fresh-24,fresh-25,fresh-26,fresh-27,fresh-28,fresh-29,fresh-30,fresh-31,fresh-32,fresh-33,fresh-34,fresh-35,fresh-36,fresh-37,fresh-38,fresh-39,fresh-40,fresh-41,fresh-42,fresh-43,fresh-44,fresh-45,fresh-46,fresh-47,fresh-48,fresh-49,fresh-50,fresh-51,fresh-52,fresh-53,fresh-54,fresh-55,fresh-56,fresh-57,fresh-58,fresh-59,fresh-60,fresh-61,fresh-62,fresh-63,fresh-64,fresh-65,fresh-66,fresh-67,fresh-68,fresh-69,fresh-70,fresh-71,fresh-72,fresh-73,fresh-74,fresh-75,fresh-76,fresh-77,fresh-78,fresh-79,fresh-80,fresh-81,fresh-82,fresh-83,fresh-84,fresh-85,fresh-86,fresh-87,fresh-88,fresh-89,fresh-90,fresh-91,fresh-92,fresh-93,fresh-94,fresh-95,fresh-96,fresh-97,fresh-98,fresh-99,fresh-100,fresh-101,fresh-102,fresh-103,fresh-104,fresh-105,fresh-106,fresh-107,fresh-108,fresh-109,fresh-110,fresh-111,fresh-112,fresh-113,fresh-114,fresh-115,fresh-116,fresh-117,fresh-118' },
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
  console.log(`seed ${seed}, ${pages} pages per family; per-field exact match of the page entry, share of expected entries covered,`);
  console.log('page entries flagged unsure_reading, pages rejected (the page, or its own entry), silently wrong page entries; related items exact, flagged, silently wrong\n');
  if (fault) console.log(`every page served with faults: ${fault} (bench/genre/faults.ts)\n`);
  if (addressed) console.log('every page read from its address, the key resolved against it (bench/genre/address.ts)\n');
  console.log(header());
  for (const split of splits) {
    const total = newTally();
    const learnedTotal = newTally();
    const examples: string[] = [];
    for (const family of familiesOf(split, values.family || undefined)) {
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
    console.log(summary(split, total));
    for (const e of examples) console.log(`  ${e}`);
  }
  if (values.doubts) {
    console.log('why entries were flagged unsure_reading:');
    for (const [doubt, n] of [...doubtCounts].sort()) console.log(`  ${String(n).padStart(5)}  ${doubt}`);
  }
}

main();
