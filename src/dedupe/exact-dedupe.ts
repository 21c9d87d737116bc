import type Database from 'better-sqlite3';
import { EntrySchema, type Entry } from '../schema/entry.js';
import type { DatasetRecord, EntryItem, PackedEntry, PackedEntryItem } from '../schema/records.js';
import { comparable } from '../core/text.js';
import { findSuperseded } from './supersede.js';
import { beats, completeness, smallerSource } from './ranking.js';
import type { Stage } from '../core/stage.js';
import { entryBatches, openScratchDb } from './scratch-db.js';
import { carryFields, mayCarry, type CarryDonor } from './carry-fields.js';

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
export class DedupeStage implements Stage<EntryItem | PackedEntryItem, DatasetRecord> {
  readonly name = 'dedupe';
  readonly stats: DedupeStats = { seen: 0, unique: 0, exactDuplicates: 0, superseded: 0, carried: 0 };

  constructor(private readonly options: DedupeOptions = {}) {}

  async *run(input: AsyncIterable<EntryItem | PackedEntryItem>): AsyncIterable<DatasetRecord> {
    const scratch = await openScratchDb('dedupe', { workDir: this.options.workDir, cacheKib: 32000 });
    const { db } = scratch;
    try {
      db.exec(`
        -- Keyed by seq (the rowid): output reads the table in its own order, with no sort of every body.
        CREATE TABLE entry (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, qkey TEXT NOT NULL, body TEXT NOT NULL);
        -- The copy kept of each id, in rows small enough that the lookup every copy makes stays in
        -- the page cache: with the bodies beside them, past some 20,000 pages most lookups read a
        -- page of the file, and ingest's time per entry grew with the run.
        CREATE TABLE kept (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, rank INTEGER NOT NULL, source TEXT NOT NULL) WITHOUT ROWID;
        -- Every copy as it comes, appended (an index kept up as they come put each one on a page
        -- of its own, anywhere in the file); sorted into source once the input ends.
        CREATE TABLE seen (id TEXT NOT NULL, source TEXT NOT NULL, date TEXT, format TEXT NOT NULL);
        -- Every copy seen: the entry it now counts for (id), where it was read, the entry it was (of)
        -- and what it showed of the fields a kept entry may carry.
        CREATE TABLE source (id TEXT NOT NULL, source TEXT NOT NULL, of TEXT NOT NULL, date TEXT, format TEXT NOT NULL, PRIMARY KEY (id, source)) WITHOUT ROWID;
        CREATE TABLE superseded (id TEXT PRIMARY KEY, by TEXT NOT NULL, reason TEXT NOT NULL);
        -- Output looks up what each entry supersedes, in id order: without this index that is a scan
        -- (and a sort) per entry.
        CREATE INDEX superseded_by ON superseded (by, id);
      `);
      const find = db.prepare<[string], { seq: number; rank: number; source: string }>('SELECT seq, rank, source FROM kept WHERE id = ?');
      const insert = db.prepare('INSERT INTO entry (seq, id, qkey, body) VALUES (?, ?, ?, ?)');
      const keep = db.prepare('INSERT INTO kept (id, seq, rank, source) VALUES (?, ?, ?, ?)');
      const replace = db.prepare('UPDATE entry SET body = ? WHERE seq = ?');
      const replaceKept = db.prepare('UPDATE kept SET rank = ?, source = ? WHERE id = ?');
      const addSeen = db.prepare('INSERT INTO seen (id, source, date, format) VALUES (?, ?, ?, ?)');
      const add = (batch: Array<{ packed: PackedEntry }>) => {
        for (const { packed: entry } of batch) {
          this.stats.seen++;
          addSeen.run(entry.id, entry.source, entry.date, entry.format);
          const known = find.get(entry.id);
          if (!known) {
            this.stats.unique++;
            insert.run(this.stats.seen, entry.id, entry.qkey, entry.json);
            keep.run(entry.id, this.stats.seen, entry.rank, entry.source);
          } else {
            this.stats.exactDuplicates++;
            if (beats<{ rank: number; source: string }>(entry, known, smallerSource)) {
              replace.run(entry.json, known.seq);
              replaceKept.run(entry.rank, entry.source, entry.id);
            }
          }
        }
      };

      // One transaction for the whole ingest: the file has no journal and no syncs, and a commit
      // per batch wrote every page the batch dirtied (the id index and the sources, all over the
      // file) once per batch; now a page is written when the cache lets it go or at the end.
      // A batch is still short work between two hand-outs of pages to the extraction threads.
      db.exec('BEGIN');
      for await (const item of entryBatches(packed(input), BATCH_ENTRIES, 'packed_entry')) {
        if (Array.isArray(item)) add(item);
        else yield item;
      }
      db.exec('COMMIT');

      // Built once every entry is in, each in one sorted pass: ingest never reads them. A copy
      // seen twice at one source (a page listing an item twice) counts once, as first seen.
      db.exec(`
        INSERT OR IGNORE INTO source (id, source, of, date, format) SELECT id, source, id, date, format FROM seen ORDER BY id, source, rowid;
        DROP TABLE seen;
        CREATE INDEX entry_qkey ON entry (qkey, seq);
      `);
      yield* this.emit(db);
    } finally {
      await scratch.close();
    }
  }

