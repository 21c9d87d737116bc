import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { faultPoint } from '../core/faults.js';

/**
 * A dataset folder holds one folder per run and a `latest` link to the last complete one:
 *
 *   <dataset>/runs/<run-id>/      one published run (complete: it has a manifest)
 *   <dataset>/runs/.<run-id>.tmp/ a run being written; never read, removed on failure
 *   <dataset>/latest -> runs/<run-id>
 *
 * A run folder appears by rename only once complete, and `latest` is switched by renaming
 * a new link over the old one, so readers and cron see the old run or the new one, never a mix.
 * That switch is the moment a run is published.
 */
export const RUNS_DIR = 'runs';
export const LATEST_LINK = 'latest';
const LINK_PREFIX = `.${LATEST_LINK}.`;

/** A folder given for the dataset (or the crawl state) that cannot be one: the caller's to fix. */
export class FolderError extends Error {}

export class NotADatasetError extends FolderError {
  constructor(
    readonly path: string,
    why = `it holds files but no '${RUNS_DIR}/' folder, so it is not a qa-harvest dataset folder`,
  ) {
    super(`refusing to publish into ${path}: ${why}`);
  }
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir spins for ever where a level can
 * neither be made nor found (under /proc). Returns the folders it made, outermost first.
 */
export async function makeDirs(path: string, role = 'folder'): Promise<string[]> {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const info = await stat(p).catch((err: unknown) => {
      // Not there, or under a file: the walk up finds which.
      if (code(err) === 'ENOENT' || code(err) === 'ENOTDIR') return null;
      throw new FolderError(`cannot use ${path} as the ${role}: ${(err as Error).message}`);
    });
    if (info && !info.isDirectory()) throw new FolderError(`cannot use ${path} as the ${role}: ${p} is a file, not a folder`);
    if (info || dirname(p) === p) break;
    missing.unshift(p);
  }
  for (const dir of missing) {
    try {
      await mkdir(dir);
    } catch (err) {
      if (code(err) !== 'EEXIST') throw new FolderError(`cannot make the ${role} ${path}: ${(err as Error).message}`);
    }
  }
  return missing;
}

/**
 * Checks that `datasetDir` is ours to write into (empty, or a dataset folder), making it if
 * need be; returns the folders made.
 */
export async function makeDatasetDir(datasetDir: string): Promise<string[]> {
  const made = await makeDirs(datasetDir, 'dataset folder (--out)');
  const names = (await readdir(datasetDir)).filter((n) => !n.startsWith('.'));
  if (names.length > 0 && !names.includes(RUNS_DIR)) throw new NotADatasetError(datasetDir);
  const latest = await lstat(join(datasetDir, LATEST_LINK)).catch(() => null);
  if (latest && !latest.isSymbolicLink()) {
    throw new NotADatasetError(datasetDir, `'${LATEST_LINK}' is not a link (it would never be switched); move it away`);
  }
  return made;
}

/** Creates the staging folder of a run (and `runs/` before the first run). */
export async function makeStagingDir(datasetDir: string, runId: string): Promise<string> {
  faultPoint('staging');
  await mkdir(join(datasetDir, RUNS_DIR), { recursive: true });
  const staging = join(datasetDir, RUNS_DIR, `.${runId}.tmp`);
  await mkdir(staging);
  return staging;
}

export const runDirOf = (datasetDir: string, runId: string) => join(datasetDir, RUNS_DIR, runId);

/**
 * Moves a complete staging folder to `runs/<run-id>` and points `latest` at it: the commit
 * point. Whether it happened is what `latestRunId` reads afterwards, whatever this threw.
 */
export async function publishRun(staging: string, datasetDir: string, runId: string): Promise<string> {
  const runDir = runDirOf(datasetDir, runId);
  faultPoint('run-rename');
  await rename(staging, runDir);
  await pointLatestAt(datasetDir, runId);
  return runDir;
}

export async function pointLatestAt(datasetDir: string, runId: string): Promise<void> {
  const temp = join(datasetDir, `${LINK_PREFIX}${randomBytes(4).toString('hex')}`);
  faultPoint('latest-link');
  await symlink(join(RUNS_DIR, runId), temp);
  try {
    faultPoint('latest-switch');
    await rename(temp, join(datasetDir, LATEST_LINK));
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  faultPoint('latest-switched');
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
 * What runs that died left, for a run that holds the lock to remove (none of them can still
 * finish): staging folders and the new-`latest` links they had not switched yet.
 */
export async function leftovers(datasetDir: string): Promise<string[]> {
  const runs = await readdir(join(datasetDir, RUNS_DIR)).catch(() => [] as string[]);
  const links = await readdir(datasetDir).catch(() => [] as string[]);
  return [
    ...runs.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).map((n) => join(RUNS_DIR, n)),
    ...links.filter((n) => n.startsWith(LINK_PREFIX)),
  ];
}

/** Keeps the newest `keep` complete runs, never the one `latest` points at; returns the removed. */
export async function pruneRuns(datasetDir: string, keep: number): Promise<string[]> {
  faultPoint('prune');
  const runsDir = join(datasetDir, RUNS_DIR);
  const names = await readdir(runsDir).catch(() => [] as string[]);
  const latest = await latestRunId(datasetDir);
  const complete: string[] = [];
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    if ((await stat(join(runsDir, name, 'manifest.json')).catch(() => null)) !== null) complete.push(name);
  }
  const removed: string[] = [];
  // Run ids start with their UTC start time, so name order is age order.
  for (const name of complete.slice(0, Math.max(0, complete.length - keep))) {
    if (name === latest) continue;
    await rm(join(runsDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
