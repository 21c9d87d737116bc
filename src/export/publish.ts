import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A dataset folder holds one folder per run and a `latest` link to the last complete one:
 *
 *   <dataset>/runs/<run-id>/      one published run (complete: it has a manifest)
 *   <dataset>/runs/.<run-id>.tmp/ a run being written; never read, removed on failure
 *   <dataset>/latest -> runs/<run-id>
 *
 * A run folder appears by rename only once complete, and `latest` is switched by renaming
 * a new link over the old one, so readers and cron see the old run or the new one, never a mix.
 */
export const RUNS_DIR = 'runs';
export const LATEST_LINK = 'latest';

export class NotADatasetError extends Error {
  constructor(
    readonly path: string,
    why = `it holds files but no '${RUNS_DIR}/' folder, so it is not a qa-harvest dataset folder`,
  ) {
    super(`refusing to publish into ${path}: ${why}`);
  }
}

/** Creates the staging folder of a run, after checking that `datasetDir` is ours to write into. */
export async function makeStagingDir(datasetDir: string, runId: string): Promise<string> {
  await mkdir(datasetDir, { recursive: true });
  const names = (await readdir(datasetDir)).filter((n) => !n.startsWith('.'));
  if (names.length > 0 && !names.includes(RUNS_DIR)) throw new NotADatasetError(datasetDir);
  const latest = await lstat(join(datasetDir, LATEST_LINK)).catch(() => null);
  if (latest && !latest.isSymbolicLink()) {
    throw new NotADatasetError(datasetDir, `'${LATEST_LINK}' is not a link (it would never be switched); move it away`);
  }
  await mkdir(join(datasetDir, RUNS_DIR), { recursive: true });
  const staging = join(datasetDir, RUNS_DIR, `.${runId}.tmp`);
  await mkdir(staging);
  return staging;
}

/** Moves a complete staging folder to `runs/<run-id>` and points `latest` at it. */
export async function publishRun(staging: string, datasetDir: string, runId: string): Promise<string> {
  const runDir = join(datasetDir, RUNS_DIR, runId);
  await rename(staging, runDir);
  try {
    await pointLatestAt(datasetDir, runId);
  } catch (err) {
    // Not published after all: put the run back where an abort removes it, rather than leave a
    // complete-looking run that latest never pointed at.
    await rename(runDir, staging).catch(() => {});
    throw err;
  }
  return runDir;
}

export async function pointLatestAt(datasetDir: string, runId: string): Promise<void> {
  const temp = join(datasetDir, `.${LATEST_LINK}.${randomBytes(4).toString('hex')}`);
  await symlink(join(RUNS_DIR, runId), temp);
  try {
    await rename(temp, join(datasetDir, LATEST_LINK));
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** The run id `latest` points at, or null before the first complete run. */
export async function latestRunId(datasetDir: string): Promise<string | null> {
  try {
    const target = await readlink(join(datasetDir, LATEST_LINK));
    return target.split(/[\\/]/).pop() ?? null;
  } catch {
    return null;
  }
}

/**
 * Removes staging folders of runs that died (their process is gone: they can never finish)
 * and keeps the newest `keep` complete runs, never the one `latest` points at.
 */
export async function pruneRuns(datasetDir: string, keep: number, isStale: (staging: string) => Promise<boolean>): Promise<string[]> {
  const runsDir = join(datasetDir, RUNS_DIR);
  let names: string[];
  try {
    names = await readdir(runsDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'))) {
    if (await isStale(join(runsDir, name))) {
      await rm(join(runsDir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  const latest = await latestRunId(datasetDir);
  const complete: string[] = [];
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    if ((await stat(join(runsDir, name, 'manifest.json')).catch(() => null)) !== null) complete.push(name);
  }
  // Run ids start with their UTC start time, so name order is age order.
  for (const name of complete.slice(0, Math.max(0, complete.length - keep))) {
    if (name === latest) continue;
    await rm(join(runsDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
