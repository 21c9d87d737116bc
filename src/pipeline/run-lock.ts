import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
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
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid is in use: by the holder, unless it started at another time (the pid was reused).
  const start = holder.proc_start ? processStart(holder.pid) : null;
  return !(holder.proc_start && start && start !== holder.proc_start);
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

/** A run that dies holding the takeover mutex leaves it behind; after this long it is ignored. */
const MUTEX_STALE_MS = 10_000;

async function takeoverMutex(lockPath: string): Promise<{ release(): Promise<void> } | null> {
  const path = `${lockPath}.takeover`;
  const token = `${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(path, token, { flag: 'wx' });
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err;
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > MUTEX_STALE_MS) await unlink(path).catch(() => {});
    return null;
  }
  return {
    async release() {
      if ((await readFile(path, 'utf8').catch(() => null)) === token) await unlink(path).catch(() => {});
    },
  };
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
