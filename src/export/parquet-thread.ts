import type { Worker } from 'node:worker_threads';
import { startWorker } from '../core/thread-pool.js';
import { EntrySchema } from '../schema/entry.js';
import { ParquetParts, type ParquetPartsOptions } from './parquet-parts.js';
import type { ParquetRequest, ParquetResponse } from './parquet-worker.js';

type Part = { name: string; rows: number };

/**
 * The entries' Parquet parts (ParquetParts, of EntrySchema), written on a thread of their own
 * so that shredding, encoding and compressing rows overlaps the run's other work. Entries come
 * as the JSON lines entries.jsonl holds (serialised once; a string is cheap to hand over), in
 * batches, at most a few of them on their way at once, so memory stays flat. A run of fewer
 * than one batch of entries writes them in process (a thread would cost more than it saves);
 * either way the same code writes the same files.
 */
export class ParquetThread {
  private pending: string[] = [];
  private worker: Worker | null = null;
  private inProcess: ParquetParts | null = null;
  private readonly inFlight: Array<Promise<ParquetResponse>> = [];
  private readonly waiting: Array<(response: ParquetResponse) => void> = [];
  private failure: Error | null = null;
  rows = 0;

  constructor(
    readonly dir: string,
    private readonly options: ParquetPartsOptions & { thread?: boolean } = {},
  ) {}

  /**
   * Starts the thread now, before the first entry comes, so that it has loaded its code by then
   * (a run's entries only come at its tail, after both dedupe stages: a thread started by the
   * first batch spent its first half second there loading). It does not keep the process alive
   * until a batch is sent to it. Nothing else changes: once started, every row is written there.
   */
  warm(): void {
    if (this.options.thread === false || this.worker || this.failure) return;
    this.worker = this.start();
    this.worker.unref();
  }

  /** Adds one entry, given as its JSON text. */
  async write(line: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending.push(line);
    this.rows++;
    if (this.pending.length < BATCH) return;
    if (this.options.thread === false) {
      await this.writeInProcess();
      return;
    }
    this.send({ kind: 'rows', lines: this.pending });
    this.pending = [];
    while (this.inFlight.length >= IN_FLIGHT) this.check(await this.inFlight.shift()!);
  }

  /** Writes what is left, closes the last file; every file written, in order. */
  async close(): Promise<Part[]> {
    if (this.failure) throw this.failure;
    if (!this.worker) {
      await this.writeInProcess();
      return (this.inProcess ??= this.parts()).close();
    }
    if (this.pending.length > 0) this.send({ kind: 'rows', lines: this.pending });
    this.pending = [];
    this.send({ kind: 'close' });
    try {
      let response: ParquetResponse | undefined;
      while (this.inFlight.length > 0) response = this.check(await this.inFlight.shift()!);
      return response!.ok ? response!.parts! : [];
    } finally {
      await this.stop();
    }
  }

  /** Drops the files unfinished; the caller removes the folder. */
  async abort(): Promise<void> {
    this.pending = [];
    this.inProcess?.abort();
    await this.stop();
  }

  private parts(): ParquetParts {
    const { thread: _, ...options } = this.options;
    return new ParquetParts(this.dir, EntrySchema, options);
  }

  private async writeInProcess(): Promise<void> {
    this.inProcess ??= this.parts();
    for (const line of this.pending) await this.inProcess.write(JSON.parse(line) as Record<string, unknown>);
    this.pending = [];
  }

  private send(request: ParquetRequest): void {
    this.worker ??= this.start();
    this.worker.ref();
    this.inFlight.push(new Promise((resolve) => this.waiting.push(resolve)));
    this.worker.postMessage(request);
  }

  private start(): Worker {
    const { thread: _, ...options } = this.options;
    const worker = startWorker(new URL(`./parquet-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url), { dir: this.dir, options });
    // Answers come in the order requests were sent.
    worker.on('message', (response: ParquetResponse) => this.waiting.shift()?.(response));
    const fail = (error: string) => {
      // Kept for the next write or close too: a thread warmed and lost before its first batch has no request waiting.
      this.failure ??= new Error(`writing the Parquet files failed: ${error}`);
      for (const resolve of this.waiting.splice(0)) resolve({ ok: false, error });
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => fail(`the Parquet thread stopped with exit code ${code}`));
    return worker;
  }

  private check(response: ParquetResponse): ParquetResponse {
    if (!response.ok) this.failure ??= new Error(`writing the Parquet files failed: ${response.error}`);
    if (this.failure) throw this.failure;
    return response;
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}

/** Entries per message to the thread, and messages on their way at once. */
const BATCH = 256;
const IN_FLIGHT = 4;
