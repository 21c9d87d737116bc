import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ExtractionItem, PageItem } from '../schema/records.js';
import type { BatchRequest, BatchResult } from './extract-worker.js';
import type { ExtractOptions } from './extract-page.js';
import { addExtractStats, newExtractStats, type ExtractStats } from './stage.js';
import type { Stage } from '../core/stage.js';

export interface WorkerPoolOptions extends ExtractOptions {
  /** Worker threads. Default: one per core less the one the rest of the pipeline runs on, at least 1. */
  threads?: number;
  /** Pages per message (default 16): enough work (tens of ms) to make the message cost small. */
  batchSize?: number;
  /** Batches waiting per worker (default 2), so no worker idles while the next batch is read. */
  queueDepth?: number;
}

/**
 * The extract stage on worker threads: each worker runs the extract stage's per-page rule
 * (`extractItem`), so input, output, order and stats are `ExtractStage`'s, with pages parsed
 * on other cores while the main thread reads, validates, deduplicates and exports. Batches go to the least busy worker and come back in input order;
 * at most threads × queueDepth batches are in flight, so memory stays flat.
 */
export class WorkerExtractStage implements Stage<PageItem, ExtractionItem> {
  readonly name = 'extract';
  readonly stats: ExtractStats = newExtractStats();

  constructor(private readonly options: WorkerPoolOptions = {}) {}

  async *run(input: AsyncIterable<PageItem>): AsyncIterable<ExtractionItem> {
    const { threads = Math.max(1, availableParallelism() - 1), batchSize = 16, queueDepth = 2, ...extractOptions } = this.options;
    const results = new Map<number, Deferred<BatchResult>>();
    const busy: number[] = [];
    let failure: Error | null = null;
    const fail = (err: Error) => {
      failure ??= err;
      for (const d of results.values()) d.reject(failure);
    };

    const workers = Array.from({ length: Math.max(1, threads) }, (_, w) => {
      const worker = startWorker(extractOptions);
      busy[w] = 0;
      worker.on('message', (result: BatchResult) => {
        busy[w]!--;
        results.get(result.seq)?.resolve(result);
      });
      worker.on('error', (err) => fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`an extraction worker stopped with exit code ${code}`));
      });
      return worker;
    });

    const source = input[Symbol.asyncIterator]();
    let sent = 0;
    let received = 0;
    let exhausted = false;
    try {
      for (;;) {
        while (!exhausted && sent - received < workers.length * queueDepth) {
          const items: PageItem[] = [];
          while (items.length < batchSize) {
            const next = await source.next();
            if (next.done) {
              exhausted = true;
              break;
            }
            items.push(next.value);
          }
          if (items.length === 0) break;
          if (failure) throw failure;
          const w = busy.indexOf(Math.min(...busy));
          busy[w]!++;
          results.set(sent, deferred());
          const request: BatchRequest = { seq: sent++, items };
          workers[w]!.postMessage(request);
        }
        if (received === sent) break;
        const result = await results.get(received)!.promise;
        results.delete(received++);
        addExtractStats(this.stats, result.stats);
        yield* result.items;
      }
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
      if (!exhausted) await source.return?.();
    }
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (err: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A batch that fails before anyone awaits it must not be an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * Compiled (dist/*.js), the worker is extract-worker.js beside this file. Run from the
 * TypeScript sources (tests, tsx), worker threads do not inherit the TypeScript loader,
 * so the worker registers tsx itself before importing extract-worker.ts.
 */
function startWorker(workerData: ExtractOptions): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = new URL(`./extract-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(script, { workerData });
  const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(new URL(`file://${tsxApi}`).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
