/** Small statistics for noisy figures: medians and spreads of repeated runs. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.map((v) => round(v, 3)) };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Milliseconds spent running `fn` once. */
export function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * Milliseconds running `fn` once, by the wall clock and by this process's CPU time (user and
 * system, all its threads, so the collector's helpers too). On a shared machine the CPU time
 * leaves out the time the process waited for a core, which the wall clock counts.
 *
 * Each run starts on a collected heap (untimed): otherwise the collection of what one variant left
 * behind lands in whichever runs next (after a parse5 load of 60 KB pages, extractPage read 0.48 of
 * a slim load; with the heap collected between, 0.86). No collection is timed after the run: a full
 * one costs as the live heap, not the run's garbage, and would add the same to every variant.
 */
export function timeItBoth(fn: () => void): { wall: number; cpu: number } {
  collectGarbage();
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** A full collection, by V8's own gc function, exposed at run time so no flag need be passed to node. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** Milliseconds spent running async `fn` once. */
export async function timeItAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
