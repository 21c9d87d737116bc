import { parentPort, workerData, type MessagePort, type Worker } from 'node:worker_threads';
import type { Stage } from './stage.js';
import { startWorker } from './thread-pool.js';

/**
 * One stage run on a worker thread of its own, as a pipeline step: its input is pulled and sent
 * to the thread while the steps after it take what it yields, so a stage that holds everything
 * until its input ends (the near-duplicate stage) works beside the stages around it instead of after
 * them. Records go in batches, at most `window` batches unanswered each way, so a slow side
 * holds the other back and memory stays flat. Records cross by structured clone (typed arrays
 * and dates survive). An error of the stage, of the thread or of the input stops both sides and
 * is thrown with its message.
 */

/**
 * Parent to worker: a batch of input, the end of it (with a relay: after how many batches), "a
 * batch of output was taken", or the ports a relay's batches come over (StageRelay).
 */
type Down<In> = { kind: 'items'; items: In[] } | { kind: 'end'; batches?: number } | { kind: 'taken' } | { kind: 'relay'; ports: MessagePort[] };
/** A batch of input as a relay's thread hands it on, numbered in input order. */
export interface RelayedBatch<In> {
  seq: number;
  items: In[];
}
/**
 * Worker to parent: a batch of output, "a batch of input was taken", the stage's end with its
 * stats, or its error; each with the stage's working time so far (waits for input and for the
 * parent to take its output left out).
 */
type Up<Out> = ({ kind: 'items'; items: Out[] } | { kind: 'taken' } | { kind: 'done'; stats: object } | { kind: 'error'; error: string }) & { busyMs: number };

export interface StageThreadOptions<In = unknown> {
  /** The stage's name, for error messages. */
  name: string;
  /** The worker module: it calls `serveStage`. */
  script: URL;
  /** What the worker builds its stage from (plain data). */
  workerData: unknown;
  /** Records per message (default 256). */
  batch?: number;
  /** Batches unanswered each way (default 4). */
  window?: number;
  /** The thread, if started already with `script` and `workerData` (startStageThread): started ahead of its input, it has loaded its code by the time the input comes. */
  thread?: StageThread;
  /** Threads the input goes through on its way, straight to the stage's thread (see StageRelay). */
  relay?: StageRelay<In>;
}

/**
 * Threads that work on each batch of input on its way to the stage's thread and hand it on to
 * it themselves, over channels of their own: the batches never come back through this thread
 * (the near-duplicates' input, keyed on the way: KeyedNearDupesStep in pipeline/threaded-stage.ts). The stage's thread takes
 * them in their order, whichever relay thread brings which.
 */
export interface StageRelay<In> {
  /** The stage thread's ends of the relay's channels, handed over before the first batch. */
  readonly ports: MessagePort[];
  /** Sends batch `seq` (0, 1, 2… in input order) on its way. */
  send(batch: RelayedBatch<In>): void;
  /** Called with an error when a relay thread fails: the run fails with it. */
  onFailure(fail: (err: Error) => void): void;
}

type ThreadEvent = { kind: 'message'; message: unknown } | { kind: 'error'; error: Error } | { kind: 'exit'; code: number };

/** A stage's worker thread, started; what it reports before anyone listens is kept for the first listener. */
export interface StageThread {
  readonly worker: Worker;
  /** Takes the thread's events, those kept so far first. */
  listen(handler: (event: ThreadEvent) => void): void;
  /** Stops the thread; its exit is not reported. */
  stop(): Promise<void>;
}

