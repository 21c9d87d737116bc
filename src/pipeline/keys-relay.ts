import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { RelayedBatch, StageRelay } from '../core/stage-thread.js';
import { startWorker } from '../core/thread-pool.js';
import type { KeyStats } from '../dedupe/entry-keys.js';
import { entryText } from '../dedupe/exact-dedupe.js';
import type { Entry } from '../schema/entry.js';
import type { DatasetRecord } from '../schema/records.js';

/**
 * The entries' keys computed on their way to the near-duplicates' thread (threaded-stage.ts, KeyedNearDupesStep):
 * each batch of exact dedupe's output goes to one of these threads, which keys its entries and
 * hands the batch on to the near-duplicates' thread over a channel of its own. The main thread
 * sends each entry once, and neither takes the keys back nor sends the keyed entries again: it
 * was the router of every entry, twice over, while exact dedupe gave them out (docs/run-tail.md).
 * A thread that fails, or stops, fails the run.
 */

/** A record as it is sent to a relay thread: an entry given out as it was read goes as its JSON text (exact-dedupe.ts, entryText), a cheaper copy. */
export type RelayIn = Exclude<DatasetRecord, { kind: 'entry' }> | { kind: 'entry'; entry: Entry | string };

/** Main thread to a relay thread: its end of the channel to the near-duplicates' thread, then batches. */
export type RelayDown = { kind: 'port'; port: MessagePort } | ({ kind: 'batch' } & RelayedBatch<RelayIn>);
/** A relay thread to the main thread: a batch's working time (the manifest's `keys` seconds), or its error. */
export type RelayUp = { kind: 'timed'; ms: number } | { kind: 'error'; error: string };

export class KeysRelay implements StageRelay<DatasetRecord> {
  readonly ports: MessagePort[] = [];
  /** Counted as the entries are sent: every entry sent is keyed, or the run fails. */
  readonly stats: KeyStats = { keyed: 0 };
  /** The threads' working time on the batches, summed (a timing: a batch's may come after the stage has ended). */
  ms = 0;
  private readonly workers: Worker[];
  private failure: Error | null = null;
  private fail: ((err: Error) => void) | null = null;

  constructor(threads: number) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => {
      const worker = startWorker(workerScript(), null);
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ kind: 'port', port: port1 } satisfies RelayDown, [port1]);
      this.ports.push(port2);
      worker.on('message', (message: RelayUp) => {
        if (message.kind === 'error') return this.failed(new Error(`a thread keying the entries failed: ${message.error}`));
        this.ms += message.ms;
      });
      worker.on('error', (err) => this.failed(err));
      worker.on('exit', (code) => this.failed(new Error(`a thread keying the entries stopped with exit code ${code}`)));
      return worker;
    });
  }

  /** Batches go to the threads in turn: the near-duplicates' thread takes them in their order, whichever brings which. */
  send({ seq, items }: RelayedBatch<DatasetRecord>): void {
    for (const record of items) if (record.kind === 'entry') this.stats.keyed++;
    this.workers[seq % this.workers.length]!.postMessage({ kind: 'batch', seq, items: items.map(asSent) } satisfies RelayDown);
  }

  onFailure(fail: (err: Error) => void): void {
    this.fail = fail;
    if (this.failure) fail(this.failure);
  }

  /** Whether the threads keep the process alive: not while started ahead of their work (warm), so that a run that fails before still ends. */
  keepAlive(on: boolean): void {
    for (const worker of this.workers) {
      if (on) worker.ref();
      else worker.unref();
    }
  }

  async stop(): Promise<void> {
    for (const port of this.ports) port.close();
    await Promise.all(
      this.workers.map((worker) => {
        worker.removeAllListeners('exit');
        return worker.terminate();
      }),
    );
  }

  private failed(err: Error): void {
    this.failure ??= err;
    this.fail?.(err);
  }
}

function asSent(record: DatasetRecord): RelayIn {
  return record.kind === 'entry' ? { kind: 'entry', entry: entryText(record.entry) ?? record.entry } : record;
}

function workerScript(): URL {
  return new URL(`./keys-relay-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
}
