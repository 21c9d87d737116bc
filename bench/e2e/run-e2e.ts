import { execFileSync, spawn } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSlice, writeCorpus } from '../../kit/pages/corpus.js';
import type { E2eChildResult } from './child.js';
import { PUBLISH_DEFAULTS } from '../../src/pipeline/options.js';

/**
 * The offline run (`runSavedPages`, what `qa-harvest run` does) over corpora of 10k and 100k
 * pages on disk (and a larger one for linearity), each in a child process of its own, for
 * pages/s, MB/s, the share of each stage, the cores used and the peak RSS: the code of this
 * checkout, and the same sizes at a baseline commit side by side, in the same run, on the same
 * corpus (the baseline is checked out in a temporary git worktree, as scripts/same-output.ts
 * does, and its own bench/e2e/child.ts runs it). A child that would overrun the time budget
 * is stopped; its last progress report says how far it got and where the time went.
 */

export interface E2eRun {
  pages: number;
  /**
   * `current`: this checkout, no profile learned in the run (as the baseline, which had no such
   * learning, ran); `current-learn`: this checkout as `qa-harvest run` runs by default, learning
   * profiles for hosts no profile knows (PUBLISH_DEFAULTS.learnAfter); `baseline`: the baseline commit.
   */
  variant: 'current' | 'current-learn' | 'baseline';
  corpusMb: number;
  finished: boolean;
  /** Pages actually read (all of them, unless stopped). */
  pagesDone: number;
  wallS: number;
  pagesPerSec: number;
  mbPerSec: number;
  /** CPU time over wall time: 1.0 is one core busy all along. */
  coresUsed: number;
  /** The main thread's own CPU seconds (child.ts, mainThreadCpuMs); null off Linux and for a baseline whose child.ts does not report it. */
  mainThreadCpuS: number | null;
  /** Share of the wall time per step of the run (read, extract, …, export, publish) and `other`, as the run's clock measured them. */
  stageShare: Record<string, number>;
  stageSeconds: Record<string, number>;
  entries: number;
  superseded: number;
  rejects: number;
  maxRssMb: number;
  peakHeapMb: number;
  peakExternalMb: number;
  samples: E2eChildResult['samples'];
  note: string | null;
}

