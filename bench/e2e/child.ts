/**
 * One end-to-end offline run in its own process, so its peak RSS is its own:
 * `runSavedPages` (what `qa-harvest run` calls) over the given folders, with the stages
 * timed from the outside by wrapping their classes' methods. Prints one JSON line.
 * Usage: child.ts <out-dir> <input-folder>...
 */
import { ExtractStage } from '../../src/extract/stage.js';
import { DatasetWriter } from '../../src/export/dataset-writer.js';
import { runSavedPages } from '../../src/run-saved-pages.js';
import { DedupeStage } from '../../src/validate/dedupe.js';
import { ValidateStage } from '../../src/validate/stage.js';
import { StageClock } from './stage-clock.js';

export interface E2eChildResult {
  pages: number;
  entries: number;
  superseded: number;
  rejects: number;
  wallMs: number;
  cpuMs: number;
  /** Exclusive milliseconds per stage; `other` is the rest of the wall time (lock, staging, publish). */
  stages: Record<'read' | 'extract' | 'validate' | 'dedupe' | 'export' | 'other', number>;
  maxRssMb: number;
  peakHeapMb: number;
  peakExternalMb: number;
  /** Heap and RSS after each 10% of the pages, to see what grows. */
  samples: Array<{ pages: number; rssMb: number; heapMb: number; externalMb: number }>;
}

const [outDir, ...inputs] = process.argv.slice(2);
if (!outDir || inputs.length === 0) {
  process.stderr.write('usage: child.ts <out-dir> <input-folder>...\n');
  process.exit(2);
}

const clock = new StageClock();
clock.patchStage(ExtractStage.prototype, 'extract', 'read');
clock.patchStage(ValidateStage.prototype, 'validate');
clock.patchStage(DedupeStage.prototype, 'dedupe');
clock.patchMethod(DatasetWriter.prototype, 'write', 'export');
clock.patchMethod(DatasetWriter.prototype, 'finish', 'export');

const mb = (bytes: number) => bytes / 1048576;
let peakHeap = 0;
let peakExternal = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.external);
  return m;
};
const timer = setInterval(sample, 250);
const samples: E2eChildResult['samples'] = [];
let nextSample = 0;

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const summary = await runSavedPages({
  inputs,
  outDir,
  keepRuns: 1,
  onProgress: ({ pages, total }) => {
    if (total && pages >= nextSample) {
      const m = sample();
      samples.push({ pages, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), externalMb: mb(m.external) });
      nextSample = pages + Math.ceil(total / 10);
    }
  },
});
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(timer);
sample();

const read = clock.get('read');
const extract = clock.get('extract') - read;
const validate = clock.get('validate') - clock.get('extract');
const dedupe = clock.get('dedupe') - clock.get('validate');
const exportMs = clock.get('export');
const result: E2eChildResult = {
  pages: summary.pages,
  entries: summary.entries,
  superseded: summary.superseded,
  rejects: summary.rejects,
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  stages: { read, extract, validate, dedupe, export: exportMs, other: wallMs - clock.get('dedupe') - exportMs },
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  peakHeapMb: mb(peakHeap),
  peakExternalMb: mb(peakExternal),
  samples,
};
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
