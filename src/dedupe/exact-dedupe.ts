import type Database from 'better-sqlite3';
import { EntrySchema, type Entry } from '../schema/entry.js';
import type { DatasetRecord, EntryItem } from '../schema/records.js';
import { comparable } from '../core/text.js';
import { findSuperseded } from './supersede.js';
import { beats, completeness, smallerSource } from './ranking.js';
import type { Stage } from '../core/stage.js';
import { entryBatches, openScratchDb } from './scratch-db.js';
import { keysetPages } from '../core/sqlite.js';
import { carryFields, type CarryDonor } from './carry-fields.js';

export interface DedupeStats {
  seen: number;
  unique: number;
  exactDuplicates: number;
  superseded: number;
  /** Kept entries that took a date or format from copies or snippets they stand for (carry-fields.ts). */
  carried: number;
}

export interface DedupeOptions {
  /** Folder for the on-disk index; a fresh temporary folder by default. */
  workDir?: string;
}

/**
 * Within-run deduplication. Entries are held in an embedded SQLite file, not in memory, so
 * a run of any size keeps flat memory: exact duplicates (same id: same normalised question,
 * answer and doctor) collapse into the copy that wins (ranking.ts), listing every source;
 * then, question by question, snippets that a fuller answer contains are superseded by it
 * (supersede.ts). Entries come out in first-seen order once the input is exhausted; rejects
 * pass straight through.
 */
export class DedupeStage implements Stage<EntryItem, DatasetRecord> {
  readonly name = 'dedupe';
  readonly stats: DedupeStats = { seen: 0, unique: 0, exactDuplicates: 0, superseded: 0, carried: 0 };

  constructor(private readonly options: DedupeOptions = {}) {}

  async *run(input: AsyncIterable<EntryItem>): AsyncIterable<DatasetRecord> {
    const scratch = await openScratchDb('dedupe', { workDir: this.options.workDir, cacheKib: 32000 });
    const { db } = scratch;
    try {
      db.exec(`
        -- Keyed by seq (the rowid): output reads the table in its own order, with no sort of every body.
        CREATE TABLE entry (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, qkey TEXT NOT NULL, rank INTEGER NOT NULL, source TEXT NOT NULL, body TEXT NOT NULL);
        -- Every copy seen: the entry it now counts for (id), where it was read, the entry it was (of)
        -- and what it showed of the fields a kept entry may carry.
        CREATE TABLE source (id TEXT NOT NULL, source TEXT NOT NULL, of TEXT NOT NULL, date TEXT, format TEXT NOT NULL, PRIMARY KEY (id, source)) WITHOUT ROWID;
        CREATE TABLE superseded (id TEXT PRIMARY KEY, by TEXT NOT NULL, reason TEXT NOT NULL);
        -- Output looks up what each entry supersedes, in id order: without this index that is a scan
        -- (and a sort) per entry.
        CREATE INDEX superseded_by ON superseded (by, id);
      `);
      // The kept copy's rank and source as columns: a duplicate's lookup reads no JSON.
      const find = db.prepare<[string], { rank: number; source: string }>('SELECT rank, source FROM entry WHERE id = ?');
      const insert = db.prepare('INSERT INTO entry (id, seq, qkey, rank, source, body) VALUES (?, ?, ?, ?, ?, ?)');
      const replace = db.prepare('UPDATE entry SET rank = ?, source = ?, body = ? WHERE id = ?');
      const addSource = db.prepare('INSERT OR IGNORE INTO source (id, source, of, date, format) VALUES (?, ?, ?, ?, ?)');
      const add = db.transaction((batch: Array<{ entry: Entry }>) => {
        for (const { entry } of batch) {
          this.stats.seen++;
          addSource.run(entry.id, entry.source, entry.id, entry.date, entry.format);
          const known = find.get(entry.id);
          // Copies of one id have one answer (the id hashes it): its length ranks none above another, so it is not measured.
          const copy = { rank: completeness(entry, 0), source: entry.source };
          if (!known) {
            this.stats.unique++;
            insert.run(entry.id, this.stats.seen, comparable(entry.question), copy.rank, entry.source, JSON.stringify(entry));
          } else {
            this.stats.exactDuplicates++;
            if (beats(copy, known, smallerSource)) replace.run(copy.rank, entry.source, JSON.stringify(entry), entry.id);
          }
        }
      });

      for await (const item of entryBatches(input)) {
        if (Array.isArray(item)) add(item);
        else yield item;
      }

      // Built once every entry is in, in one sorted pass: ingest never reads it.
      db.exec('CREATE INDEX entry_qkey ON entry (qkey)');
      this.resolveSuperseded(db);
      yield* this.emit(db);
    } finally {
      await scratch.close();
    }
  }

