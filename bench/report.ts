import type { CrawlResult } from './crawl/crawl-bench.js';
import type { RedisWorkersResult } from './crawl/redis-workers.js';
import type { E2eRun } from './e2e/run-e2e.js';
import type { ExportResult } from './micro/export.js';
import type { ExtractionResult } from './micro/extraction.js';
import type { MinhashResult } from './micro/minhash.js';

/** What a benchmark run measured, as written to bench/results.json. */
export interface BenchResults {
  machine: { cores: number; cpu: string; node: string; platform: string; memoryGb: number; loadAverageStart: number[]; loadAverageEnd: number[] };
  options: Record<string, unknown>;
  startedAt: string;
  seconds: number;
  extraction: ExtractionResult[];
  e2e: E2eRun[];
  crawl: CrawlResult | null;
  /** The same crawl on the fault-heavy site (4% of pages refuse once with Retry-After). */
  crawlFlaky: CrawlResult | null;
  /** Crawl workers on one Redis frontier, and Redis memory per URL (issue 11); absent in results written before. */
  redis?: RedisWorkersResult | null;
  export: ExportResult | null;
  minhash: MinhashResult | null;
  goals: Goal[];
}

export interface Goal {
  goal: string;
  target: string;
  measured: string;
  /** null: not measured. */
  met: boolean | null;
  limit: string;
}

const n0 = (v: number) => Math.round(v).toLocaleString('en');
const n1 = (v: number) => v.toFixed(1);
const n2 = (v: number) => v.toFixed(2);
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The steps of the e2e run as the run's clock names them (the manifest's `stages`), then `publish` and what is left. */
const E2E_STEPS = ['read', 'per_page', 'extract', 'validate', 'pack', 'dedupe', 'per_entry', 'keys', 'near_dupes', 'store', 'report', 'export', 'publish', 'other'] as const;
/** Writing the files: the writer as the run's sink, then closing, checking and renaming them. */
const exportShare = (e: E2eRun) => (e.stageShare.export ?? 0) + (e.stageShare.publish ?? 0);

function table(rows: string[][], align: Array<'l' | 'r'>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => '  ' + r.map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
}

/** The verdict per goal (issue 6; issue 10 for the end-to-end run), with what limits each. */
export function goals(r: Omit<BenchResults, 'goals'>): Goal[] {
  const out: Goal[] = [];
  const large = r.extraction.find((x) => x.size === 'large') ?? r.extraction[0];
  if (large) {
    const top = Object.entries(large.breakdownUs).filter(([k]) => k !== 'whole' && !k.startsWith('of which')).sort((a, b) => b[1] - a[1]);
    out.push({
      goal: '1. extraction vs cheerio/slim',
      target: '>= 0.75',
      measured: `${n2(large.ratioToSlim)} (${n0(large.qaHarvest.median)} vs ${n0(large.cheerioSlim.median)} pages/s, ${n0(large.meanPageKb)} KB pages)`,
      met: large.ratioToSlim >= 0.75,
      limit: `per page: ${top.slice(0, 3).map(([k, v]) => `${k} ${n0(v)} us`).join(', ')} of ${n0(large.breakdownUs.whole!)} us; related list alone ${n0(large.breakdownUs['of which: related list'] ?? 0)} us`,
    });
  }
  // Issue 10.4, per page size: the profile path against its goal, the genre reader's ratio beside it.
  for (const x of r.extraction) {
    const path = (name: string) => x.paths?.find((p) => p.path === name);
    const profile = path('profile');
    if (!profile) continue;
    const beside = ['genre', 'learned'].flatMap((name) => {
      const p = path(name);
      return p ? [`${name === 'genre' ? 'genre reader' : 'learned profile'} ${n2(p.ratioToSlim)}`] : [];
    });
    out.push({
      goal: `10.4 extraction, profile path vs cheerio/slim, ${n0(profile.meanPageKb)} KB pages`,
      target: '>= 0.75',
      measured: `${n2(profile.ratioToSlim)} (${n0(profile.qaHarvest.median)} vs ${n0(profile.cheerioSlim.median)} pages/s, youlai pages, same bytes in)${beside.length ? `; beside it: ${beside.join(', ')}` : ''}`,
      met: profile.ratioToSlim >= 0.75,
      limit: `the parse itself (${n0(x.breakdownUs['parse (htmlparser2, as cheerio/slim)'] ?? 0)} us, the floor) plus the related list ${n0(x.breakdownUs['of which: related list'] ?? 0)} us per page (mean of all pages); the genre reader renders and classifies every line of the page`,
    });
  }
  out.push(...e2eGoals(r));
  if (r.crawl) out.push(crawlGoal('4. crawl on loopback, 16 in flight', r.crawl, 1.5));
  if (r.crawlFlaky) out.push(crawlGoal('4b. crawl, 4% of pages refusing once (Retry-After 1 s)', r.crawlFlaky, 2));
  if (r.redis) out.push(...redisGoals(r.redis));
  if (r.export) {
    out.push({
      goal: '5. export rows/s',
      target: 'JSONL and Parquet alone (issue: Parquet ~8k rows/s at 3 KB)',
      measured: `JSONL ${n0(r.export.jsonlRowsPerSec.median)}, Parquet ${n0(r.export.parquetRowsPerSec.median)} rows/s at ${n1(r.export.meanRowBytes / 1024)} KB rows`,
      met: null,
      limit: 'Parquet: parquetjs-lite shreds and GZIPs row by row in JavaScript',
    });
  }
  if (r.minhash) {
    const m = r.minhash;
    out.push({
      goal: '5. MinHash 128 perms, 5-char shingles, 300 chars',
      target: 'us per entry (issue: 79 with 32-bit ints, 2,600 with BigInt)',
      measured: `${m.project ? `project ${n0(m.project.median)} us; ` : ''}reference 32-bit ${n0(m.reference32.median)} us, BigInt ${n0(m.referenceBigInt.median)} us`,
      met: null,
      limit: m.projectNote,
    });
  }
  return out;
}

