import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, type Reply } from '../../kit/site/server.js';
import { silentLogger } from '../../src/core/log.js';
import { CrawlOptionsSchema, toSettings } from '../../src/crawl/options.js';
import { runCrawl } from '../../src/pipeline/run-crawl.js';
import type { Entry, Reject } from '../../src/schema/entry.js';
import type { Superseded } from '../../src/schema/records.js';
import { comparable } from '../../src/core/text.js';
import { Rng } from '../../kit/pages/rng.js';
import { addressedKey, addressOf } from './address.js';
import { applyFault, FAULT_KINDS, isFaultKind, type FaultKind } from './faults.js';
import { familiesOf, generatePage } from './families.js';
import type { Expected, Family, Split } from './family.js';
import { add, header, newTally, row, scoreEntries, summary, type Tally } from './score.js';

/**
 * The genre evaluation through a live crawl, as a user meets an unseen site: each family's pages served on a
 * loopback site of their own (at the path their address on the family's host has, their addresses on that host
 * moved to the loopback origin as though the site were published there, listed on its home page, a
 * fifth of them behind a 301, a share refused once with 503/429 and `Retry-After`, `text/html` without a
 * charset, so the bytes and their meta say it), crawled by `runCrawl` as `qa-harvest crawl` does (robots.txt,
 * pacing, retries, reading on threads, profiles learned within the crawl), and the published dataset scored
 * against the keys as eval.ts scores extractPage's entries (score.ts), each page's key resolved against the
 * address it was fetched from (address.ts). What eval.ts cannot see shows here: decoding without a declared
 * charset, redirects, refusals, the learning of a crawl, and what validation and deduplication do to the rows.
 * Related items a page's full entry superseded (dedupe) are not in the dataset: they count as not covered,
 * neither right nor silently wrong.
 *
 * `--faults <kind>` serves every page with a fault of faults.ts as eval.ts's `--faults` does (its headers too: a
 * charset that lies, a page mis-encoded), drawn by the same seeded stream.
 *
 *   npx tsx bench/genre/crawl-eval.ts [--split fresh-104,fresh-105,fresh-106] [--pages 30] [--seed 7] [--learn-after 10] [--refused 0.05] [--faults mixed] [--show 0] [--keep]
 */

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'held-out,fresh-104,fresh-105,fresh-106' },
    pages: { type: 'string', default: '30' },
    seed: { type: 'string', default: '7' },
    family: { type: 'string' },
    'learn-after': { type: 'string', default: '10' },
    refused: { type: 'string', default: '0.05' },
    show: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
    faults: { type: 'string' },
  },
});

const HTML = { 'content-type': 'text/html' };

