/**
 * One end-to-end offline run in its own process, so its peak RSS is its own: what
 * `qa-harvest run` runs (savedPagesSource, then publishDataset) over the given folders, with
 * each step's time from the run's own clock (the figures of the manifest's `stages`, plus
 * `publish`). With `--threads <n>`, the per-page step (extract, validate, keys) on n threads
 * (1: the main thread; the default is the run's: one worker thread per core). Prints `PROGRESS {json}` lines every few seconds and `RESULT {json}` at the end.
 * With `--learn-after <n>`, profiles are learned in the run for hosts no profile knows, from
 * their first n pages, as `qa-harvest run` does by default (auto-profiles.ts); without it, none.
 * Usage: child.ts [--threads <n>] [--learn-after <n>] <out-dir> <input-folder>...
 */
import { readFileSync } from 'node:fs';
import { countPageFiles } from '../../src/sources/saved-pages.js';
import { publishDataset } from '../../src/pipeline/publish-dataset.js';
import { savedPagesSource } from '../../src/pipeline/run-saved-pages.js';
import { RunClock } from '../../src/pipeline/runner.js';

export interface E2eChildResult {
  finished: boolean;
  pages: number;
  entries: number;
  superseded: number;
  rejects: number;
  wallMs: number;
  cpuMs: number;
  /**
   * The main thread's own CPU time (Linux: its task's utime + stime, to 10 ms; null elsewhere):
   * on a shared machine, where wall time says more about the load than the code, this says
   * whether the main thread's work (dedupe, messages, the writer, the store) grew or shrank.
   */
  mainThreadCpuMs: number | null;
  /** Milliseconds per step of the run on the main thread (the run's clock); `other` is the rest of the wall time. */
  stages: Record<string, number>;
  maxRssMb: number;
  peakHeapMb: number;
  peakExternalMb: number;
  /** Heap and RSS after each tenth of the pages, to see what grows. */
  samples: Array<{ pages: number; rssMb: number; heapMb: number; externalMb: number }>;
}

const args = process.argv.slice(2);
let threads = 0;
let learnAfter = 0;
for (;;) {
  if (args[0] === '--threads') threads = Number(args[1]);
  else if (args[0] === '--learn-after') learnAfter = Number(args[1]);
  else break;
  args.splice(0, 2);
}
const [outDir, ...inputs] = args;
if (!outDir || inputs.length === 0 || !(threads >= 0) || !(learnAfter >= 0)) {
  process.stderr.write('usage: child.ts [--threads <n>] [--learn-after <n>] <out-dir> <input-folder>...\n');
  process.exit(2);
}

const mb = (bytes: number) => bytes / 1048576;
/** The main thread's CPU milliseconds so far, from its task's stat (fields 14 and 15, in clock ticks of 10 ms); null off Linux. */
const mainThreadCpu = (): number | null => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
};
let peakHeap = 0;
let peakExternal = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.external);
  return m;
};
const samples: E2eChildResult['samples'] = [];
const total = await countPageFiles(inputs);
let nextSample = Math.ceil(total / 10);

const cpu0 = process.cpuUsage();
const mainCpu0 = mainThreadCpu();
const t0 = performance.now();
const options = { inputs, outDir, keepRuns: 1, threads };
const clock = new RunClock();
const source = await savedPagesSource(options, {}, learnAfter > 0 ? { learnAfter, learnedAt: new Date(0).toISOString() } : undefined);
// Pages read so far: what extraction has taken in.
const pagesRead = () => source.pages();
let counts = { pages: 0, entries: 0, superseded: 0, rejects: 0 };

/**
 * Milliseconds per step so far, and `other`: what the wall time leaves. Steps on threads of
 * their own (the dedupe stages) work beside the others: the steps may add up to more than the
 * wall time, and then nothing is left for `other`.
 */
function stageMs(wallMs: number): Record<string, number> {
  const ms = Object.fromEntries(Object.entries(clock.seconds()).map(([name, s]) => [name, s * 1000]));
  return { ...ms, other: Math.max(0, wallMs - Object.values(ms).reduce((a, b) => a + b, 0)) };
}

function snapshot(finished: boolean): E2eChildResult {
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    finished,
    ...(finished ? counts : { ...counts, pages: pagesRead() }),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainThreadCpuMs: mainCpu0 === null ? null : mainThreadCpu()! - mainCpu0,
    stages: stageMs(wallMs),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: mb(peakHeap),
    peakExternalMb: mb(peakExternal),
    samples,
  };
}

// Memory after each tenth of the pages is read; after the last tenth, every 5 s (dedupe's emit and the export).
let lastReport = 0;
const timer = setInterval(() => {
  const m = sample();
  const pages = pagesRead();
  const now = performance.now();
  if (pages >= nextSample || (pages >= total && now - lastReport >= 5000)) {
    samples.push({ pages, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), externalMb: mb(m.external) });
    nextSample = pages + Math.ceil(total / 10);
  }
  if (now - lastReport >= 5000) {
    lastReport = now;
    process.stdout.write(`PROGRESS ${JSON.stringify(snapshot(false))}\n`);
  }
}, 250);

const summary = await publishDataset(source, options, clock);
clearInterval(timer);
sample();
counts = { pages: summary.pages, entries: summary.entries, superseded: summary.superseded, rejects: summary.rejects };
process.stdout.write(`RESULT ${JSON.stringify(snapshot(true))}\n`);
