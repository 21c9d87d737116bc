import { createRequire } from 'node:module';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import PQueue from 'p-queue';

/**
 * Batches of work on worker threads, results in input order. Each worker runs `script`, which
 * answers batches with `serveBatches`. p-queue holds the batches: one runs per worker at a
 * time, and at most threads × queueDepth are sent or waiting, so a slow consumer holds the
 * reading back instead of results piling up (memory stays flat whatever the input's size).
 */
export interface ThreadPoolOptions {
  threads: number;
  /** The worker module (compiled .js, or .ts run under tsx). */
  script: URL;
  /** Handed to every worker as `workerData`: plain data (structured clone). */
  workerData?: unknown;
  /** Batches sent or waiting per worker (default 2), so no worker idles while the next batch is read. */
  queueDepth?: number;
  /**
   * A list the caller only ever appends to (profiles learned as a run goes): each worker is
   * sent, with its next batch, the entries it has not had yet, and its handler gets its copy
   * (`serveBatches`). A batch is thus handled with every entry added before it went to its worker.
   */
  shared?: readonly unknown[];
}

interface Request<In> {
  seq: number;
  items: In[];
  /** Entries of the shared list the worker has not been sent before. */
  added: unknown[];
}
type Response<Out> = { seq: number; ok: true; result: Out } | { seq: number; ok: false; error: string };
/** A worker's first message: its script is loaded and it answers from now on. */
const READY = 'ready';

/**
 * Worker threads that answer batches on call, each batch by whichever worker is free (p-queue:
 * one batch per worker at a time, the rest wait their turn). For work that comes one piece at
 * a time from many places, as a crawl's pages do; `mapOnThreads` is the streaming form.
 */
export class ThreadPool<In, Out> {
  private readonly idle: PooledWorker<In, Out>[];
  private readonly all: PooledWorker<In, Out>[];
  private readonly queue: PQueue;
  private seq = 0;
  private readonly shared: readonly unknown[];

  constructor(options: ThreadPoolOptions) {
    const threads = Math.max(1, options.threads);
    this.shared = options.shared ?? [];
    this.all = Array.from({ length: threads }, () => new PooledWorker<In, Out>(startWorker(options.script, options.workerData)));
    this.idle = [...this.all];
    this.queue = new PQueue({ concurrency: threads });
  }

  /** Every worker has loaded its script: a batch sent now is answered without a start-up wait. */
  get ready(): boolean {
    return this.all.every((w) => w.ready);
  }

  /**
   * `items` answered by one worker; rejects with the worker's error when it fails on them.
   * `priority`: batches of a higher priority waiting for a worker go first (default 0).
   */
  run(items: In[], options: { priority?: number } = {}): Promise<Out> {
    const seq = this.seq++;
    return this.queue.add(async () => {
      const worker = this.idle.pop()!;
      try {
        // What the shared list holds when the batch goes, not when it was queued: the latest.
        return await worker.run(seq, items, this.shared);
      } finally {
        this.idle.push(worker);
      }
    }, { priority: options.priority ?? 0 }) as Promise<Out>;
  }

  /**
   * Whether the workers keep the process alive: a pool started ahead of its work (warm) does
   * not, so that a run that fails before using it still ends; a pool at work does.
   */
  keepAlive(on: boolean): void {
    for (const w of this.all) w.keepAlive(on);
  }

  /** Drops what waits and stops the workers. */
  async close(): Promise<void> {
    this.queue.clear();
    await Promise.all(this.all.map((w) => w.stop()));
  }
}

/**
 * Each batch of `batches`, answered by a worker, in input order. Stopping early stops the
 * workers. `warmed`: a pool started with the same options ahead of the input (its workers have
 * loaded their script by the time the first batch comes), taken over and closed at the end.
 */
