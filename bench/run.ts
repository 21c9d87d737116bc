/**
 * `npm run bench`: builds a seeded synthetic corpus and measures qa-harvest against the
 * goals of issue 6; prints a table and writes bench/results.json. `--help` for options.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, platform, arch, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCrawl, type CrawlResult } from './crawl/crawl-bench.js';
import { benchRedisWorkers, type RedisWorkersResult } from './crawl/redis-workers.js';
import { benchEndToEnd, type E2eRun } from './e2e/run-e2e.js';
import { benchExport, type ExportResult } from './micro/export.js';
import { benchExtraction, type ExtractionResult } from './micro/extraction.js';
import { benchMinhash, type MinhashResult } from './micro/minhash.js';
import { formatReport, goals, type BenchResults } from './report.js';

const HELP = `Usage: npm run bench -- [options]

Measures, on a seeded synthetic corpus of the layouts qa-harvest knows:
  micro    extraction vs the parse floor (cheerio/slim, htmlparser2 tokenizer), 60 KB and 11 KB pages
  export   JSONL and Parquet rows/s; MinHash us/entry
  crawl    qa-harvest crawl on a loopback server (and Scrapy, if installed) at 16 in flight
  e2e      the offline run over 10k and 100k pages on disk, this checkout beside a baseline commit
           (checked out in a temporary worktree), then 200k pages for linearity: pages/s, ratio
           to the baseline, cores used, stage shares, per-page time and peak RSS
  redis    crawl workers on one Redis frontier (1, 2, 4 workers; issue 11) and Redis memory
           per 100,000 known URLs; needs redis-server on PATH (Debian's package)
A run that would overrun --budget is stopped and reported from its last progress report; the
default budget (3600 s) fits the default sizes on 2 idle cores (the baseline's 100k run alone
takes about 15 minutes, the 200k run about 10).

Options:
  --e2e <sizes>          end-to-end sizes run with this checkout and the baseline (default: 10000,100000)
  --e2e-large <sizes>    sizes run with this checkout only, for linearity (default: 200000; "" for none)
  --baseline <commit>    the commit measured beside this checkout (default: ed340f2, before issue 10; "" for none)
  --threads <n>          --threads of this checkout's runs (default: 0, the run's default: one per core)
  --rounds <n>           rounds of each micro-benchmark; medians are reported (default: 7)
  --micro-pages <n>      60 KB pages in the extraction benchmark; 11 KB: twice as many (default: 120)
  --crawl-pages <n>      pages served and crawled (default: 2000)
  --no-scrapy            do not run the Scrapy peer even if installed
  --only <steps>         some of micro,export,crawl,e2e,redis (default: all)
  --seed <n>             corpus seed (default: 1)
  --budget <seconds>     stop end-to-end runs that would end later than this (default: 3600)
  --corpus <dir>         where the on-disk corpus lives, reused between runs (default: bench/corpus/standard-s<seed>)
  --out <file>           results file (default: bench/results.json)
  --quick                small sizes, for a smoke test (e2e 2000 and 4000, 3 rounds, 40 pages, crawl 300, 10,000 URLs in Redis)
  -h, --help             this help
`;

const { values } = parseArgs({
  options: {
    e2e: { type: 'string', default: '10000,100000' },
    'e2e-large': { type: 'string', default: '200000' },
    baseline: { type: 'string', default: 'ed340f2' },
    threads: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '7' },
    'micro-pages': { type: 'string', default: '120' },
    'crawl-pages': { type: 'string', default: '2000' },
    'no-scrapy': { type: 'boolean', default: false },
    only: { type: 'string', default: 'micro,export,crawl,e2e,redis' },
    seed: { type: 'string', default: '1' },
    budget: { type: 'string', default: '3600' },
    corpus: { type: 'string' },
    out: { type: 'string' },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const int = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`bench: --${name} takes a whole number, got '${value}'\n`);
    process.exit(2);
  }
  return n;
};
const sizes = (name: string, value: string): number[] => (value.trim() ? value.split(',').map((v) => int(name, v.trim())) : []);

const quick = values.quick;
const seed = int('seed', values.seed);
const rounds = quick ? 3 : int('rounds', values.rounds);
const microPages = quick ? 40 : int('micro-pages', values['micro-pages']);
const crawlPages = quick ? 300 : int('crawl-pages', values['crawl-pages']);
const e2eSizes = quick ? [2000] : sizes('e2e', values.e2e);
const e2eLarge = quick ? [4000] : sizes('e2e-large', values['e2e-large']);
const baseline = values.baseline.trim() || null;
const threads = int('threads', values.threads);
const steps = new Set(values.only.split(',').map((s) => s.trim()));
const started = Date.now();
const deadline = started + int('budget', values.budget) * 1000;
const corpusDir = values.corpus ?? fileURLToPath(new URL(`./corpus/standard-s${seed}`, import.meta.url));
const outFile = values.out ?? fileURLToPath(new URL('./results.json', import.meta.url));

const log = (line: string) => process.stderr.write(`${line}\n`);
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const loadStart = loadavg();
log(`bench: ${availableParallelism()} cores, Node ${process.version}, load average ${loadStart.map((l) => l.toFixed(2)).join(' ')}`);

const extraction: ExtractionResult[] = [];
let exportResult: ExportResult | null = null;
let minhash: MinhashResult | null = null;
let crawl: CrawlResult | null = null;
let crawlFlaky: CrawlResult | null = null;
let e2e: E2eRun[] = [];
let redis: RedisWorkersResult | null = null;

if (steps.has('micro')) {
  for (const size of ['large', 'standard'] as const) {
    log(`[${elapsed()}] extraction vs parse floor, ${size === 'large' ? '60' : '11'} KB pages…`);
    extraction.push(await benchExtraction({ size, pages: size === 'large' ? microPages : microPages * 2, rounds, seed }));
  }
}
if (steps.has('export')) {
  log(`[${elapsed()}] export rows/s…`);
  exportResult = await benchExport({ rows: quick ? 2000 : 10_000, rounds: Math.min(rounds, 3), seed });
  log(`[${elapsed()}] MinHash us/entry…`);
  minhash = await benchMinhash({ answers: quick ? 300 : 2000, rounds, seed });
}
if (steps.has('crawl')) {
  // The crawl command is measured as installed (dist/): built here first, so it is this checkout's code.
  log(`[${elapsed()}] building dist/ for the crawl command…`);
  execFileSync('npm', ['run', 'build'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'ignore' });
  log(`[${elapsed()}] crawl on loopback (${crawlPages} pages)…`);
  crawl = await benchCrawl({ pages: crawlPages, seed, rounds: Math.min(rounds, 3), crawlPages, scrapy: !values['no-scrapy'], limitMs: 180_000, built: true });
  log(`[${elapsed()}] crawl on loopback, 4% of pages refusing once with Retry-After 1 s…`);
  crawlFlaky = await benchCrawl({ pages: crawlPages, seed, rounds: 1, crawlPages, scrapy: !values['no-scrapy'], limitMs: 180_000, flaky: { share: 0.04, retryAfterS: 1 }, built: true });
}
if (steps.has('redis')) {
  log(`[${elapsed()}] crawl workers on one Redis frontier (${crawlPages} pages; 1, 2, 4 workers) and Redis memory per URL…`);
  redis = await benchRedisWorkers({ pages: crawlPages, workers: [1, 2, 4], urls: quick ? 10_000 : 100_000, limitMs: 300_000 });
}
if (steps.has('e2e') && e2eSizes.length) {
  log(`[${elapsed()}] end-to-end runs: ${e2eSizes.join(', ')} pages${baseline ? ` beside ${baseline}` : ''}, then ${e2eLarge.join(', ') || 'no larger size'}…`);
  e2e = await benchEndToEnd({ sizes: e2eSizes, largeSizes: e2eLarge, baseline, threads, seed, corpusDir, deadline, log: (l) => log(`[${elapsed()}] ${l}`) });
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const partial: Omit<BenchResults, 'goals'> = {
  machine: {
    cores: availableParallelism(),
    cpu,
    node: process.version,
    platform: `${platform()} ${arch()}`,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAverageStart: loadStart,
    loadAverageEnd: loadavg(),
  },
  options: { seed, rounds, microPages, crawlPages, e2eSizes, e2eLarge, baseline, threads, steps: [...steps], quick, corpusDir },
  startedAt: new Date(started).toISOString(),
  seconds: (Date.now() - started) / 1000,
  extraction,
  e2e,
  crawl,
  crawlFlaky,
  redis,
  export: exportResult,
  minhash,
};
const results: BenchResults = { ...partial, goals: goals(partial) };
await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${formatReport(results)}\n\nwritten to ${outFile}\n`);
