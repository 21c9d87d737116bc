import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PROFILES, type SiteProfile } from '../extract/profiles/index.js';
import { SiteProfileSchema } from '../extract/profiles/profile.js';

/** A profile file that cannot be read or is not a profile: the caller's to fix (a usage error). */
export class ProfileError extends Error {}

/** The JSON files a path names: the file, or a folder's *.json files in name order. */
async function profileFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch((err: Error) => {
    throw new ProfileError(`cannot read profiles ${path}: ${err.message}`);
  });
  if (!info.isDirectory()) return [path];
  return (await readdir(path)).filter((name) => name.endsWith('.json')).sort().map((name) => join(path, name));
}

/** One profile file, checked by the schema; what is wrong names the file and the key. */
export async function readProfileFile(file: string): Promise<SiteProfile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ProfileError(`profile ${file}: ${(err as Error).message}`);
  }
  const parsed = SiteProfileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`).join('; ');
    throw new ProfileError(`profile ${file}: ${issues}`);
  }
  return parsed.data;
}

/**
 * The profiles a run reads by: the built-in ones, then those in the given files and folders
 * (a loaded profile with a built-in one's id replaces it). Nothing given: the built-in ones.
 */
export async function loadProfiles(paths: readonly string[]): Promise<readonly SiteProfile[]> {
  if (paths.length === 0) return PROFILES;
  const loaded: SiteProfile[] = [];
  for (const path of paths) for (const file of await profileFiles(path)) loaded.push(await readProfileFile(file));
  const ids = new Set(loaded.map((p) => p.id));
  return [...PROFILES.filter((p) => !ids.has(p.id)), ...loaded];
}

const PROFILES_META = 'profiles';

/**
 * A shared frontier's workers read pages by the opener's profiles (its --profile files may be
 * on its machine only): the opener stores them in the frontier, as data.
 */
export async function shareProfiles(store: { setMeta(name: string, value: string): Promise<void> }, profiles: readonly SiteProfile[]): Promise<void> {
  await store.setMeta(PROFILES_META, JSON.stringify(profiles));
}

/** The profiles the opener of a shared frontier stored; the built-in ones when it stored none. */
export async function sharedProfiles(store: { getMeta(name: string): Promise<string | null> }): Promise<readonly SiteProfile[]> {
  const stored = await store.getMeta(PROFILES_META);
  return stored === null ? PROFILES : z.array(SiteProfileSchema).parse(JSON.parse(stored));
}
