import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entry } from '../schema/entry.js';
import { bandKeys, signatureFromBuffer, signatureToBuffer } from './minhash.js';
import { compare, DEFAULT_NEAR_DUPE_OPTIONS, fingerprint, type NearDupeOptions } from './near-dupes.js';
import { contentCore, doctorKey } from '../core/text.js';
import { urlIdentity } from '../core/url.js';
import { keysetPages } from '../core/sqlite.js';
import { isSnippet, placeSnippet, snippetKey } from './snippet.js';

/**
 * What a run's entry is, measured against what earlier runs published:
 * - `new`: nothing published has its identity, and it duplicates nothing published;
 * - `changed`: the entry published under its identity had other content;
 * - `unchanged`: published under its identity with the same content;
 * - `duplicate_of_published`: another identity's published entry stands for it: the same
 *   content, a near-duplicate (the near-duplicate rules: same doctor or none, similar answer
 *   and question), or a snippet whose text lies inside a published answer to its question.
 */
export type DeltaStatus = 'new' | 'changed' | 'unchanged' | 'duplicate_of_published';

export interface Classification {
  status: DeltaStatus;
  /** Identity of the published entry matched (same identity, or the one it duplicates); null for `new`. */
  publishedKey: string | null;
  publishedId: string | null;
}

export interface GoneEntry {
  key: string;
  id: string;
  question: string;
  url: string | null;
  lastRun: string | null;
}

export interface DeltaCounts {
  new: number;
  changed: number;
  unchanged: number;
  duplicate_of_published: number;
}

/**
 * An entry's identity across runs, independent of its content, so an edited answer is
 * `changed` and not `new`: its URL where known (the page's canonical URL or the related
 * item's link, keyed as the crawler keys pages: core/url.ts), else its question (content
 * core: punctuation, width and spacing aside) with the doctor's name.
 */
export function identityKey(entry: Pick<Entry, 'url' | 'question'> & { doctor: Pick<Entry['doctor'], 'name'> }): string {
  if (entry.url) return `url:${urlIdentity(entry.url)}`;
  return `qd:${contentCore(entry.question)}\u0000${doctorKey(entry.doctor.name) ?? ''}`;
}

/** The content that makes a change: question, answer, doctor card, format and date (not flags, sources or fetch time). */
export function contentHash(entry: Pick<Entry, 'question' | 'answer' | 'doctor' | 'format' | 'date'>): string {
  const { doctor } = entry;
  return createHash('sha256')
    .update(JSON.stringify([entry.question, entry.answer, doctor.name, doctor.title, doctor.department, doctor.hospital, doctor.hospital_grade, entry.format, entry.date]))
    .digest('hex')
    .slice(0, 32);
}

interface PublishedRow {
  key: string;
  id: string;
  content: string;
  question: string;
  doctor: string | null;
  core: string;
  sig: Buffer;
}

/**
 * The entries earlier runs published, in an embedded SQLite file: identity, id, content hash,
 * answer content and MinHash signature with LSH band keys. Nothing is held in memory but
 * prepared statements, so the store can grow without the process growing.
 *
 * A run: `open` → for each entry `classify` (read only) and/or `markSeen` (records it for
 * this run) → `gone()` and `counts()` to report → `commit(runId)` once the dataset is
 * published (or `close()` without committing: the marks are dropped on the next open).
 */
export class PublishedStore {
  private readonly options: NearDupeOptions;
  private readonly q;

  private constructor(
    private readonly db: Database.Database,
    options: NearDupeOptions,
  ) {
    this.options = options;
    this.q = {
      byKey: db.prepare<[string], PublishedRow>('SELECT key, id, content, question, doctor, core, sig FROM published WHERE key = ?'),
      byContent: db.prepare<[string], PublishedRow>('SELECT key, id, content, question, doctor, core, sig FROM published WHERE content = ? LIMIT 1'),
      byQuestion: db.prepare<[string], PublishedRow>('SELECT key, id, content, question, doctor, core, sig FROM published WHERE qkey = ? LIMIT 32'),
      bucket: db.prepare<[number, number, number], PublishedRow>(
        'SELECT p.key, p.id, p.content, p.question, p.doctor, p.core, p.sig FROM band b JOIN published p ON p.key = b.key WHERE b.band = ? AND b.bkey = ? LIMIT ?',
      ),
      mark: db.prepare(
        'INSERT OR REPLACE INTO pending (key, id, content, qkey, question, doctor, url, core, sig, status) VALUES (@key, @id, @content, @qkey, @question, @doctor, @url, @core, @sig, @status)',
      ),
      seen: db.prepare('INSERT OR IGNORE INTO pending_seen (key, status) VALUES (?, ?)'),
      gonePage: db.prepare<[string, number], { key: string; id: string; question: string; url: string | null; last_run: string | null }>(`
        SELECT key, id, question, url, last_run FROM published p
        WHERE key > ? AND NOT EXISTS (SELECT 1 FROM pending x WHERE x.key = p.key) AND NOT EXISTS (SELECT 1 FROM pending_seen s WHERE s.key = p.key)
        ORDER BY key LIMIT ?`),
    };
  }