/** One family's pages crawled from a loopback site of their own, scored into `tally`; the crawl's own counts. */
async function crawlFamily(family: Family, tally: Tally, options: { pages: number; seed: number; learnAfter: number; refused: number; show: number; fault: FaultKind | null }) {
  const pages = Array.from({ length: options.pages }, (_, i) => generatePage(family, options.seed, i));
  // Each page at the path its address on the family's host has (a second page on the same path gets its own).
  const paths: string[] = [];
  for (const [i, page] of pages.entries()) {
    const path = new URL(addressOf(family, options.seed, i, page)).pathname;
    paths.push(path === '/' || paths.includes(path) ? `/q/${i}.html` : path);
  }
  const byPath = new Map(paths.map((p, i) => [p, i]));
  const moved = (i: number) => i % 5 === 2;
  // The site lives at the loopback origin: its pages' and keys' addresses on the family's host are moved there, as
  // they would read had the site been published at that origin (a link to another host stays one).
  let bodies: Buffer[] = [];
  /** The pages as generated, at the loopback origin: the keys are resolved on them (a fault changes how a page is served, not what it names). */
  let clean: Buffer[] = [];
  const headersOf: Array<Record<string, string>> = pages.map(() => HTML);
  const site = await startServer(
    (origin) => {
      const here = atOrigin(family.site, origin);
      clean = pages.map((page) => Buffer.from(here(page.body.toString('latin1')), 'latin1'));
      bodies = [...clean];
      if (options.fault) {
        for (const [i, body] of bodies.entries()) {
          const served = applyFault(options.fault, body, Rng.for(options.seed, `fault:${options.fault}:${family.name}`, i));
          bodies[i] = served.body;
          if (served.headers['content-type']) headersOf[i] = served.headers;
        }
      }
      return (path): Reply => {
        if (path === '/') {
          const links = paths.map((p, i) => `<li><a href="${moved(i) ? `/go/${i}` : p}">${i}</a></li>`).join('');
          return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html><head><title>index</title></head><body><ul>${links}</ul></body></html>`, fault: true };
        }
        const go = /^\/go\/(\d+)$/.exec(path);
        if (go) return { status: 301, headers: { location: `${origin}${paths[Number(go[1])]}` }, fault: true };
        const i = byPath.get(path);
        if (i !== undefined) return { status: 200, headers: headersOf[i]!, body: bodies[i]! };
        return { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><body>not here</body></html>', fault: true };
      };
    },
    { validators: false, flaky: options.refused > 0 ? { share: options.refused, retryAfterS: 1, seed: options.seed } : null },
  );
  const out = await mkdtemp(join(tmpdir(), `qa-harvest-crawl-eval-${family.name}-`));
  try {
    const given = { rate: 1000, concurrency: 4, host_concurrency: 4, retries: 2, adaptive: false };
    const settings = toSettings(CrawlOptionsSchema.parse({ start: [`${site.origin}/`], ...given }), { outDir: out, maxPageBytes: 10_000_000, given: new Set(Object.keys(given)) });
    const summary = await runCrawl({ crawl: settings, outDir: out, log: silentLogger, learnAfter: options.learnAfter, allowEmpty: true, warnRejectRate: 1 });
    const entries = await jsonl<Entry>(join(out, 'latest', 'entries.jsonl'));
    const rejects = await jsonl<Reject>(join(out, 'latest', 'rejects.jsonl'));
    const superseded = await jsonl<Superseded>(join(out, 'latest', 'superseded.jsonl'));
    const indexOf = (url: string) => byPath.get(new URL(url).pathname);
    const entriesOf = Array.from({ length: pages.length }, () => [] as Entry[]);
    // An entry printed by several pages (the same item in two lists; a page's own question in another's list; two
    // pages of one Q&A merged as exact duplicates) is published once, naming each of them: to a page that listed it,
    // it stands for that page's item; to a page whose own question it is, for that page's own entry.
    for (const e of entries) {
      for (const i of new Set((e.sources ?? [e.source]).map(indexOf))) {
        if (i === undefined) continue;
        const own = e.origin === 'page' && (e.source === undefined || indexOf(e.source) === i || comparable(e.question) === comparable(pages[i]!.expected.question));
        entriesOf[i]!.push(e.origin === 'page' && !own ? { ...e, origin: 'related' } : e);
      }
    }
    // A page's related entries in the order it printed them, as eval.ts has them.
    for (const list of entriesOf) list.sort((a, b) => (a.origin === b.origin ? (a.position ?? 0) - (b.position ?? 0) : a.origin === 'page' ? -1 : 1));
    const rejectOf = new Map<number, string>();
    for (const r of rejects) {
      const i = indexOf(r.source);
      if (i !== undefined && (r.origin === 'page' || r.origin === undefined || r.origin === null)) rejectOf.set(i, r.reason);
    }
    // The related entries deduplication took out of each page (a superseded record names the pages it came from).
    const supersededOf = new Array<number>(pages.length).fill(0);
    for (const r of superseded) {
      for (const i of new Set(r.sources.map(indexOf))) if (i !== undefined && comparable(r.question) !== comparable(pages[i]!.expected.question)) supersededOf[i]!++;
    }
    for (const [i, page] of pages.entries()) {
      const here = atOrigin(family.site, site.origin);
      const expected = addressedKey(JSON.parse(here(JSON.stringify(page.expected))) as Expected, clean[i]!, `${site.origin}${paths[i]}`);
      scoreEntries({ label: page.name, expected }, entriesOf[i]!, entriesOf[i]!.some((e) => e.origin === 'page') ? null : (rejectOf.get(i) ?? null), tally, options.show, { superseded: supersededOf[i]! });
    }
    const learned = ((summary.manifest.stages as Record<string, unknown>).crawl as { learned_profiles?: Array<{ profile: string | null; pages_read_by_it: number }> } | undefined)?.learned_profiles ?? [];
    return { requests: site.stats.requests, learned };
  } finally {
    await site.close();
    if (values.keep) console.log(`  (${family.name}'s dataset kept in ${out})`);
    else await rm(out, { recursive: true, force: true });
  }
}

/** `text` with its addresses on `host` (absolute or protocol-relative) moved to `origin`. */
function atOrigin(host: string, origin: string): (text: string) => string {
  const authority = origin.replace(/^https?:/, '');
  return (text) => text.split(`https://${host}`).join(origin).split(`http://${host}`).join(origin).split(`//${host}`).join(authority);
}

async function jsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

async function main(): Promise<void> {
  if (values.faults !== undefined && !isFaultKind(values.faults)) throw new Error(`--faults ${values.faults}: expected one of ${FAULT_KINDS.join(', ')}`);
  const options = { pages: Number(values.pages), seed: Number(values.seed), learnAfter: Number(values['learn-after']), refused: Number(values.refused), show: Number(values.show), fault: values.faults ?? null };
  console.log(`seed ${options.seed}, ${options.pages} pages per family, each family crawled live from a loopback site of its own (a fifth behind a 301, ${100 * options.refused}% refused once with Retry-After, no charset in the headers), profiles learned after ${options.learnAfter} pages${options.fault ? `, every page served with faults: ${options.fault}` : ''}; columns as eval.ts\n`);
  console.log(header());
  for (const split of values.split.split(',') as Split[]) {
    const total = newTally();
    const examples: string[] = [];
    for (const family of familiesOf(split, values.family || undefined)) {
      const tally = newTally();
      const { requests, learned } = await crawlFamily(family, tally, options);
      const note = learned.length ? `  learned ${learned.map((l) => (l.profile ? `${l.profile} (read ${l.pages_read_by_it})` : 'none')).join(', ')}` : '';
      console.log(`${row(family.name, tally)}  ${requests} requests${note}`);
      add(total, tally);
      examples.push(...tally.examples);
    }
    console.log(row(`= ${split}`, total));
    console.log(summary(split, total));
    for (const e of examples) console.log(`  ${e}`);
  }
}

await main();
