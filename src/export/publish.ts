import { randomBytes } from 'node:crypto';
import { access, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A folder beside `target`, hidden by its dot, that becomes `target` only when complete. */
export async function makeStagingDir(target: string, runId: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.tmp-${runId}-${randomBytes(3).toString('hex')}`);
  await mkdir(staging);
  return staging;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export class NotADatasetError extends Error {
  constructor(readonly path: string) {
    super(`refusing to replace ${path}: it is not empty and holds no manifest.json, so it is not a qa-harvest dataset`);
  }
}

/**
 * Puts a finished staging folder in place of `target` with renames only, so a reader sees
 * the old dataset or the new one, never a mix, and a crash leaves the old one intact.
 * A folder that is not a dataset is never replaced.
 */
export async function publishDir(staging: string, target: string): Promise<void> {
  if (await exists(target)) {
    const names = await readdir(target);
    if (names.length > 0 && !names.includes('manifest.json')) throw new NotADatasetError(target);
    const old = `${staging}.old`;
    await rename(target, old);
    await rename(staging, target);
    await rm(old, { recursive: true, force: true });
  } else {
    await rename(staging, target);
  }
}
