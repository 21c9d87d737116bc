import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PageRecord } from '../../src/schema/records.js';

/**
 * Extraction speed (decode, parse, read) on the fixture pages under fixtures/pages and
 * fixtures/faults, in pages per second; with --against, the same pages through another
 * checkout's extractor in the same process, rounds interleaved so that a busy neighbour slows
 * both alike. --genre N adds N generated pages of every layout family (bench/genre), --large N
 * the HTML pages among the first N of the benchmark's large corpus (~60 KB), --no-fixtures
 * leaves the fixture pages out.
 *
 *   npx tsx bench/genre/speed.ts [--seconds 2] [--rounds 7] [--against /path/to/other/checkout] [--genre 20] [--large 60 --no-fixtures]
 *
 * Two extractors in one process are not alike: the one loaded first shapes the type feedback of
 * what both share (cheerio, htmlparser2) and reads some 8% faster whichever it is. So with
 * --against the comparison runs twice, in two child processes, each side loaded first once, and
 * the ratio printed is the geometric mean of the two (`--first this|other` runs one order alone).
 */
type Extract = (page: PageRecord) => unknown;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '7' },
    against: { type: 'string' },
    genre: { type: 'string', default: '0' },
    large: { type: 'string', default: '0' },
    'no-fixtures': { type: 'boolean', default: false },
    first: { type: 'string' },
  },
});

if (values.against && !values.first) {
  // Each order in a process of its own; the load-order bias cancels in their geometric mean.
  const { execFileSync } = await import('node:child_process');
  const script = new URL(import.meta.url).pathname;
  const ratios: number[] = [];
  for (const first of ['this', 'other']) {
    const out = execFileSync(process.execPath, [...process.execArgv, script, ...process.argv.slice(2), '--first', first], { encoding: 'utf8', maxBuffer: 1 << 24 });
    process.stdout.write(`-- ${first === 'this' ? 'this checkout' : values.against} loaded first\n${out}`);
    const m = /ratio this \/ other: median ([\d.]+)/.exec(out);
    if (!m) throw new Error(`no ratio in the child's output:\n${out}`);
    ratios.push(Number(m[1]));
  }
  console.log(`ratio this / other, each loaded first once: ${Math.sqrt(ratios[0]! * ratios[1]!).toFixed(3)} (${ratios.map((r) => r.toFixed(2)).join(' and ')})`);
  process.exit(0);
}

const root = new URL('../../fixtures/', import.meta.url).pathname;
const pages: PageRecord[] = [];
for (const dir of values['no-fixtures'] ? [] : ['pages', 'faults']) {
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (name.endsWith('.expected.json')) continue;
    const body = readFileSync(join(root, dir, name));
    const headers: Record<string, string> = name.endsWith('.txt') ? { 'content-type': 'text/plain' } : {};
    pages.push({ url: `${dir}/${name}`, finalUrl: `${dir}/${name}`, status: 200, headers, body, fetchedAt: null });
  }
}
if (Number(values.genre) > 0) {
  const { FAMILIES, generatePage } = await import('./families.js');
  for (const family of FAMILIES) {
    for (let i = 0; i < Number(values.genre); i++) {
      const p = generatePage(family, 7, i);
      pages.push({ url: p.name, finalUrl: p.name, status: 200, headers: {}, body: p.body, fetchedAt: null });
    }
  }
}

if (Number(values.large) > 0) {
  // The benchmark corpus's ~60 KB HTML pages (youlai desktop and mobile, 康问; boilerplate around them).
  const { generatePages } = await import('../../kit/pages/corpus.js');
  for (const p of generatePages({ pages: Number(values.large), size: 'large' })) {
    if (p.contentType !== 'text/plain') pages.push({ url: p.name, finalUrl: p.name, status: 200, headers: { 'content-type': p.contentType }, body: p.body, fetchedAt: null });
  }
}

const load = async (dir: string): Promise<Extract> =>
  ((await import(pathToFileURL(join(resolve(dir), 'src/extract/extract-page.ts')).href)) as { extractPage: Extract }).extractPage;
const contenders: Array<[string, Extract]> = [];
const loadThis = async () => contenders.push(['this checkout', await load(new URL('../..', import.meta.url).pathname)]);
if (values.against && values.first === 'other') contenders.push([values.against, await load(values.against)]);
await loadThis();
if (values.against && values.first !== 'other') contenders.push([values.against, await load(values.against)]);
if (contenders.length === 2 && contenders[0]![0] !== 'this checkout') contenders.reverse(); // rounds and ratio name this first

const seconds = Number(values.seconds);
const rates = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
// Warm-up: 50 passes, or 5 s a side where the pages are many (--genre 20 is some 10,000 pages).
for (const [, extract] of contenders) {
  const start = performance.now();
  for (let i = 0; i < 50 && performance.now() - start < 5000; i++) for (const p of pages) extract(p);
}
for (let r = 0; r < Number(values.rounds); r++) {
  for (const [name, extract] of r % 2 === 0 ? contenders : [...contenders].reverse()) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) {
      for (const p of pages) extract(p);
      n += pages.length;
    }
    rates.get(name)!.push(n / ((performance.now() - start) / 1000));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = pages.reduce((s, p) => s + p.body.length, 0) / pages.length / 1024;
console.log(`${pages.length} pages (mean ${kb.toFixed(1)} KB), ${values.rounds} rounds of ${seconds} s`);
for (const [name, xs] of rates) console.log(`${name.padEnd(24)} median ${median(xs).toFixed(0)} pages/s  (${xs.map((x) => x.toFixed(0)).join(', ')})`);
if (contenders.length === 2) {
  // Neighbours come and go: the ratio within a round is steadier than either figure.
  const [a, b] = contenders.map(([name]) => rates.get(name)!);
  console.log(`ratio this / other: median ${median(a!.map((x, i) => x / b![i]!)).toFixed(2)} over ${a!.length} rounds`);
}
