import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entry } from '../schema/entry.js';
import { comparable } from '../validate/normalize.js';

export type Change = 'new' | 'changed' | 'unchanged';

export interface ChangeCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Entries of the previous run that this run no longer has. */
  gone: number;
}

export const HISTORY_FILE = join('.state', 'published.sqlite');

/**
 * What an entry is about, independent of its wording: its own page's URL where known, else
 * the normalised question and doctor. A new id under a known identity is a changed entry.
 */
export function identityOf(entry: Entry): string {
  if (entry.url) return `url:${entry.url}`;
  return `q:${comparable(entry.question)}|d:${comparable(entry.doctor.name ?? '')}`;
}

/**
 * Which entries earlier runs published, kept on disk in the dataset folder (never in memory,
 * so it can grow with the dataset). A run classifies its entries against it as they stream by
 * and records them in a staging table; `commit` makes them history only once the run is published.
 */
export class PublishHistory {
  private readonly db: Database.Database;
  private readonly seenStmt: Database.Statement;
  private readonly knownId: Database.Statement<[string], { id: string }>;
  private readonly knownIdentity: Database.Statement<[string], { id: string }>;
  readonly counts: ChangeCounts = { new: 0, changed: 0, unchanged: 0, gone: 0 };

  constructor(
    datasetDir: string,
    private readonly runId: string,
  ) {
    const path = join(datasetDir, HISTORY_FILE);
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS entry (id TEXT PRIMARY KEY, identity TEXT NOT NULL, first_run TEXT NOT NULL, last_run TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS entry_identity ON entry (identity);
      CREATE INDEX IF NOT EXISTS entry_last_run ON entry (last_run);
      CREATE TABLE IF NOT EXISTS run (id TEXT PRIMARY KEY, finished_at TEXT NOT NULL);
      DROP TABLE IF EXISTS temp.seen;
      CREATE TEMP TABLE seen (id TEXT PRIMARY KEY, identity TEXT NOT NULL);
    `);
    this.seenStmt = this.db.prepare('INSERT OR IGNORE INTO temp.seen (id, identity) VALUES (?, ?)');
    this.knownId = this.db.prepare('SELECT id FROM main.entry WHERE id = ?');
    this.knownIdentity = this.db.prepare('SELECT id FROM main.entry WHERE identity = ? LIMIT 1');
  }

  /** New (never published), changed (its identity was published with other content) or unchanged. */
  classify(entry: Entry): Change {
    const identity = identityOf(entry);
    this.seenStmt.run(entry.id, identity);
    const change: Change = this.knownId.get(entry.id) ? 'unchanged' : this.knownIdentity.get(identity) ? 'changed' : 'new';
    this.counts[change]++;
    return change;
  }

  /** The counts so far, with `gone`: entries of the previous published run that this run did not see. */
  summarize(): ChangeCounts {
    const previous = this.previousRun();
    this.counts.gone = previous
      ? (this.db
          .prepare<[string], { n: number }>('SELECT count(*) AS n FROM main.entry WHERE last_run = ? AND id NOT IN (SELECT id FROM temp.seen)')
          .get(previous)?.n ?? 0)
      : 0;
    return { ...this.counts };
  }

  /** The run is published: what it saw becomes history. */
  commit(): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO main.entry (id, identity, first_run, last_run) SELECT id, identity, ?, ? FROM temp.seen WHERE true
           ON CONFLICT (id) DO UPDATE SET last_run = excluded.last_run`,
        )
        .run(this.runId, this.runId);
      this.db.prepare('INSERT INTO main.run (id, finished_at) VALUES (?, ?)').run(this.runId, new Date().toISOString());
    })();
  }

  private previousRun(): string | null {
    return this.db.prepare<[], { id: string }>('SELECT id FROM main.run ORDER BY finished_at DESC, id DESC LIMIT 1').get()?.id ?? null;
  }

  close(): void {
    this.db.close();
  }
}