  /**
   * What settles, question by question, which entries of the groups that begin among the
   * entries `after` < seq <= `last` supersede which. A group is settled when its first entry is
   * about to go out, so entries go out as soon as the input ends, not once every group is; what
   * a group settles concerns its own entries only (their `superseded` rows and sources). The
   * members it parses are kept in `parsed` for their own turn to go out.
   */
  private groupSettler(db: Database.Database, parsed: ParsedAhead): (after: number, last: number) => void {
    // Every member of the groups whose first entry is among them, a group's members together, in
    // order: one statement per window, not one per group.
    const members = db.prepare<[number, number], { qkey: string; seq: number; body: string }>(`
      SELECT qkey, seq, body FROM entry WHERE qkey IN (
        SELECT e.qkey FROM entry e WHERE e.seq > ? AND e.seq <= ?
          AND NOT EXISTS (SELECT 1 FROM entry x WHERE x.qkey = e.qkey AND x.seq < e.seq)
          AND EXISTS (SELECT 1 FROM entry x WHERE x.qkey = e.qkey AND x.seq > e.seq))
      ORDER BY qkey, seq`);
    const record = db.prepare('INSERT INTO superseded (id, by, reason) VALUES (?, ?, ?)');
    const moveSources = db.prepare('INSERT OR IGNORE INTO source (id, source, of, date, format) SELECT ?, source, of, date, format FROM source WHERE id = ?');
    const settle = db.transaction((groups: Entry[][]) => {
      for (const group of groups) {
        for (const [id, { superseded_by, reason }] of findSuperseded(group)) {
          record.run(id, superseded_by, reason);
          // The same answer seen elsewhere is another source of the entry that stands for it.
          if (reason === 'same_answer') moveSources.run(superseded_by, id);
          this.stats.superseded++;
        }
      }
    });
    return (after, last) => {
      const groups: Entry[][] = [];
      let qkey: string | null = null;
      for (const row of members.all(after, last)) {
        if (row.qkey !== qkey) groups.push([]);
        qkey = row.qkey;
        groups.at(-1)!.push(parsed.keep(row.seq, parseBody(row.body), last));
      }
      if (groups.length > 0) settle(groups);
    };
  }

  private *emit(db: Database.Database): Iterable<DatasetRecord> {
    // In windows of EMIT_WINDOW entries: the groups that begin in a window are settled, then its entries go out.
    const windowEnd = db.prepare<[number], { last: number | null }>(`SELECT max(seq) AS last FROM (SELECT seq FROM entry WHERE seq > ? ORDER BY seq LIMIT ${EMIT_WINDOW})`);
    // Bodies apart: an entry whose group's settling parsed it already is not read again.
    const rows = db.prepare<[number, number], EmitRow>(`
      SELECT e.seq,
             (SELECT json_group_array(source) FROM (SELECT source FROM source s WHERE s.id = e.id ORDER BY source)) AS sources,
             (SELECT json_group_array(id) FROM (SELECT id FROM superseded x WHERE x.by = e.id ORDER BY id)) AS supersedes,
             sup.by, sup.reason
      FROM entry e LEFT JOIN superseded sup ON sup.id = e.id
      WHERE e.seq > ? AND e.seq <= ?
      ORDER BY e.seq`);
    const body = db.prepare<[number], string>('SELECT body FROM entry WHERE seq = ?').pluck();
    // What the kept entry stands for: the other copies of its id (and those moved to it), and every copy of what it supersedes.
    const donors = db.prepare<[string, string, string], { of: string; source: string; date: string | null; format: Entry['format'] }>(`
      SELECT of, source, date, format FROM source WHERE id = ? AND source <> ?
      UNION
      SELECT s.of, s.source, s.date, s.format FROM superseded x JOIN source s ON s.id = x.id WHERE x.by = ?`);
    const parsed = new ParsedAhead();
    const settle = this.groupSettler(db, parsed);
    const entryAt = (seq: number): Entry => parsed.take(seq) ?? parseBody(body.get(seq)!);
    for (let after = 0, last = windowEnd.get(after)?.last ?? null; last !== null; after = last, last = windowEnd.get(after)?.last ?? null) {
      settle(after, last);
      // Read whole before any is yielded: the next window's groups are written meanwhile.
      yield* this.emitRows(rows.all(after, last), entryAt, donors);
    }
  }

