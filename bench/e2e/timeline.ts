/**
 * The timeline of one offline run (what child.ts runs), to see where its tail goes: when the
 * records of each step first and last pass (the page threads' output, exact dedupe's output,
 * the keys, what the near-duplicate thread gives the store, the writer), and the CPU seconds
 * each thread of the process spent in each phase of the run:
 *   pages         until the last page's records leave the page threads;
 *   dedupe emit   exact dedupe gives out its entries (through the keys' threads into the
 *                 near-duplicate thread, which takes them in);
 *   near emit     the near-duplicate thread settles and gives out its entries to the store and
 *                 the writer;
 *   finish        report, seal, publish, the store's commit, cleanup.
 * Threads are named by their ids (`main` is the main thread); a thread's id is its task under
 * /proc/self/task, so this is Linux only. CPU seconds, not only wall time: on a shared machine
 * they say what the run itself costs. The steps are timed by wrapping their classes' `run`, so
 * the run is the one `qa-harvest run` makes, but for one more generator per step.
 * With `--learn-after <n>`, profiles are learned in the run as `qa-harvest run` does by default (child.ts).
 * Usage: timeline.ts [--learn-after <n>] <out-dir> <input-folder>...
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DedupeStage } from '../../src/dedupe/exact-dedupe.js';
import { DatasetWriter } from '../../src/export/dataset-writer.js';
import { PerPageStep } from '../../src/pipeline/per-page.js';
import { publishDataset } from '../../src/pipeline/publish-dataset.js';
import { savedPagesSource } from '../../src/pipeline/run-saved-pages.js';
import { StoreStage } from '../../src/pipeline/store-stage.js';

const args = process.argv.slice(2);
const learnAfter = args[0] === '--learn-after' ? Number(args.splice(0, 2)[1]) : 0;
const [outDir, ...inputs] = args;
if (!outDir || inputs.length === 0 || !(learnAfter >= 0)) {
  process.stderr.write('usage: timeline.ts [--learn-after <n>] <out-dir> <input-folder>...\n');
  process.exit(2);
}

const t0 = performance.now();
const now = () => (performance.now() - t0) / 1000;

/** When records of a step first and last passed, and how many of each kind. */
interface Passing {
  first: number;
  last: number;
  kinds: Record<string, number>;
}
const passed = new Map<string, Passing>();
function note(name: string, kind = 'end'): void {
  const at = now();
  let p = passed.get(name);
  if (!p) passed.set(name, (p = { first: at, last: at, kinds: {} }));
  p.last = at;
  p.kinds[kind] = (p.kinds[kind] ?? 0) + 1;
}

async function* noted<T>(name: string, items: AsyncIterable<T>): AsyncIterable<T> {
  for await (const item of items) {
    note(name, (item as { kind?: string }).kind);
    yield item;
  }
  note(`${name} (end)`);
}

type Run = (this: unknown, input: AsyncIterable<unknown>) => AsyncIterable<unknown>;
/** Wraps a class's `run` (or the method that is its body) so that what it takes and gives out is noted. */
function watch(proto: object, method: string, name: (self: unknown) => string): void {
  const target = proto as Record<string, Run>;
  const original = target[method]!;
  target[method] = function (this: unknown, input) {
    return noted(`${name(this)} out`, original.call(this, noted(`${name(this)} in`, input)));
  };
}
watch(DedupeStage.prototype, 'run', () => 'dedupe');
watch(StoreStage.prototype, 'run', () => 'store');
// The per-page and per-entry steps' `run` is an arrow property: their body is the method `results`.
watch(PerPageStep.prototype, 'results', (self) => (self as PerPageStep<unknown, unknown>).name);
const writer = DatasetWriter.prototype as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
for (const method of ['write', 'seal', 'publish']) {
  const original = writer[method]!;
  writer[method] = async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    note(`writer.${method}`, (args[0] as { kind?: string } | undefined)?.kind);
    return result;
  };
}

/** CPU milliseconds of each thread (utime + stime of its task, in ticks of 10 ms), and of the process. */
interface CpuSample {
  at: number;
  processMs: number;
  threads: Record<string, number>;
}
function sampleCpu(): CpuSample {
  // A thread that has ended keeps the time it had when last seen.
  const threads: Record<string, number> = { ...samples.at(-1)?.threads };
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      threads[tid === String(process.pid) ? 'main' : tid] = (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  const cpu = process.cpuUsage();
  return { at: now(), processMs: (cpu.user + cpu.system) / 1000, threads };
}
const samples: CpuSample[] = [];
samples.push(sampleCpu());
const timer = setInterval(() => samples.push(sampleCpu()), 200);

const options = { inputs, outDir, keepRuns: 1, threads: 0 };
const learn = learnAfter > 0 ? { learnAfter, learnedAt: new Date(0).toISOString() } : undefined;
const summary = await publishDataset(await savedPagesSource(options, {}, learn), options);
clearInterval(timer);
samples.push(sampleCpu());
const end = now();

const fixed = (n: number, digits = 2) => n.toFixed(digits);
for (const [name, p] of [...passed].sort((a, b) => a[1].first - b[1].first)) {
  console.log(`${name.padEnd(20)} first ${fixed(p.first).padStart(7)} s  last ${fixed(p.last).padStart(7)} s  ${JSON.stringify(p.kinds)}`);
}

const lastOf = (name: string) => passed.get(name)?.last ?? null;
// A learning run's per-page step is not a PerPageStep (auto-profiles.ts): its last output is what exact dedupe last took in.
const pagesEnd = lastOf('per_page out') ?? lastOf('dedupe in');
const nearest = (at: number) => samples.reduce((best, s) => (Math.abs(s.at - at) < Math.abs(best.at - at) ? s : best));
const phases: Array<[string, number | null, number | null]> = [
  ['pages', 0, pagesEnd],
  ['dedupe emit', pagesEnd, lastOf('dedupe out')],
  ['near emit', lastOf('dedupe out'), lastOf('writer.write')],
  ['finish', lastOf('writer.write'), end],
];
console.log('\nphase         from → to (s)       wall s  process cores  CPU s per thread (those over 0.2 s)');
for (const [name, from, to] of phases) {
  if (from === null || to === null) continue;
  const [a, b] = [nearest(from), nearest(to)];
  const wall = Math.max(1e-9, b.at - a.at);
  const threads = Object.keys(b.threads)
    .map((tid) => [tid, ((b.threads[tid] ?? 0) - (a.threads[tid] ?? 0)) / 1000] as const)
    .filter(([, s]) => s >= 0.2)
    .sort((x, y) => y[1] - x[1])
    .map(([tid, s]) => `${tid} ${fixed(s, 1)}`);
  console.log(`${name.padEnd(13)} ${fixed(from).padStart(7)} → ${fixed(to).padStart(7)}  ${fixed(to - from).padStart(7)}  ${fixed((b.processMs - a.processMs) / 1000 / wall).padStart(13)}  ${threads.join(', ')}`);
}
const cpu = process.cpuUsage();
const tail = end - (pagesEnd ?? end);
console.log(
  `\n${summary.pages} pages in ${fixed(end)} s: ${fixed(summary.pages / end, 1)} pages/s, ${fixed((cpu.user + cpu.system) / 1e6 / end)} cores; ` +
    `the tail after the last page: ${fixed(tail)} s (${fixed((tail / end) * 100, 0)}% of the run); ${summary.entries} entries; peak RSS ${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB`,
);
