import { hostname } from 'node:os';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = '.lock';

interface LockInfo {
  pid: number;
  host: string;
  run_id: string;
  started_at: string;
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export interface RunLock {
  path: string;
  release(): Promise<void>;
}

/**
 * One run at a time per dataset folder. The lock is a file created exclusively; a lock whose
 * process is dead on this host (a run killed with SIGKILL, a machine reboot) is stale and is
 * taken over, with `onStale` told so. A live holder, or one on another host, is respected.
 */
export async function acquireRunLock(datasetDir: string, runId: string, onStale: (holder: LockInfo) => void = () => {}): Promise<RunLock> {
  const path = join(datasetDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), run_id: runId, started_at: new Date().toISOString() };
  const body = `${JSON.stringify(mine)}\n`;
  await mkdir(datasetDir, { recursive: true });
  try {
    await writeFile(path, body, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const holder = await readLock(path);
    const stale = holder !== null && holder.host === mine.host && !isAlive(holder.pid);
    // An unreadable lock is a run that died while writing it: equally stale.
    if (holder !== null && !stale) throw new LockedError(path, holder);
    if (holder) onStale(holder);
    const temp = `${path}.${process.pid}`;
    await writeFile(temp, body);
    await rename(temp, path);
    // Two runs taking over the same stale lock: the last rename wins, the other backs off.
    const now = await readLock(path);
    if (now?.pid !== mine.pid || now.run_id !== runId) throw new LockedError(path, now);
  }
  return {
    path,
    async release() {
      const now = await readLock(path);
      if (now?.pid === mine.pid && now.run_id === runId) await rm(path, { force: true });
    },
  };
}