  private resolveSuperseded(db: Database.Database): void {
    // Page by page (keyset paging), not every question's key at once: their number grows with the run.
    const groups = db.prepare<[string, number], { qkey: string }>('SELECT qkey FROM entry WHERE qkey > ? GROUP BY qkey HAVING count(*) > 1 ORDER BY qkey LIMIT ?');
    const members = db.prepare<[string], { body: string }>('SELECT body FROM entry WHERE qkey = ? ORDER BY seq');
    const record = db.prepare('INSERT INTO superseded (id, by, reason) VALUES (?, ?, ?)');
    const moveSources = db.prepare('INSERT OR IGNORE INTO source (id, source, of, date, format) SELECT ?, source, of, date, format FROM source WHERE id = ?');
    db.transaction(() => {
      for (const { qkey } of keysetPages(groups, (r) => r.qkey, { after: '' })) {
        const group = members.all(qkey).map((row) => JSON.parse(row.body) as Entry);
        for (const [id, { superseded_by, reason }] of findSuperseded(group)) {
          record.run(id, superseded_by, reason);
          // The same answer seen elsewhere is another source of the entry that stands for it.
          if (reason === 'same_answer') moveSources.run(superseded_by, id);
          this.stats.superseded++;
        }
      }
    })();
  }

  private *emit(db: Database.Database): Iterable<DatasetRecord> {
    const rows = db.prepare<[], { body: string; sources: string; supersedes: string; by: string | null; reason: string | null }>(`
      SELECT e.body,
             (SELECT json_group_array(source) FROM (SELECT source FROM source s WHERE s.id = e.id ORDER BY source)) AS sources,
             (SELECT json_group_array(id) FROM (SELECT id FROM superseded x WHERE x.by = e.id ORDER BY id)) AS supersedes,
             sup.by, sup.reason
      FROM entry e LEFT JOIN superseded sup ON sup.id = e.id
      ORDER BY e.seq`);
    // What the kept entry stands for: the other copies of its id (and those moved to it), and every copy of what it supersedes.
    const donors = db.prepare<[string, string, string], { of: string; source: string; date: string | null; format: Entry['format'] }>(`
      SELECT of, source, date, format FROM source WHERE id = ? AND source <> ?
      UNION
      SELECT s.of, s.source, s.date, s.format FROM superseded x JOIN source s ON s.id = x.id WHERE x.by = ?`);
    for (const row of rows.iterate()) {
      const entry = JSON.parse(row.body) as Entry;
      const sources = JSON.parse(row.sources) as string[];
      if (row.by) {
        yield {
          kind: 'superseded',
          superseded: {
            id: entry.id,
            superseded_by: row.by,
            reason: row.reason as 'truncated_snippet' | 'same_answer',
            question: entry.question,
            answer: entry.answer,
            flags: entry.flags,
            sources,
          },
        };
        continue;
      }
      const supersedes = JSON.parse(row.supersedes) as string[];
      // Other copies are other sources of the id, or sources of what it supersedes: without either, there is nothing to ask.
      const alone = supersedes.length === 0 && sources.every((source) => source === entry.source);
      const copies: CarryDonor[] = alone ? [] : donors.all(entry.id, entry.source, entry.id).map((d) => ({ id: d.of, source: d.source, date: d.date, format: d.format }));
      // An entry that stands for no other is the validated entry as it came (most are): nothing to merge or re-check.
      if (alone && isAsValidated(entry)) {
        yield { kind: 'entry', entry };
        continue;
      }
      const kept = carryFields(entry, copies);
      if (kept !== entry) this.stats.carried++;
      // Re-checked: the merged entry is what gets published.
      yield { kind: 'entry', entry: EntrySchema.parse({ ...kept, sources, supersedes }) };
    }
  }
}

/** As validation made it: its own source alone, superseding nothing. */
function isAsValidated(entry: Entry): boolean {
  return entry.sources.length === 1 && entry.sources[0] === entry.source && entry.supersedes.length === 0;
}
