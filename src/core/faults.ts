/**
 * Fault injection, for the fault suite (test/fault-*.test.ts) only. The environment variable
 *
 *   QA_HARVEST_FAULT=<step>[@<n>]:<kill|enospc|eio|erofs>
 *
 * makes the n-th time (the first by default) the process reaches `step` either die at once
 * (SIGKILL: no `finally`, no exit handler) or throw the error a failing write throws there
 * (ENOSPC disk full, EIO, EROFS read-only file system). Unset, `faultPoint` compares one
 * variable with null: inert. It is read here and nowhere else.
 */

/** Every step a fault can be injected at, in the order a run reaches them. */
export const FAULT_STEPS = [
  // the crawl, into its state (crawl.sqlite)
  'crawl-begin', //     a crawl pass is opened or continued
  'crawl-add', //       start URLs, robots.txt sitemaps queued
  'crawl-finish', //    a visited page and the links it found recorded (once per page)
  'crawl-complete', //  the pass closed
  // publishing, into the dataset folder
  'lock', //            the dataset folder's lock file written
  'takeover', //        a stale lock (its run died) about to be removed, under the takeover mutex
  'roll-forward', //    a run that moved `latest` but died before its store recorded it: recorded now
  'roll-back', //       a run that died before moving `latest`: its folder and store records undone
  'leftovers', //       staging folders, scratch space and link files of runs that died removed
  'store-open', //      the store of published entries opened (created by a first run)
  'staging', //         the run's staging folder made
  'export-write', //    a record written into the run's files (once per record)
  'store-mark', //      an entry marked live in the store (once per entry)
  'gone', //            the run's changes settled in the store, gone.jsonl written
  'report', //          report.html and report.md written
  'card', //            the dataset card (README.md) written
  'manifest', //        manifest.json written: the run folder is complete
  'store-prepare', //   the store records the run as prepared
  'run-rename', //      runs/.<id>.tmp renamed to runs/<id>
  'latest-link', //     the new `latest` link made beside the old one
  'latest-switch', //   the new link renamed over `latest`: the commit point
  'latest-switched', // just after it
  'store-commit', //    the store applies the prepared run
  'prune', //           runs past --keep-runs removed
  'cleanup', //         the run's scratch space removed
  'unlock', //          the lock released
] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

export const FAULT_KINDS = ['kill', 'enospc', 'eio', 'erofs'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const ERRNO: Record<Exclude<FaultKind, 'kill'>, { errno: number; text: string }> = {
  enospc: { errno: -28, text: 'no space left on device' },
  eio: { errno: -5, text: 'i/o error' },
  erofs: { errno: -30, text: 'read-only file system' },
};

interface Armed {
  step: FaultStep;
  hit: number;
  kind: FaultKind;
  seen: number;
}

export const FAULT_ENV = 'QA_HARVEST_FAULT';

function parse(spec: string | undefined | null): Armed | null {
  if (!spec) return null;
  const m = spec.match(/^([a-z-]+)(?:@(\d+))?:([a-z]+)$/);
  const step = m?.[1] as FaultStep | undefined;
  const kind = m?.[3] as FaultKind | undefined;
  if (!m || !step || !FAULT_STEPS.includes(step) || !kind || !FAULT_KINDS.includes(kind)) {
    throw new Error(`${FAULT_ENV}=${spec}: expected <step>[@<n>]:<${FAULT_KINDS.join('|')}> with a step of ${FAULT_STEPS.join(', ')}`);
  }
  return { step, hit: Number(m[2] ?? 1), kind, seen: 0 };
}

let armed = parse(process.env[FAULT_ENV]);

/** Arms a fault in this process (the suite's in-process runs), or disarms with null. */
export function armFault(spec: string | null): void {
  armed = parse(spec);
}

/** The error a failed write throws, as Node's fs shapes it: `code`, `errno`, `syscall`. */
export function injectedError(kind: Exclude<FaultKind, 'kill'>, step: string): NodeJS.ErrnoException {
  const { errno, text } = ERRNO[kind];
  const code = kind.toUpperCase();
  return Object.assign(new Error(`${code}: ${text}, write (fault injected at ${step})`), { code, errno, syscall: 'write' });
}

/** Marks `step`: where the armed fault strikes, if it is this step's turn. */
export function faultPoint(step: FaultStep): void {
  if (armed === null || armed.step !== step || ++armed.seen !== armed.hit) return;
  if (armed.kind === 'kill') {
    process.kill(process.pid, 'SIGKILL');
    // The signal is on its way; nothing after this line may run.
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  throw injectedError(armed.kind, step);
}
