import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { faultPoint } from '../core/faults.js';
import { makeDirs } from '../export/publish.js';

export const LOCK_FILE = '.lock';

interface LockInfo {
  pid: number;
  host: string;
  run_id: string;
  started_at: string;
  /** When the process started (Linux /proc), so a recycled pid is not taken for the holder. */
  proc_start?: string | null;
}

export class LockedError extends Error {
  constructor(
    readonly path: string,
    readonly holder: LockInfo | null,
  ) {
    super(
      holder
        ? `another qa-harvest run holds ${path} (pid ${holder.pid} on ${holder.host}, run ${holder.run_id}, since ${holder.started_at})`
        : `another qa-harvest run holds ${path}`,
    );
  }
}

/** Start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat), where the system has /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Lock files this process holds now: one that names this process and is not among them was left by a run of it that failed. */
const heldHere = new Set<string>();

function isAlive(holder: LockInfo, path: string): boolean {
  if (holder.pid === process.pid && holder.host === hostname()) return heldHere.has(path);
  return processAlive(holder.pid, holder.proc_start ?? null);
}

/** Whether the process `pid` (started at `procStart`, where known) still runs on this host. */
function processAlive(pid: number, procStart: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid is in use: by the holder, unless it started at another time (the pid was reused).
  const start = procStart ? processStart(pid) : null;
  return !(procStart && start && start !== procStart);
}

async function readLock(path: string): Promise<{ info: LockInfo | null; text: string } | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return { info: JSON.parse(text) as LockInfo, text };
  } catch {
    return { info: null, text };
  }
}

/** A takeover mutex whose holder cannot be told (unreadable) is ignored after this long. */
const MUTEX_STALE_MS = 10_000;

/** Takeover mutexes this process holds now (one naming this process and not here was left by a call that failed). */
const mutexesHeldHere = new Set<string>();

/** The token of the mutex at `path` if a run that died left it (its process is gone, or it is old and unreadable), else null. */
async function mutexLeftBehind(path: string): Promise<string | null> {
  const token = await readFile(path, 'utf8').catch(() => null);
  if (token === null) return null;
  const [pid, procStart] = token.split(' ');
  if (Number(pid) === process.pid) return mutexesHeldHere.has(path) ? null : token;
  if (Number(pid) > 0 && procStart !== undefined) return processAlive(Number(pid), procStart || null) ? null : token;
  const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
  return age > MUTEX_STALE_MS ? token : null;
}

/**
 * The right to remove a stale lock. It appears whole (written aside, then linked into place)
 * and names its process, so one left by a run killed while taking over a lock is seen to be
 * left behind at once, not after a timeout that the next cron run would fail on.
 */
async function takeoverMutex(lockPath: string): Promise<{ release(): Promise<void> } | null> {
  const path = `${lockPath}.takeover`;
  const token = `${process.pid} ${processStart(process.pid) ?? ''} ${randomBytes(4).toString('hex')}`;
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temp, token, { flag: 'wx' });
  try {
    await link(temp, path);
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err;
    const dead = await mutexLeftBehind(path);
    // Removed only if it still holds what was judged dead, so a fresh mutex of a live run stays.
    if (dead !== null && (await readFile(path, 'utf8').catch(() => null)) === dead) await unlink(path).catch(() => {});
    return null;
  } finally {
    await unlink(temp).catch(() => {});
  }
  mutexesHeldHere.add(path);
  return {
    async release() {
      mutexesHeldHere.delete(path);
      if ((await readFile(path, 'utf8').catch(() => null)) === token) await unlink(path).catch(() => {});
    },
  };
}

/** `.lock.<pid>.<hex>` and `.lock.takeover.<pid>.<hex>`: a lock or mutex written aside, before it is linked into place. */
const TEMP_NAME = new RegExp(`^${LOCK_FILE.replace('.', '\\.')}\\.(?:takeover\\.)?(\\d+)\\.[0-9a-f]{8}$`);

/** Removes what runs killed between writing a lock aside and linking it left (only the lock holder does, so none is in use but a live process's). */
async function removeDeadTemps(datasetDir: string): Promise<void> {
  for (const name of await readdir(datasetDir).catch(() => [] as string[])) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid), null)) await unlink(join(datasetDir, name)).catch(() => {});
  }
}

export interface RunLock {
  path: string;
  release(): Promise<void>;
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

/**
 * One run at a time per dataset folder. The lock file appears whole or not at all (written
 * aside, then hard-linked into place, which fails if it exists). A lock whose process is dead
 * on this host (SIGKILL, a reboot, a recycled pid) is stale: the one run that holds the
 * takeover mutex removes it, and `onStale` is told so; then the runs race for it as for a free lock. A live holder is respected, and
 * so is a holder on another host, whose life cannot be checked from here.
 */
export async function acquireRunLock(datasetDir: string, runId: string, onStale: (holder: LockInfo) => void = () => {}): Promise<RunLock> {
  await makeDirs(datasetDir);
  const path = join(datasetDir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    run_id: runId,
    started_at: new Date().toISOString(),
    proc_start: processStart(process.pid),
  };
  const body = `${JSON.stringify(mine)}\n`;
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temp, body, { flag: 'wx' });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(temp, path);
        break;
      } catch (err) {
        if (code(err) !== 'EEXIST') throw err;
      }
      const held = await readLock(path);
      if (!held) continue; // released in between: try again
      const holder = held.info;
      if (holder && (holder.host !== mine.host || isAlive(holder, path))) throw new LockedError(path, holder);
      if (attempt >= 20) throw new LockedError(path, holder);
      // Stale (or unreadable). Only the holder of the takeover mutex may remove it, so two runs
      // cannot both remove a lock and one of them remove the other's fresh one.
      const mutex = await takeoverMutex(path);
      if (!mutex) {
        await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
        continue;
      }
      try {
        faultPoint('takeover');
        const still = await readLock(path);
        if (still?.text === held.text) {
          await unlink(path);
          if (holder) onStale(holder);
        }
      } finally {
        await mutex.release();
      }
    }
  } finally {
    await unlink(temp).catch(() => {});
  }
  heldHere.add(path);
  await removeDeadTemps(datasetDir);
  return {
    path,
    async release() {
      // The run is over whether or not its file can be removed: a file left behind is stale.
      heldHere.delete(path);
      faultPoint('unlock');
      const now = await readLock(path);
      if (now?.text === body) await unlink(path).catch((err: unknown) => (code(err) === 'ENOENT' ? undefined : Promise.reject(err)));
    },
  };
}