  /**
   * Opens (creating it and its folder if need be) the store at `path`. Marks of a run that
   * never committed are dropped. The MinHash options are fixed when the store is created:
   * signatures made with other options could not be compared, so opening with different
   * ones throws.
   */
  static open(path: string, options: Partial<NearDupeOptions> = {}): PublishedStore {
    const o = { ...DEFAULT_NEAR_DUPE_OPTIONS, ...options };
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('cache_size = -8000'); // at most ~8 MB of pages in memory, whatever the file's size
    db.exec(`
      CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS published (
        key TEXT PRIMARY KEY, id TEXT NOT NULL, content TEXT NOT NULL, qkey TEXT NOT NULL, question TEXT NOT NULL,
        doctor TEXT, url TEXT, core TEXT NOT NULL, sig BLOB NOT NULL, first_run TEXT, last_run TEXT);
      CREATE INDEX IF NOT EXISTS published_content ON published (content);
      CREATE INDEX IF NOT EXISTS published_qkey ON published (qkey);
      CREATE TABLE IF NOT EXISTS band (band INTEGER NOT NULL, bkey INTEGER NOT NULL, key TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS band_bucket ON band (band, bkey);
      CREATE INDEX IF NOT EXISTS band_key ON band (key);
      CREATE TABLE IF NOT EXISTS pending (
        key TEXT PRIMARY KEY, id TEXT NOT NULL, content TEXT NOT NULL, qkey TEXT NOT NULL, question TEXT NOT NULL,
        doctor TEXT, url TEXT, core TEXT NOT NULL, sig BLOB NOT NULL, status TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS pending_seen (key TEXT PRIMARY KEY, status TEXT NOT NULL);
      DELETE FROM pending;
      DELETE FROM pending_seen;
    `);
    const minhash = JSON.stringify({ shingleSize: o.shingleSize, permutations: o.permutations, bands: o.bands });
    const stored = db.prepare<[], { v: string }>("SELECT v FROM meta WHERE k = 'minhash'").get();
    if (!stored) db.prepare("INSERT INTO meta (k, v) VALUES ('minhash', ?)").run(minhash);
    else if (stored.v !== minhash) {
      db.close();
      throw new Error(`${path}: the store was made with MinHash options ${stored.v}, not ${minhash}; its signatures cannot be compared`);
    }
    return new PublishedStore(db, o);
  }

  /** The status of an entry against what is published. Reads only. */
  classify(entry: Entry): DeltaStatus {
    return this.explain(entry).status;
  }

  /** classify, with the published entry matched. */
  explain(entry: Entry): Classification {
    const key = identityKey(entry);
    const content = contentHash(entry);
    const answer = snippetKey(entry, 'content');
    const hit = (status: DeltaStatus, row: PublishedRow): Classification => ({ status, publishedKey: row.key, publishedId: row.id });

    const own = this.q.byKey.get(key);
    const fp = fingerprint(entry, this.options);
    if (own) {
      if (own.content === content) return hit('unchanged', own);
      // A related-list copy read again where the full answer was published is not a change to it:
      // its text lies inside the published answer, or it is a near-duplicate of it.
      const copy =
        placeSnippet(entry, answer, { text: own.core, doctor: own.doctor }) !== null ||
        (isSnippet(entry) && compare(fp, { question: own.question, doctor: own.doctor, signature: signatureFromBuffer(own.sig) }, this.options).merge);
      return hit(copy ? 'duplicate_of_published' : 'changed', own);
    }
    const same = this.q.byContent.get(content);
    if (same) return hit('duplicate_of_published', same);

    let best: { row: PublishedRow; similarity: number } | null = null;
    const seen = new Set<string>();
    bandKeys(fp.signature, this.options.bands).forEach((bkey, band) => {
      for (const row of this.q.bucket.all(band, bkey, this.options.maxBucketCandidates)) {
        if (seen.has(row.key)) continue;
        seen.add(row.key);
        const verdict = compare(fp, { question: row.question, doctor: row.doctor, signature: signatureFromBuffer(row.sig) }, this.options);
        if (verdict.merge && (!best || verdict.similarity > best.similarity)) best = { row, similarity: verdict.similarity };
      }
    });
    if (best) return hit('duplicate_of_published', (best as { row: PublishedRow }).row);

    if (isSnippet(entry)) {
      for (const row of this.q.byQuestion.all(contentCore(entry.question))) {
        if (placeSnippet(entry, answer, { text: row.core, doctor: row.doctor })) return hit('duplicate_of_published', row);
      }
    }
    return { status: 'new', publishedKey: null, publishedId: null };
  }

