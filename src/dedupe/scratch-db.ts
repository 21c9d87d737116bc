import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntryKeys } from '../schema/records.js';
import { signatureFromBuffer, signatureToBuffer } from './minhash.js';

export interface ScratchOptions {
  /** Folder for the file, left in place on close; a fresh temporary folder, removed on close, by default. */
  workDir?: string;
  /** Page cache in KiB; SQLite's default (about 2 MB) when not given. */
  cacheKib?: number;
}

export interface ScratchDb {
  readonly db: Database.Database;
  /** The folder the file is in, for a stage's other scratch files. */
  readonly dir: string;
  /** Closes the database and removes the temporary folder it made. */
  close(): Promise<void>;
}

/**
 * The on-disk index of one stage's run, so memory stays flat however many entries pass: a
 * SQLite file named after the stage and the process, without syncs, since nothing in it
 * outlives the run (a crash loses a run that starts over anyway).
 */
export async function openScratchDb(name: string, options: ScratchOptions = {}): Promise<ScratchDb> {
  const dir = options.workDir ?? (await mkdtemp(join(tmpdir(), `qa-harvest-${name}-`)));
  const removeDir = () => (options.workDir ? Promise.resolve() : rm(dir, { recursive: true, force: true }));
  let db: Database.Database | undefined;
  try {
    db = new Database(join(dir, `${name}-${process.pid}-${Date.now()}.sqlite`));
    // No rollback journal: nothing in the file outlives the run, and a failed stage drops it whole.
    // better-sqlite3 opens connections in SQLite's defensive mode, which ignores journal_mode = OFF
    // without a word (WiseLibs/better-sqlite3#380) and writes a journal page for every page changed.
    db.unsafeMode(true);
    db.pragma('journal_mode = OFF');
    db.unsafeMode(false);
    db.pragma('synchronous = OFF');
    // One connection owns the file: no lock calls per statement.
    db.pragma('locking_mode = EXCLUSIVE');
    // Sorts (CREATE INDEX, ORDER BY, a materialised CTE) in memory up to the page cache's size and
    // in a temporary file past it (SQLite opens one only then): with temp_store = MEMORY a sort of
    // the whole table stayed in memory, and the run's memory grew with its size.
    db.pragma('temp_store = FILE');
    if (options.cacheKib !== undefined) db.pragma(`cache_size = -${options.cacheKib}`);
  } catch (err) {
    db?.close();
    await removeDir();
    throw err;
  }
  const opened = db;
  return {
    db: opened,
    dir,
    async close() {
      opened.close();
      await removeDir();
    },
  };
}

/**
 * A stage's input as it fills its index: entry records (of kind `kind`) in batches of `size`,
 * written in one transaction at least (a transaction per entry would make the index
 * write-bound), and every other record as it comes, in input order.
 */
export async function* entryBatches<R extends { kind: string }, K extends string = 'entry'>(
  input: AsyncIterable<R>,
  size = 4000,
  kind: K = 'entry' as K,
): AsyncGenerator<Array<Extract<R, { kind: K }>> | Exclude<R, { kind: K }>> {
  let batch: Array<Extract<R, { kind: K }>> = [];
  for await (const record of input) {
    if (record.kind !== kind) {
      yield record as Exclude<R, { kind: K }>;
      continue;
    }
    batch.push(record as Extract<R, { kind: K }>);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Keys as a scratch index keeps them: the signature as a BLOB, the rest as one JSON text. */
export interface StoredKeys {
  sig: Buffer;
  keys: string;
}

export function storeKeys(keys: EntryKeys): StoredKeys {
  return { sig: signatureToBuffer(keys.signature), keys: JSON.stringify([keys.answerCore, keys.identity, keys.content, keys.version]) };
}

export function readKeys(row: StoredKeys): EntryKeys {
  const [answerCore, identity, content, version] = JSON.parse(row.keys) as [string, string, string, string | null];
  return { signature: signatureFromBuffer(row.sig), answerCore, identity, content, version };
}