/** Starts the worker of a stage (it calls `serveStage`) before its input comes; `runStageOnThread` takes it. */
export function startStageThread(script: URL, workerData: unknown): StageThread {
  const worker = startWorker(script, workerData);
  const kept: ThreadEvent[] = [];
  let handler: ((event: ThreadEvent) => void) | null = null;
  const emit = (event: ThreadEvent) => (handler ? handler(event) : kept.push(event));
  worker.on('message', (message: unknown) => emit({ kind: 'message', message }));
  worker.on('error', (error) => emit({ kind: 'error', error }));
  worker.on('exit', (code) => emit({ kind: 'exit', code }));
  return {
    worker,
    listen(next) {
      handler = next;
      for (const event of kept.splice(0)) next(event);
    },
    async stop() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

export interface StageThreadReports {
  /** The stage's stats once it has ended (a copy: the caller copies them into its own). */
  onStats(stats: object): void;
  /** Its working time so far, as the thread reports it with each message. */
  onBusy(ms: number): void;
}

/** The records the stage on the thread yields for `input`. */
export async function* runStageOnThread<In, Out>(input: AsyncIterable<In>, options: StageThreadOptions<In>, reports: StageThreadReports): AsyncGenerator<Out> {
  const batch = options.batch ?? 256;
  const window = options.window ?? 4;
  const thread = options.thread ?? startStageThread(options.script, options.workerData);
  const { worker } = thread;
  worker.ref();
  const arrived: Out[][] = [];
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let inputUnanswered = 0;
  let inputWake: (() => void) | null = null;
  const nudge = () => {
    wake?.();
    wake = null;
    inputWake?.();
    inputWake = null;
  };
  const fail = (err: Error) => {
    failure ??= err;
    nudge();
  };
  thread.listen((event) => {
    if (event.kind === 'error') return fail(event.error);
    if (event.kind === 'exit') {
      if (!done) fail(new Error(`the ${options.name} stage's thread stopped with exit code ${event.code} before its stage ended`));
      return;
    }
    const message = event.message as Up<Out>;
    reports.onBusy(message.busyMs);
    if (message.kind === 'items') arrived.push(message.items);
    else if (message.kind === 'taken') inputUnanswered--;
    else if (message.kind === 'done') {
      reports.onStats(message.stats);
      done = true;
    } else fail(new Error(`the ${options.name} stage's thread failed: ${message.error}`));
    nudge();
  });

  // The input, pulled and sent while the records already out are taken below.
  let stopPumping = false;
  const { relay } = options;
  if (relay) {
    relay.onFailure(fail);
    worker.postMessage({ kind: 'relay', ports: relay.ports } satisfies Down<In>, relay.ports);
  }
  const pump = (async () => {
    let items: In[] = [];
    let sent = 0;
    const send = async () => {
      while (inputUnanswered >= window && !failure && !stopPumping) await new Promise<void>((resolve) => (inputWake = resolve));
      if (failure || stopPumping) return;
      inputUnanswered++;
      if (relay) relay.send({ seq: sent, items });
      else worker.postMessage({ kind: 'items', items } satisfies Down<In>);
      sent++;
      items = [];
    };
    for await (const item of input) {
      if (failure || stopPumping) return;
      items.push(item);
      if (items.length >= batch) await send();
    }
    if (items.length > 0) await send();
    if (!failure && !stopPumping) worker.postMessage({ kind: 'end', ...(relay ? { batches: sent } : {}) } satisfies Down<In>);
  })().catch((err: unknown) => fail(err instanceof Error ? err : new Error(String(err))));

  try {
    for (;;) {
      if (failure) throw failure;
      const items = arrived.shift();
      if (items) {
        worker.postMessage({ kind: 'taken' } satisfies Down<In>);
        yield* items;
        continue;
      }
      if (done) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stopPumping = true;
    nudge();
    await thread.stop();
    // The input's own `finally` (a stopped read) runs before this step returns.
    await pump;
  }
}

/**
 * The worker side: builds the stage from `workerData` and runs it over the batches the parent
 * sends, sending back what it yields in batches (at most `window` unanswered: it waits for the
 * parent to take them), then its stats.
 */
export function serveStage(build: (data: unknown) => Stage<unknown, unknown>, { batch = 256, window = 4 } = {}): void {
  const port = parentPort;
  if (!port) throw new Error('serveStage must run in a worker thread');
  const stage = build(workerData);
  const inbox: unknown[][] = [];
  let ended = false;
  // With a relay: batches that came ahead of their turn, the next one due, and how many there are once the input has ended.
  const early = new Map<number, unknown[]>();
  let due = 0;
  let total: number | undefined;
  const relayed = ({ seq, items }: RelayedBatch<unknown>) => {
    early.set(seq, items);
    for (let next = early.get(due); next; next = early.get(due)) {
      early.delete(due++);
      inbox.push(next);
    }
    nudge();
  };
  let outUnanswered = 0;
  // The stage waiting for input, or for the parent to take its output: whichever it is, a message may free it.
  let wake: (() => void) | null = null;
  const nudge = () => {
    wake?.();
    wake = null;
  };
  const started = performance.now();
  let waitedMs = 0;
  const busyMs = () => performance.now() - started - waitedMs;
  const wait = async () => {
    const t = performance.now();
    await new Promise<void>((resolve) => (wake = resolve));
    waitedMs += performance.now() - t;
  };
  port.on('message', (message: Down<unknown>) => {
    if (message.kind === 'items') inbox.push(message.items);
    else if (message.kind === 'end') {
      ended = true;
      total = message.batches;
    } else if (message.kind === 'relay') for (const from of message.ports) from.on('message', relayed);
    else outUnanswered--;
    nudge();
  });
  const input = (async function* () {
    for (;;) {
      const items = inbox.shift();
      if (items) {
        port.postMessage({ kind: 'taken', busyMs: busyMs() } satisfies Up<unknown>);
        yield* items;
        continue;
      }
      // Relayed batches may still be on their way when the end is told.
      if (ended && (total === undefined || due >= total)) return;
      await wait();
    }
  })();
  void (async () => {
    let out: unknown[] = [];
    const flush = async () => {
      while (outUnanswered >= window) await wait();
      outUnanswered++;
      port.postMessage({ kind: 'items', items: out, busyMs: busyMs() } satisfies Up<unknown>);
      out = [];
    };
    try {
      for await (const record of stage.run(input)) {
        out.push(record);
        if (out.length >= batch) await flush();
      }
      if (out.length > 0) await flush();
      port.postMessage({ kind: 'done', stats: stage.stats, busyMs: busyMs() } satisfies Up<unknown>);
    } catch (err) {
      port.postMessage({ kind: 'error', error: err instanceof Error ? (err.stack ?? err.message) : String(err), busyMs: busyMs() } satisfies Up<unknown>);
    }
  })();
}
