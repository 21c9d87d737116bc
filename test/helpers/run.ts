import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Entry, Reject } from '../../src/schema/entry.js';
import type { Superseded } from '../../src/schema/records.js';

/** A fresh temporary folder, removed after the test file. */
export async function tempDir(prefix = 'qa-harvest-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);
}

/** What a published run holds, read through the `latest` link as a user would. */
export async function readDataset(outDir: string) {
  const dir = join(outDir, 'latest');
  return {
    dir,
    entries: await readJsonl<Entry>(join(dir, 'entries.jsonl')),
    rejects: await readJsonl<Reject>(join(dir, 'rejects.jsonl')),
    superseded: await readJsonl<Superseded>(join(dir, 'superseded.jsonl')),
    manifest: JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>,
    parquetFiles: (await readdir(join(dir, 'data'))).filter((n) => n.endsWith('.parquet')).sort().map((n) => join(dir, 'data', n)),
  };
}

/** Every file under a folder (relative paths, sorted) with its bytes: a snapshot to compare before and after. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = path.slice(dir.length + 1);
    out[rel] = entry.isSymbolicLink() ? `-> ${await readlink(path)}` : (await readFile(path)).toString('base64');
  }
  return out;
}
