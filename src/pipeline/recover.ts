import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { faultPoint } from '../core/faults.js';
import { silentLogger, type Logger } from '../core/log.js';
import { PublishedStore } from '../dedupe/published-store.js';
import { FolderError, latestRunId, leftovers, RUNS_DIR, runDirOf } from '../export/publish.js';
import { acquireRunLock } from './run-lock.js';

/** The store of what earlier runs published, inside the dataset folder. */
export const PUBLISHED_STORE = join('.state', 'published.sqlite');
/** Per-run scratch space (the dedupe indexes), inside the dataset folder so a killed run's is found and removed. */
export const WORK_DIR = '.work';

export interface Recovery {
  /** A run that had moved `latest` and died before the store recorded it: recorded now. */
  rolledForward: string | null;
  /** A run that died before moving `latest`: its run folder and marks are gone. */
  rolledBack: string | null;
  /** Staging folders, scratch space and unswitched links of runs that died, removed. */
  removed: string[];
}

export function openPublishedStore(outDir: string): PublishedStore {
  const path = join(outDir, PUBLISHED_STORE);
  faultPoint('store-open');
  try {
    return PublishedStore.open(path);
  } catch (err) {
    throw new Error(`cannot open the store of published entries ${path}: ${(err as Error).message} (move it aside to start the history afresh)`);
  }
}

/**
 * Completes or undoes what a run that died left, before anything else is done (the caller
 * holds the dataset's lock). The store records a run as prepared before its folder is renamed
 * into place, and `latest`'s switch is the commit point: a prepared run that `latest` names was
 * published, and the store records it now (roll forward); one it does not name never was, and
 * its folder and marks are removed (roll back). Each step can be repeated if this dies too.
 */
export async function recoverDataset(outDir: string, store: PublishedStore, log: Logger): Promise<Recovery> {
  const recovery: Recovery = { rolledForward: null, rolledBack: null, removed: [] };
  const prepared = store.prepared();
  if (prepared !== null && (await latestRunId(outDir)) === prepared) {
    faultPoint('roll-forward');
    store.commit(prepared);
    recovery.rolledForward = prepared;
    log.warn('completed a run that died after moving latest: the store of published entries now records it', { run_id: prepared });
  } else if (prepared !== null) {
    faultPoint('roll-back');
    await rm(runDirOf(outDir, prepared), { recursive: true, force: true });
    store.rollback();
    recovery.rolledBack = prepared;
    log.warn('undid a run that died before moving latest: it was never published', { run_id: prepared });
  }
  faultPoint('leftovers');
  const work = (await readdir(join(outDir, WORK_DIR)).catch(() => [] as string[])).map((name) => join(WORK_DIR, name));
  recovery.removed = [...(await leftovers(outDir)), ...work];
  for (const path of recovery.removed) await rm(join(outDir, path), { recursive: true, force: true });
  if (recovery.removed.length) log.warn('removed what runs that died left behind', { removed: recovery.removed });
  return recovery;
}

/** `qa-harvest recover`: the recovery every run starts with, on its own (under the dataset's lock). */
export async function recover(outDir: string, log: Logger = silentLogger): Promise<Recovery> {
  if (!existsSync(join(outDir, RUNS_DIR))) throw new FolderError(`${outDir} is not a qa-harvest dataset folder (it has no '${RUNS_DIR}/'): nothing to recover`);
  const lock = await acquireRunLock(outDir, 'recover', (holder) =>
    log.warn('taking over a stale lock: its run died without releasing it', { lock_pid: holder.pid, lock_run: holder.run_id, since: holder.started_at }),
  );
  try {
    const store = openPublishedStore(outDir);
    try {
      return await recoverDataset(outDir, store, log);
    } finally {
      store.close();
    }
  } finally {
    await lock.release();
  }
}