export async function* mapOnThreads<In, Out>(batches: AsyncIterable<In[]>, options: ThreadPoolOptions, warmed?: ThreadPool<In, Out>): AsyncGenerator<Out> {
  const threads = Math.max(1, options.threads);
  const pool = warmed ?? new ThreadPool<In, Out>(options);
  pool.keepAlive(true);
  const inFlight: Array<Promise<Out>> = [];
  try {
    for await (const items of batches) {
      const result = pool.run(items);
      // Handled when its turn comes; a failure before then must not be an unhandled rejection.
      result.catch(() => {});
      inFlight.push(result);
      while (inFlight.length >= threads * (options.queueDepth ?? 2)) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}

/** One worker and the batch it is working on. */
class PooledWorker<In, Out> {
  /** Its script has loaded (batches sent before then wait in the worker's port). */
  ready = false;
  private waiting: { resolve: (out: Out) => void; reject: (err: Error) => void } | null = null;
  private failure: Error | null = null;
  /** Entries of the shared list this worker has been sent. */
  private sharedSent = 0;

  constructor(private readonly worker: Worker) {
    worker.on('message', (response: Response<Out> | typeof READY) => {
      if (response === READY) {
        this.ready = true;
        return;
      }
      const w = this.waiting;
      this.waiting = null;
      if (response.ok) w?.resolve(response.result);
      else w?.reject(new Error(`a worker thread failed on a batch: ${response.error}`));
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`a worker thread stopped with exit code ${code}`));
    });
  }

  run(seq: number, items: In[], shared: readonly unknown[]): Promise<Out> {
    if (this.failure) return Promise.reject(this.failure);
    const request: Request<In> = { seq, items, added: shared.slice(this.sharedSent) };
    this.sharedSent = shared.length;
    return new Promise<Out>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(request);
    });
  }

  keepAlive(on: boolean): void {
    if (on) this.worker.ref();
    else this.worker.unref();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.waiting?.reject(err);
    this.waiting = null;
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/**
 * The worker side: answers each batch with `handle(items, workerData, shared)`, `shared` being
 * this worker's copy of the pool's shared list, as long as the main thread's was when the batch
 * was sent (one array, appended to). An exception becomes an error response (the run fails
 * with its message) rather than a silent worker death.
 */
export function serveBatches<In, Out>(handle: (items: In[], data: unknown, shared: readonly unknown[]) => Out | Promise<Out>): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches must run in a worker thread');
  const shared: unknown[] = [];
  port.on('message', async (request: Request<In>) => {
    let response: Response<Out>;
    try {
      shared.push(...request.added);
      response = { seq: request.seq, ok: true, result: await handle(request.items, workerData, shared) };
    } catch (err) {
      response = { seq: request.seq, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(response);
  });
  port.postMessage(READY);
}

/**
 * A page's parse and reading leave megabytes of short-lived nodes and strings: twice V8's default
 * young generation for a worker (48 MB) means half as many scavenges, and fewer of a page's
 * objects promoted just because a scavenge came mid-page (~2 % less CPU end to end).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

/**
 * The process's options for a compiled worker, less the TypeScript loader (`--import tsx`): a
 * compiled CLI started under it (the crawl benchmark's harness, kit/measure/cli.ts) would have
 * every thread load tsx first, some 0.1 s of CPU each, for modules that need no compiling.
 */
export function withoutTsLoader(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if ((arg === '--import' || arg === '--loader' || arg === '--require' || arg === '-r') && /^tsx(?:\/|$)/.test(execArgv[i + 1] ?? '')) i++;
    else if (!/^--(?:import|loader|require)=tsx(?:\/|$)/.test(arg)) out.push(arg);
  }
  return out;
}

/**
 * Compiled (dist/*.js), the worker runs its script as it is. Run from the TypeScript sources
 * (tests, tsx), worker threads do not inherit the TypeScript loader, so the worker registers
 * tsx itself before importing the script.
 */
export function startWorker(script: URL, data: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: data, resourceLimits: WORKER_LIMITS, execArgv: withoutTsLoader(process.execArgv) });
  const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(new URL(`file://${tsxApi}`).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits: WORKER_LIMITS });
}