  /**
   * Records that this run publishes the entry (call it for every entry of the run, published
   * or not): `new` and `changed` entries are written at commit; `unchanged` ones, and the
   * published entries that `duplicate_of_published` ones match, are kept alive (not gone).
   * Returns the entry's status. The last mark of an identity in a run wins.
   */
  markSeen(entry: Entry): DeltaStatus {
    const c = this.explain(entry);
    if (c.status === 'new' || c.status === 'changed') {
      const fp = fingerprint(entry, this.options);
      this.q.mark.run({
        key: identityKey(entry),
        id: entry.id,
        content: contentHash(entry),
        qkey: contentCore(entry.question),
        question: entry.question,
        doctor: fp.doctor,
        url: entry.url,
        core: snippetKey(entry, 'content').text,
        sig: signatureToBuffer(fp.signature),
        status: c.status,
      });
    } else {
      this.q.seen.run(c.publishedKey, c.status);
    }
    return c.status;
  }

  /** Published entries this run has not seen (so far), in identity order, read page by page from disk. */
  *gone(): IterableIterator<GoneEntry> {
    for (const r of keysetPages(this.q.gonePage, (row) => row.key, { after: '' })) {
      yield { key: r.key, id: r.id, question: r.question, url: r.url, lastRun: r.last_run };
    }
  }

  /** This run's marks so far, by status (a `duplicate_of_published` count is of distinct published entries matched). */
  counts(): DeltaCounts & { gone: number } {
    const counts: DeltaCounts & { gone: number } = { new: 0, changed: 0, unchanged: 0, duplicate_of_published: 0, gone: 0 };
    for (const r of this.db.prepare<[], { status: keyof DeltaCounts; n: number }>('SELECT status, count(*) AS n FROM pending GROUP BY status').all()) counts[r.status] += r.n;
    for (const r of this.db.prepare<[], { status: keyof DeltaCounts; n: number }>('SELECT status, count(*) AS n FROM pending_seen GROUP BY status').all()) counts[r.status] += r.n;
    counts.gone = this.db
      .prepare<[], { n: number }>(
        'SELECT count(*) AS n FROM published p WHERE NOT EXISTS (SELECT 1 FROM pending x WHERE x.key = p.key) AND NOT EXISTS (SELECT 1 FROM pending_seen s WHERE s.key = p.key)',
      )
      .get()!.n;
    return counts;
  }

  /** Number of published entries in the store. */
  size(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM published').get()!.n;
  }

  /**
   * Makes this run's marks the published state, in one transaction: new and changed entries
   * are written, seen ones stamped with the run, gone ones forgotten (the store mirrors the
   * dataset as now published; one that comes back is `new`). Call only after the dataset was
   * published successfully.
   */
  commit(runId: string): void {
    this.db.transaction(() => {
      this.db.exec(`
        DELETE FROM band WHERE key IN (SELECT key FROM published p
          WHERE NOT EXISTS (SELECT 1 FROM pending x WHERE x.key = p.key) AND NOT EXISTS (SELECT 1 FROM pending_seen s WHERE s.key = p.key));
        DELETE FROM published WHERE NOT EXISTS (SELECT 1 FROM pending x WHERE x.key = published.key)
          AND NOT EXISTS (SELECT 1 FROM pending_seen s WHERE s.key = published.key);
        DELETE FROM band WHERE key IN (SELECT key FROM pending);
      `);
      this.db.prepare('UPDATE published SET last_run = ? WHERE key IN (SELECT key FROM pending_seen)').run(runId);
      this.db
        .prepare(
          `INSERT INTO published (key, id, content, qkey, question, doctor, url, core, sig, first_run, last_run)
           SELECT key, id, content, qkey, question, doctor, url, core, sig, @run, @run FROM pending WHERE true
           ON CONFLICT (key) DO UPDATE SET id = excluded.id, content = excluded.content, qkey = excluded.qkey, question = excluded.question,
             doctor = excluded.doctor, url = excluded.url, core = excluded.core, sig = excluded.sig, last_run = excluded.last_run`,
        )
        .run({ run: runId });
      const insertBand = this.db.prepare('INSERT INTO band (band, bkey, key) VALUES (?, ?, ?)');
      // Page by page: writes cannot run while a read is iterating, and a page keeps memory bounded.
      const pending = this.db.prepare<[string, number], { key: string; sig: Buffer }>('SELECT key, sig FROM pending WHERE key > ? ORDER BY key LIMIT ?');
      for (const { key, sig } of keysetPages(pending, (row) => row.key, { after: '' })) {
        bandKeys(signatureFromBuffer(sig), this.options.bands).forEach((bkey, band) => insertBand.run(band, bkey, key));
      }
      this.db.exec('DELETE FROM pending; DELETE FROM pending_seen;');
      this.db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('last_run', ?)").run(runId);
    })();
  }

  close(): void {
    this.db.close();
  }
}