/** A ratio against the issue's goal (>= 0.75 of the slim load). */
const verdict = (ratio: number) => `>= 0.75: ${ratio >= 0.75 ? 'met' : 'NO'}`;
const opt = (ratio: number | undefined) => (ratio === undefined ? '' : n2(ratio));

export function formatReport(r: BenchResults): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(`qa-harvest benchmark: ${m.cores} cores (${m.cpu}), Node ${m.node}, ${m.platform}, ${m.memoryGb} GB RAM`);
  lines.push(`load average at start ${m.loadAverageStart.map(n2).join(' ')}, at end ${m.loadAverageEnd.map(n2).join(' ')}; ${n0(r.seconds)} s in all. Shared machine: read the ratios first.`);

  for (const x of r.extraction) {
    lines.push('', `1. Extraction vs the parse floor: ${x.pages} HTML pages of ~${n0(x.meanPageKb)} KB, median of ${x.rounds} interleaved rounds`);
    // Tools that take text (the tokenizer, parse5) are compared with a slim load of text.
    const textFloor = x.cheerioSlimText ?? x.cheerioSlim;
    const rows = [
      ['', 'pages/s', 'min-max', 'x slim', 'x slim (text)', 'x slim (wall)', 'goal'],
      ['qa-harvest extractPage (decode + parse + extract)', n0(x.qaHarvest.median), `${n0(x.qaHarvest.min)}-${n0(x.qaHarvest.max)}`, n2(x.ratioToSlim), opt(x.ratioToSlimText), opt(x.ratioToSlimWall), verdict(x.ratioToSlim)],
      ['cheerio/slim load of the same bytes (decode + htmlparser2 to DOM)', n0(x.cheerioSlim.median), `${n0(x.cheerioSlim.min)}-${n0(x.cheerioSlim.max)}`, '1.00', '', '', ''],
      ...(x.cheerioSlimText ? [['cheerio/slim load of decoded text', n0(x.cheerioSlimText.median), `${n0(x.cheerioSlimText.min)}-${n0(x.cheerioSlimText.max)}`, '', '1.00', '', '']] : []),
      x.tokenizer
        ? ['htmlparser2 Tokenizer alone (text)', n0(x.tokenizer.median), `${n0(x.tokenizer.min)}-${n0(x.tokenizer.max)}`, '', n2(x.tokenizer.median / textFloor.median), '', '']
        : ['htmlparser2 Tokenizer alone', 'n/a', '', '', '', '', ''],
      ['cheerio.load (parse5) of text, for reference', n0(x.parse5.median), `${n0(x.parse5.min)}-${n0(x.parse5.max)}`, '', n2(x.parse5.median / textFloor.median), '', ''],
    ];
    for (const p of x.paths ?? []) {
      const label = { profile: 'of which the profile path (youlai, built-in profile)', genre: 'of which the genre reader (康问, no profile)', learned: 'the 康问 pages read by a learned profile' }[p.path];
      rows.push([
        `  ${label}, ${p.pages} pages (their slim load ${n0(p.cheerioSlim.median)}/s)`,
        n0(p.qaHarvest.median),
        `${n0(p.qaHarvest.min)}-${n0(p.qaHarvest.max)}`,
        n2(p.ratioToSlim),
        opt(p.ratioToSlimText),
        opt(p.ratioToSlimWall),
        // Issue 10.4's goal is the profile path's; the genre reader's ratio is reported beside it.
        p.path === 'profile' ? verdict(p.ratioToSlim) : 'reported',
      ]);
    }
    lines.push(...table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'l']));
    if (x.floorNote) lines.push(`  ${x.floorNote}`);
    if (x.tokenizerNote) lines.push(`  ${x.tokenizerNote}`);
    lines.push(`  ratio to the tokenizer: ${x.ratioToTokenizer === null ? 'n/a' : n2(x.ratioToTokenizer)}. Per page (us): ${Object.entries(x.breakdownUs).map(([k, v]) => `${k} ${n0(v)}`).join(' | ')}`);
  }

  if (r.e2e.length) {
    lines.push('', '2-3. End-to-end offline run (runSavedPages, as `qa-harvest run`), ~11 KB pages on disk, one child process per run');
    const rows = [['pages', 'variant', 'wall s', 'pages/s', 'MB/s', 'cores', ...E2E_STEPS, 'peak RSS', 'entries']];
    for (const e of r.e2e) {
      const s = e.stageShare;
      rows.push([
        n0(e.pages) + (e.finished ? '' : '*'),
        e.variant,
        n0(e.wallS),
        n0(e.pagesPerSec),
        n1(e.mbPerSec),
        n2(e.coresUsed),
        ...E2E_STEPS.map((stage) => (s[stage] === undefined ? '-' : pct(s[stage]))),
        `${n0(e.maxRssMb)} MB`,
        n0(e.entries),
      ]);
    }
    lines.push(...table(rows, ['r', 'l', ...rows[0]!.slice(2).map(() => 'r' as const)]));
    for (const e of r.e2e.filter((x) => x.note)) lines.push(`  * ${n0(e.pages)} ${e.variant}: ${e.note}`);
    lines.push('  Shares of wall time, each step\'s own time as the run\'s runner measured it (the manifest\'s stages). per_page and');
    lines.push('  per_entry: the main thread waiting for the threads; extract, validate, pack, keys: their time on the threads (summed, so');
    lines.push('  with N threads they may add up past 100%). near_dupes (MinHash/LSH near-duplicates): with threads, its working');
    lines.push('  time on a thread of its own, beside the other steps (so the shares may add up past 100%); store =');
    lines.push('  the published-entry store (delta status per entry); report = the run report\'s collector; export = the writer; publish =');
    lines.push('  closing, checking and renaming the files (export share = export + publish); other = the rest (lock, gone.jsonl, report');
    lines.push('  files, pruning). * = stopped by the budget.');
  }

  if (r.crawl) lines.push('', ...crawlSection('4. Crawl on loopback', r.crawl));
  if (r.crawlFlaky) lines.push('', ...crawlSection('4b. Crawl on loopback, fault-heavy', r.crawlFlaky));
  if (r.redis) lines.push('', ...redisSection(r.redis));

  if (r.export || r.minhash) {
    lines.push('', '5. Export and near-duplicate signatures');
    if (r.export) {
      const x = r.export;
      lines.push(`  JSONL ${n0(x.jsonlRowsPerSec.median)} rows/s, Parquet ${n0(x.parquetRowsPerSec.median)} rows/s (${n1(x.parquetMbPerSec)} MB/s of JSON), ${n0(x.rows)} distinct entries of ${n1(x.meanRowBytes / 1024)} KB, median of ${x.rounds}`);
    }
    if (r.minhash) {
      const h = r.minhash;
      lines.push(
        `  MinHash ${h.permutations} permutations, ${h.shingle}-char shingles, ${h.meanChars}-char answers, us/entry: ${h.project ? `project ${n0(h.project.median)}, ` : ''}reference 32-bit ${n0(h.reference32.median)}, reference BigInt ${n0(h.referenceBigInt.median)} (${h.projectNote})`,
      );
    }
  }

  lines.push('', 'Goals (issue 6; end to end: issue 10; Redis workers: issue 11; crawl refusals: issue 13)');
  const rows = [['goal', 'target', 'measured', 'met']];
  for (const g of r.goals) rows.push([g.goal, g.target, g.measured, g.met === null ? '-' : g.met ? 'yes' : 'NO']);
  lines.push(...table(rows, ['l', 'l', 'l', 'l']));
  for (const g of r.goals) lines.push(`  ${g.goal}: limited by ${g.limit}`);
  return lines.join('\n');
}