  private *emitRows(
    rows: EmitRow[],
    entryAt: (seq: number) => Entry,
    donors: Database.Statement<[string, string, string], { of: string; source: string; date: string | null; format: Entry['format'] }>,
  ): Iterable<DatasetRecord> {
    for (const row of rows) {
      const entry = entryAt(row.seq);
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
      // Other copies are other sources of the id, or sources of what it supersedes: without either, there is nothing to ask;
      // nor when the entry has all that copies could give it (mayCarry).
      const alone = supersedes.length === 0 && sources.every((source) => source === entry.source);
      const copies: CarryDonor[] = alone || !mayCarry(entry) ? [] : donors.all(entry.id, entry.source, entry.id).map((d) => ({ id: d.of, source: d.source, date: d.date, format: d.format }));
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

/**
 * The JSON text each entry read from its body was parsed from, while the entry lives: an entry
 * given out as it was read (most are) crosses to the keys step's threads as this text, one copy
 * of its characters, where the object crossed field by field (keys-relay.ts, keysStep in per-page.ts: the main
 * thread's structured clones were a quarter of its time while exact dedupe gave out its entries).
 * Entries are never changed in place (a merged entry is a new object, with no text), so the text
 * is the entry's as long as both live.
 */
const bodies = new WeakMap<Entry, string>();

/** The JSON text `entry` was read from (it is JSON.stringify of it), when exact dedupe gave it out as it was read. */
export function entryText(entry: Entry): string | undefined {
  return bodies.get(entry);
}

function parseBody(body: string): Entry {
  const entry = JSON.parse(body) as Entry;
  bodies.set(entry, body);
  return entry;
}

/** An entry's row as emit reads it, its body apart (ParsedAhead). */
interface EmitRow {
  seq: number;
  sources: string;
  supersedes: string;
  by: string | null;
  reason: string | null;
}

/**
 * Entries a group's settling parsed, kept for their own turn to go out, so that a body is read
 * and parsed once, not twice: settling reads every member of a group when its first entry goes
 * out, and most entries belong to a group. Only members due within PARSED_AHEAD entries of the
 * window's end are kept (on the bench corpus three quarters of a group's later members come
 * within its first's window, four fifths within PARSED_AHEAD), so memory stays bounded however
 * large the run; the others are read again when their turn comes. Each one kept is taken as it
 * goes out, and entries go out in order: nothing is left behind.
 */
class ParsedAhead {
  private readonly held = new Map<number, Entry>();

  /** `entry` (at `seq`), kept if it goes out within PARSED_AHEAD entries of `last`; returned as it is. */
  keep(seq: number, entry: Entry, last: number): Entry {
    if (seq <= last + PARSED_AHEAD) this.held.set(seq, entry);
    return entry;
  }

  take(seq: number): Entry | undefined {
    const entry = this.held.get(seq);
    if (entry !== undefined) this.held.delete(seq);
    return entry;
  }
}

/** Entries taken in at a time. */
const BATCH_ENTRIES = 500;
/** Entries settled and read at a time as they go out. */
const EMIT_WINDOW = 256;
/** How far past a window a settled member is kept parsed (ParsedAhead): 4,096 entries, a few MB. */
const PARSED_AHEAD = 16 * EMIT_WINDOW;

/** An entry as ingest takes it (PackedEntry in schema/records.ts); the threads of a run pack them, callers with bare entries need not. */
export function packEntry(entry: Entry): PackedEntry {
  // Copies of one id have one answer (the id hashes it): its length ranks none above another, so it is not measured.
  return { id: entry.id, source: entry.source, date: entry.date, format: entry.format, rank: completeness(entry, 0), qkey: comparable(entry.question), json: JSON.stringify(entry) };
}

async function* packed(input: AsyncIterable<EntryItem | PackedEntryItem>): AsyncIterable<PackedEntryItem> {
  for await (const item of input) yield item.kind === 'entry' ? { kind: 'packed_entry', packed: packEntry(item.entry) } : item;
}

export interface PackStats {
  packed: number;
}

/** Packs each validated entry for exact dedupe (packEntry), on the thread that validated it; rejects pass on. */
export class PackStage implements Stage<EntryItem, PackedEntryItem> {
  readonly name = 'pack';
  readonly stats: PackStats = { packed: 0 };

  async *run(input: AsyncIterable<EntryItem>): AsyncIterable<PackedEntryItem> {
    for await (const item of packed(input)) {
      if (item.kind === 'packed_entry') this.stats.packed++;
      yield item;
    }
  }
}

/** As validation made it: its own source alone, superseding nothing. */
function isAsValidated(entry: Entry): boolean {
  return entry.sources.length === 1 && entry.sources[0] === entry.source && entry.supersedes.length === 0;
}