export interface E2eOptions {
  /** Sizes run with this checkout's code and the baseline's. */
  sizes: number[];
  /** Sizes run with this checkout's code only (the linearity runs: 200k). */
  largeSizes: number[];
  /** The commit measured beside this checkout; null: none. */
  baseline: string | null;
  /** --threads of this checkout's runs (0: the run's default, one per core). */
  threads: number;
  seed: number;
  corpusDir: string;
  /** Epoch ms after which no child may still be running. */
  deadline: number;
  log: (line: string) => void;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

export async function benchEndToEnd(options: E2eOptions): Promise<E2eRun[]> {
  const runs: E2eRun[] = [];
  const baselineTree = options.baseline ? checkOut(options.baseline, options.log) : null;
  const plan = [
    ...[...options.sizes].sort((a, b) => a - b).flatMap((pages) => [
      ...(baselineTree ? [{ pages, variant: 'baseline' as const }] : []),
      { pages, variant: 'current' as const },
      { pages, variant: 'current-learn' as const },
    ]),
    ...[...options.largeSizes].sort((a, b) => a - b).map((pages) => ({ pages, variant: 'current' as const })),
  ];
  try {
    for (const { pages, variant } of plan) {
      const child = variant === 'baseline' ? join(baselineTree!.dir, 'bench/e2e/child.ts') : CHILD;
      const threads = variant !== 'baseline' && options.threads > 0 ? ['--threads', String(options.threads)] : [];
      const learn = variant === 'current-learn' ? ['--learn-after', String(PUBLISH_DEFAULTS.learnAfter)] : [];
      const run = await runOne(options, pages, variant, child, [...threads, ...learn]);
      if (run) runs.push(run);
    }
  } finally {
    baselineTree?.remove();
  }
  return runs;
}

/** The baseline commit in a temporary worktree, sharing this checkout's node_modules (it runs from its sources under tsx). */
function checkOut(commit: string, log: (line: string) => void): { dir: string; remove: () => void } {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dir = join(tmpdir(), `qa-harvest-bench-baseline-${process.pid}`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  git('worktree', 'add', '--detach', dir, commit);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  log(`  baseline ${commit} checked out in ${dir}`);
  return {
    dir,
    remove: () => {
      if (existsSync(dir)) git('worktree', 'remove', '--force', dir);
    },
  };
}

async function runOne(options: E2eOptions, pages: number, variant: E2eRun['variant'], childScript: string, childArgs: string[]): Promise<E2eRun | null> {
  // Writing pages takes about 0.5 ms each: no point in writing 90,000 for a run with no time left.
  const missing = Math.max(0, pages - (await existingPages(options)));
  if (options.deadline - Date.now() < missing * 0.5 + 30_000) {
    options.log(`  e2e ${pages} ${variant}: skipped, the time budget is spent`);
    return null;
  }
  const t = performance.now();
  const corpus = await writeCorpus(options.corpusDir, {
    pages,
    seed: options.seed,
    size: 'standard',
    onProgress: (n) => options.log(`  corpus: ${n.toLocaleString('en')} pages written`),
  });
  const genS = (performance.now() - t) / 1000;
  if (genS > 1) options.log(`  corpus of ${pages.toLocaleString('en')} pages ready in ${genS.toFixed(0)} s (${options.corpusDir})`);
  const slice = corpusSlice(corpus, pages);
  const remainingMs = options.deadline - Date.now();
  if (remainingMs < 10_000) {
    options.log(`  e2e ${pages} ${variant}: skipped, the time budget is spent`);
    return null;
  }
  options.log(`  e2e ${pages.toLocaleString('en')} pages, ${variant} (stopped after ${Math.round(remainingMs / 1000)} s at the latest)…`);
  const out = await mkdtemp(join(tmpdir(), 'qa-harvest-bench-e2e-'));
  try {
    const { result, killed } = await runChild(childScript, [...childArgs, join(out, 'dataset'), ...slice.inputs], remainingMs);
    if (!result) {
      options.log(`  e2e ${pages} ${variant}: no result${killed ? ' (stopped before its first progress report)' : ''}`);
      return null;
    }
    const corpusMb = slice.bytes / 1048576;
    const done = result.finished ? slice.files : result.pages;
    const wallS = result.wallMs / 1000;
    const stageSeconds = Object.fromEntries(Object.entries(result.stages).map(([k, v]) => [k, v / 1000]));
    return {
      pages,
      variant,
      corpusMb,
      finished: result.finished,
      pagesDone: done,
      wallS,
      pagesPerSec: done / wallS,
      mbPerSec: (corpusMb * (done / slice.files)) / wallS,
      coresUsed: result.cpuMs / result.wallMs,
      mainThreadCpuS: result.mainThreadCpuMs == null ? null : result.mainThreadCpuMs / 1000,
      stageSeconds,
      stageShare: Object.fromEntries(Object.entries(result.stages).map(([k, v]) => [k, v / result.wallMs])),
      entries: result.entries,
      superseded: result.superseded,
      rejects: result.rejects,
      maxRssMb: result.maxRssMb,
      peakHeapMb: result.peakHeapMb,
      peakExternalMb: result.peakExternalMb,
      samples: result.samples,
      note: result.finished
        ? null
        : `stopped by the time budget after ${wallS.toFixed(0)} s, ${done.toLocaleString('en')} of ${slice.files.toLocaleString('en')} pages read; figures are from its last progress report`,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function existingPages(options: E2eOptions): Promise<number> {
  try {
    const stamp = JSON.parse(await readFile(join(options.corpusDir, 'corpus.json'), 'utf8')) as { pages: number; seed: number };
    return stamp.seed === options.seed ? stamp.pages : 0;
  } catch {
    return 0;
  }
}

/** Runs the child under the same loader (tsx) as this process; kills it at the time limit. */
function runChild(script: string, args: string[], limitMs: number): Promise<{ result: E2eChildResult | null; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last: E2eChildResult | null = null;
    let killed = false;
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const m = line.match(/^(RESULT|PROGRESS) (.*)$/);
        if (m) last = JSON.parse(m[2]!) as E2eChildResult;
      }
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!killed && code !== 0) reject(new Error(`the e2e child exited with code ${code}`));
      else resolve({ result: last, killed });
    });
  });
}