/**
 * Issue 10's goals for the end-to-end run: pages/s against the baseline at each size both ran
 * (>= 2.5x), the cores used (>= 1.8), per-page time and peak RSS of the largest run against the
 * smallest (<= 1.15x, <= 1.3x).
 */
function e2eGoals(r: Omit<BenchResults, 'goals'>): Goal[] {
  const out: Goal[] = [];
  const load = `load average ${r.machine.loadAverageStart.map(n2).join(' ')} at start, ${r.machine.loadAverageEnd.map(n2).join(' ')} at end`;
  const current = r.e2e.filter((e) => e.variant === 'current');
  const baseline = r.e2e.filter((e) => e.variant === 'baseline');
  const stages = (e: E2eRun) => Object.entries(e.stageShare).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
  const learning = r.e2e.filter((e) => e.variant === 'current-learn');
  for (const [runs, what] of [[current, ''], [learning, ', learning profiles (the run\'s default)']] as const) for (const base of baseline) {
    const now = runs.find((e) => e.pages === base.pages);
    if (!now) continue;
    const ratio = now.pagesPerSec / base.pagesPerSec;
    out.push({
      goal: `10. e2e ${n0(base.pages)} pages vs baseline${what}`,
      target: '>= 2.5x pages/s',
      measured: `${n2(ratio)}x (${n0(now.pagesPerSec)} vs ${n0(base.pagesPerSec)} pages/s${now.finished && base.finished ? '' : ', a run STOPPED by the budget'})`,
      met: now.finished && base.finished ? ratio >= 2.5 : null,
      limit: `largest step times as shares of the wall time: ${stages(now)} (baseline: ${stages(base)}); ${load}`,
    });
  }
  for (const now of [...current, ...learning]) {
    out.push({
      goal: `10. cores used, ${n0(now.pages)} pages${now.variant === 'current-learn' ? ', learning profiles' : ''}`,
      target: '>= 1.8',
      measured: `${n2(now.coresUsed)} cores (process CPU / wall)${baseline.find((b) => b.pages === now.pages) ? `; baseline ${n2(baseline.find((b) => b.pages === now.pages)!.coresUsed)}` : ''}`,
      met: now.finished ? now.coresUsed >= 1.8 : null,
      limit: `exact dedupe, the store of published entries and the writer run on the main thread, near_dupes on a thread of its own; both dedupe stages wait for the end of their input before they give out entries, so the run's tail is a chain; ${load}`,
    });
  }
  // Sizes of this checkout that finished, smallest first: each larger one against the smallest
  // (goal: the 200k run; a 100k run beside it shows where the growth starts).
  const finished = current.filter((e) => e.finished).sort((a, b) => a.pages - b.pages);
  const small = finished[0];
  const larger = finished.slice(1).filter((e, i, all) => all.findIndex((x) => x.pages === e.pages) === i && e.pages > small!.pages);
  for (const big of larger) {
    const perPage = (e: E2eRun) => e.wallS / e.pagesDone;
    const growth = perPage(big) / perPage(small!);
    const stagePerPage = (e: E2eRun, stage: string) => (e.stageSeconds[stage] ?? 0) / e.pagesDone;
    const worst = Object.keys(big.stageSeconds)
      .map((stage) => [stage, stagePerPage(big, stage) / Math.max(1e-9, stagePerPage(small!, stage))] as const)
      .filter(([stage]) => stagePerPage(big, stage) * big.pagesDone > 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    out.push({
      goal: `10. per-page time ${n0(big.pages)} vs ${n0(small!.pages)} pages`,
      target: '<= 1.15x',
      measured: `${n2(growth)}x (${n2(perPage(big) * 1000)} vs ${n2(perPage(small!) * 1000)} ms/page; the ${n0(big.pages)} run took ${n0(big.wallS)} s)`,
      met: growth <= 1.15,
      limit: `steps whose time per page grew most: ${worst.map(([k, v]) => `${k} ${n2(v)}x`).join(', ')}; ${load}`,
    });
    const ratio = big.maxRssMb / small!.maxRssMb;
    out.push({
      goal: `10. peak RSS ${n0(big.pages)} vs ${n0(small!.pages)} pages`,
      target: '<= 1.3x',
      measured: `${n0(big.maxRssMb)} MB vs ${n0(small!.maxRssMb)} MB = ${n2(ratio)}x`,
      met: ratio <= 1.3,
      limit: `peaks of the ${n0(big.pages)} run: heap ${n0(big.peakHeapMb)} MB, external ${n0(big.peakExternalMb)} MB`,
    });
  }
  if (!larger.some((e) => e.pages >= 200_000)) {
    const ran = current.filter((e) => e.pages >= 200_000);
    const why = ran.length === 0 ? 'not run (--e2e-large 200000)' : 'the run did not finish within the budget';
    out.push({ goal: '10. per-page time and peak RSS, 200,000 vs smallest run', target: '<= 1.15x, <= 1.3x', measured: `not measured: ${why}`, met: null, limit: '-' });
  }
  return out;
}

/** A crawl's goal: pages/s of the whole command (fetch, extract, validate, dedup, export) against Scrapy's on the same site. */
function crawlGoal(goal: string, r: CrawlResult, times: number): Goal {
  const c = r.crawl;
  const s = r.scrapy;
  const peer = s.measured && s.pagesPerSec ? s.pagesPerSec : null;
  const crawlOnly = c.crawlS && c.ok ? `; the crawl alone ${n0(c.ok / c.crawlS)} pages/s${peer ? ` = ${n2(c.ok / c.crawlS / peer)}x` : ''}` : '';
  return {
    goal,
    target: `>= ${times}x Scrapy${peer ? ` (measured here ${n0(peer)} pages/s)` : ' (not measured: Scrapy not installed)'}`,
    measured: c.measured && c.pagesPerSec ? `${n0(c.pagesPerSec)} pages/s${peer ? ` = ${n2(c.pagesPerSec / peer)}x` : ''}, crawler using ${n2(c.cpuShare ?? 0)} cores${crawlOnly}` : `not measured: ${c.note}`,
    met: c.measured && c.pagesPerSec && peer ? c.pagesPerSec >= times * peer : null,
    limit: Number.isFinite(r.floor.pagesPerSec)
      ? `fetch + extract floor without a crawler: ${n0(r.floor.pagesPerSec)} pages/s using ${n2(r.floor.cpuShare)} cores`
      : `the whole command includes publishing (validate, dedupe, Parquet) after the crawl`,
  };
}

function crawlSection(title: string, c: CrawlResult): string[] {
  const lines = [`${title}: ${n0(c.pages)}-page site on 127.0.0.1, ${c.concurrency} requests in flight${c.flaky ? `, ${n0(c.flaky.share * 100)}% of pages refuse their first request with 503/429 and Retry-After ${c.flaky.retryAfterS} s` : ''}`];
  const rows = [['', 'pages/s', 'cores used', 'pages', 'wall s']];
  rows.push(c.crawl.measured ? ['qa-harvest crawl (fetch, extract, validate, dedup, export)', n0(c.crawl.pagesPerSec!), n2(c.crawl.cpuShare!), n0(c.crawl.ok!), n1(c.crawl.wallS!)] : ['qa-harvest crawl', 'not measured', '', '', '']);
  if (c.crawl.measured && c.crawl.crawlS) rows.push(['  of which the crawl itself (fetch + extract + store)', n0(c.crawl.ok! / c.crawl.crawlS), '', '', n1(c.crawl.crawlS)]);
  rows.push(c.scrapy.measured ? ['Scrapy (fetch, parse, JSON Lines feed)', n0(c.scrapy.pagesPerSec!), n2(c.scrapy.cpuShare!), n0(c.scrapy.ok!), n1(c.scrapy.wallS!)] : ['Scrapy', 'not measured', '', '', '']);
  if (Number.isFinite(c.floor.pagesPerSec)) rows.push(['floor: 16 GETs + extractPage, no crawler', n0(c.floor.pagesPerSec), n2(c.floor.cpuShare), n0(c.pages), '']);
  lines.push("  cores used = the client process's CPU time / wall time (the server runs in another process)");
  lines.push(...table(rows, ['l', 'r', 'r', 'r', 'r']));
  lines.push(`  crawl: ${c.crawl.note}`);
  if (!c.scrapy.measured) lines.push(`  scrapy: ${c.scrapy.note}`);
  return lines;
}

const perUrls = (bytes: number, urls: number, per: number) => (bytes * per) / urls / 1e6;
const workersLabel = (w: number | 'sqlite') => (w === 'sqlite' ? 'SQLite, one process' : `Redis, ${w} worker${w === 1 ? '' : 's'}`);
/** Pages/s of the crawl itself (fetch, extract, store), from the manifest; the whole command's otherwise. */
const crawlRate = (c: RedisWorkersResult['runs'][number]['crawl']) => (c.measured && c.ok ? c.ok / (c.crawlS ?? c.wallS!) : null);

/** Issue 11's "measured and printed": pages/s at 1, 2 and 4 workers, Redis memory per 100,000 known URLs. */
function redisGoals(r: RedisWorkersResult): Goal[] {
  if (r.note) return [{ goal: '11. crawl workers on Redis', target: 'pages/s at 1, 2, 4 workers; memory per 100,000 URLs', measured: `not measured: ${r.note}`, met: null, limit: '-' }];
  const rates = r.runs.filter((run) => run.workers !== 'sqlite').map((run) => `${run.workers}: ${crawlRate(run.crawl) === null ? 'n/a' : n0(crawlRate(run.crawl)!)}`);
  const sqlite = r.runs.find((run) => run.workers === 'sqlite');
  const out: Goal[] = [
    {
      goal: '11. crawl pages/s by workers on one Redis frontier',
      target: 'measured (1, 2, 4 workers), politeness off',
      measured: `${rates.join(', ')} pages/s${sqlite && crawlRate(sqlite.crawl) !== null ? `; SQLite one process ${n0(crawlRate(sqlite.crawl)!)}` : ''}`,
      met: null,
      limit: 'every worker, the site server and redis-server share this machine\'s cores',
    },
  ];
  if (r.memory) {
    const m = r.memory;
    out.push({
      goal: '11. Redis memory per 100,000 known URLs',
      target: 'measured',
      measured: `${n1(perUrls(m.pendingBytes, m.urls, 100_000))} MB pending, ${n1(perUrls(m.finishedBytes, m.urls, 100_000))} MB finished with extractions`,
      met: null,
      limit: `stored extractions (deflated JSON, mean ${n0(m.meanPayloadBytes)} B) dominate a finished frontier; a million URLs ~${n0(perUrls(m.finishedBytes, m.urls, 1_000_000))} MB`,
    });
  }
  return out;
}

function redisSection(r: RedisWorkersResult): string[] {
  const lines = [`6. Crawl workers on one Redis frontier (issue 11): ${n0(r.pages)}-page site on 127.0.0.1, politeness off, ${r.concurrency} requests in flight per worker`];
  if (r.note) return [...lines, `  not measured: ${r.note}`];
  const rows = [['', 'crawl pages/s', 'crawl s', 'pages', 'whole command s']];
  for (const run of r.runs) {
    const c = run.crawl;
    rows.push(c.measured ? [workersLabel(run.workers), n0(crawlRate(c)!), n1(c.crawlS ?? c.wallS!), n0(c.ok!), n1(c.processS ?? c.wallS!)] : [workersLabel(run.workers), `not measured: ${c.note}`, '', '', '']);
  }
  lines.push(...table(rows, ['l', 'r', 'r', 'r', 'r']));
  lines.push('  crawl pages/s = pages fetched and stored / the crawl\'s own seconds (the manifest); the opener publishes after it');
  if (r.memory) {
    const m = r.memory;
    lines.push(
      `  Redis used_memory for ${n0(m.urls)} known URLs: pending ${n1(perUrls(m.pendingBytes, m.urls, 100_000))} MB per 100,000 (${n0(m.pendingBytes / m.urls)} B/URL);`,
      `  finished as pages with stored extractions ${n1(perUrls(m.finishedBytes, m.urls, 100_000))} MB per 100,000 (${n0(m.finishedBytes / m.urls)} B/URL, mean extraction ${n0(m.meanPayloadBytes)} B); a million ~${n0(perUrls(m.finishedBytes, m.urls, 1_000_000))} MB`,
    );
  }
  return lines;
}
