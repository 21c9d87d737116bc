import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entry } from '../schema/entry.js';
import type { EntryKeys } from '../schema/records.js';
import { entryKeys, entryVersion, signatureFor } from './entry-keys.js';
import { bandKeys, signatureFromBuffer, signatureToBuffer } from './minhash.js';
import { compare, DEFAULT_NEAR_DUPE_OPTIONS, type Fingerprint, type NearDupeOptions } from './near-dupes.js';
import { contentCore, doctorKey } from '../core/text.js';
import { keysetPages } from '../core/sqlite.js';
import { isSnippet, placeSnippet, type SnippetKey } from './snippet.js';

/**
 * What an entry is, measured against what earlier runs published (`classify`, read only):
 * - `new`: nothing published has its id or identity, and it duplicates nothing published;
 * - `changed`: an entry published under its id or identity had other content;
 * - `unchanged`: published as it is;
 * - `duplicate_of_published`: another identity's published entry stands for it: the same
 *   content, a near-duplicate (the near-duplicate rules: same doctor or none, similar answer
 *   and question), or a snippet whose text lies inside a published answer to its question.
 */
export type DeltaStatus = 'new' | 'changed' | 'unchanged' | 'duplicate_of_published';

export interface Classification {
  status: DeltaStatus;
  /** Identity of the published entry matched (same id or identity, or the one it duplicates); null for `new`. */
  publishedKey: string | null;
  publishedId: string | null;
}

/** A published entry this run no longer has: consumers of deltas delete it by its id. */
export interface GoneEntry {
  key: string;
  id: string;
  question: string;
  url: string | null;
  lastRun: string | null;
  /** An entry of this run with the same identity (URL, or question and doctor) takes its place: it changed. */
  replaced: boolean;
}

/** A run's changes against what is published: each live entry is new, changed or unchanged; `gone` ones disappeared. */
export interface DeltaCounts {
  new: number;
  changed: number;
  unchanged: number;
  gone: number;
}

export { contentHash, entryVersion, identityKey } from './entry-keys.js';


interface PublishedRow {
  id: string;
  key: string;
  version: string;
  content: string;
  question: string;
  doctor: string | null;
  core: string;
  sig: Buffer;
}

/**
 * Bumped when the tables change: 2 keys entries by id (1 kept one entry per identity); 3 keeps
 * the band keys in one b-tree by bucket (band and key) and id (2: a table and two indexes).
 */
const STORE_VERSION = 3;
const ROW = 'id, key, version, content, question, doctor, core, sig';
const ENTRY_COLUMNS = 'key TEXT NOT NULL, version TEXT NOT NULL, content TEXT, qkey TEXT, question TEXT, doctor TEXT, url TEXT, core TEXT, sig BLOB';
/**
 * Indexes of what a commit writes, but for the primary keys: a commit that writes as many rows as
 * the tables hold drops and builds them again, in one sorted pass each (see `commit`).
 */
const WRITTEN_INDEXES: Record<string, string> = {
  published_key: 'published (key)',
  published_content: 'published (content)',
  published_qkey: 'published (qkey)',
};
const CREATE_WRITTEN_INDEXES = Object.entries(WRITTEN_INDEXES)
  .map(([name, on]) => `CREATE INDEX IF NOT EXISTS ${name} ON ${on};`)
  .join('\n');
const DROP_WRITTEN_INDEXES = Object.keys(WRITTEN_INDEXES)
  .map((name) => `DROP INDEX ${name};`)
  .join('\n');
const TABLES = `
  CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
  -- last_run: the run that last wrote the row; the run that last had it is the store's last run (meta), as a commit keeps only its run's entries.
  CREATE TABLE IF NOT EXISTS published (id TEXT PRIMARY KEY, ${ENTRY_COLUMNS}, first_run TEXT, last_run TEXT);
  -- An entry's LSH band keys, one row a band, its bucket band × 2³² + key (bucketOf): looked up by bucket, written and deleted in that order (writeBands).
  CREATE TABLE IF NOT EXISTS band (bucket INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY (bucket, id)) WITHOUT ROWID;
  ${CREATE_WRITTEN_INDEXES}
  -- This run's entries: every one by id and version; those it carries (not published as they are) in full.
  CREATE TABLE IF NOT EXISTS live (id TEXT PRIMARY KEY, ${ENTRY_COLUMNS}, carried INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS live_key ON live (key);
  -- Published entries this run no longer has, worked out once its entries are all marked.
  CREATE TABLE IF NOT EXISTS outgoing (id TEXT PRIMARY KEY, key TEXT NOT NULL, question TEXT, url TEXT, last_run TEXT, replaced INTEGER NOT NULL);
`;

/**
 * The entries earlier runs published, by id, in an embedded SQLite file: identity, version
 * (every field), content hash, answer content and MinHash signature with LSH band keys.
 * Nothing is held in memory but prepared statements, so the store can grow without the process
 * growing. It mirrors what a consumer holds who applied every published run in order.
 *
 * A run: `open` → `markSeen` every entry (a delta run carries those it says are not `unchanged`)
 * → `gone()` and `counts()` → `prepare(runId)` before the run's folder is renamed into place →
 * `commit(runId)` once `latest` names it, or `rollback()` if it never will. A prepared run
 * survives a crash: whoever opens the store next commits or rolls it back (`prepared()`) before
 * anything else; marks of a run that never prepared are dropped on the next open.
 */
export class PublishedStore {
  private readonly q;
  private settled = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly options: NearDupeOptions,
  ) {
    this.q = {
      byId: db.prepare<[string], PublishedRow>(`SELECT ${ROW} FROM published WHERE id = ?`),
      byKey: db.prepare<[string], PublishedRow>(`SELECT ${ROW} FROM published WHERE key = ? ORDER BY id LIMIT 32`),
      byContent: db.prepare<[string], PublishedRow>(`SELECT ${ROW} FROM published WHERE content = ? LIMIT 1`),
      byQuestion: db.prepare<[string], PublishedRow>(`SELECT ${ROW} FROM published WHERE qkey = ? LIMIT 32`),
      bucket: db.prepare<[number, number], PublishedRow>(`SELECT ${ROW.replace(/(\w+)/g, 'p.$1')} FROM band b JOIN published p ON p.id = b.id WHERE b.bucket = ? LIMIT ?`),
      hasKey: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM published WHERE key = ? LIMIT 1'),
      held: db.prepare('INSERT OR IGNORE INTO live (id, key, version, carried) VALUES (?, ?, ?, 0)'),
      carried: db.prepare(`INSERT OR IGNORE INTO live (id, key, version, content, qkey, question, doctor, url, core, sig, carried)
        VALUES (@id, @key, @version, @content, @qkey, @question, @doctor, @url, @core, @sig, 1)`),
      outgoingPage: db.prepare<[string, number], { id: string; key: string; question: string; url: string | null; last_run: string | null; replaced: number }>(
        'SELECT id, key, question, url, last_run, replaced FROM outgoing WHERE id > ? ORDER BY id LIMIT ?',
      ),
      meta: db.prepare<[string], { v: string }>('SELECT v FROM meta WHERE k = ?'),
      setMeta: db.prepare('INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)'),
    };
  }

  /**
   * Opens (creating it and its folder if need be) the store at `path`, moving a store of the
   * earlier layout over. Marks of a run that never prepared are dropped. The MinHash options
   * are fixed when the store is created: signatures made with other options could not be
   * compared, so opening with different ones throws.
   */
  static open(path: string, options: Partial<NearDupeOptions> = {}): PublishedStore {
    const o = { ...DEFAULT_NEAR_DUPE_OPTIONS, ...options };
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('cache_size = -8000'); // at most ~8 MB of pages in memory, whatever the file's size
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > STORE_VERSION) throw new Error(`${path} was written by a newer qa-harvest (store version ${version}, this one reads ${STORE_VERSION})`);
      db.transaction(() => {
        const old = version < STORE_VERSION && (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'published'").get() as { n: number }).n > 0;
        const fromV1 = old && version < 2;
        if (fromV1) db.exec('ALTER TABLE published RENAME TO published_v1; DROP INDEX IF EXISTS published_content; DROP INDEX IF EXISTS published_qkey; DROP TABLE IF EXISTS band; DROP TABLE IF EXISTS pending; DROP TABLE IF EXISTS pending_seen;');
        // The second layout's bands (a table and two indexes) are made again from the signatures.
        else if (old) db.exec('DROP TABLE IF EXISTS band;');
        db.exec(TABLES);
        if (fromV1) migrateFromV1(db);
        if (old) writeBands(db, 'insert', publishedSigs(db), o);
        if (version < STORE_VERSION) db.pragma(`user_version = ${STORE_VERSION}`);
      })();
      const minhash = JSON.stringify({ shingleSize: o.shingleSize, permutations: o.permutations, bands: o.bands });
      const stored = db.prepare<[], { v: string }>("SELECT v FROM meta WHERE k = 'minhash'").get();
      if (!stored) db.prepare("INSERT INTO meta (k, v) VALUES ('minhash', ?)").run(minhash);
      else if (stored.v !== minhash) throw new Error(`${path}: the store was made with MinHash options ${stored.v}, not ${minhash}; its signatures cannot be compared`);
      const store = new PublishedStore(db, o);
      if (store.prepared() === null) store.rollback();
      return store;
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /** The status of an entry against what is published. Reads only. `keys`: the entry's (entry-keys.ts), made here when not given. */
  classify(entry: Entry, keys?: EntryKeys): DeltaStatus {
    return this.explain(entry, keys).status;
  }

  /** classify, with the published entry matched. */
  explain(entry: Entry, keys: EntryKeys = entryKeys(entry, this.options)): Classification {
    const hit = (status: DeltaStatus, row: PublishedRow): Classification => ({ status, publishedKey: row.key, publishedId: row.id });
    const own = this.q.byId.get(entry.id);
    if (own) return hit(isCurrent(own, entry, keys.content) ? 'unchanged' : 'changed', own);

    const answer: SnippetKey = { text: keys.answerCore, doctor: doctorKey(entry.doctor.name) };
    const fp: Fingerprint = { question: entry.question, doctor: answer.doctor, signature: signatureFor(keys, this.options) };
    // A related-list copy read again where the full answer was published is not a change to it:
    // its text lies inside the published answer, or it is a near-duplicate of it.
    const sameIdentity = this.q.byKey.all(keys.identity);
    const copy = sameIdentity.find(
      (row) =>
        placeSnippet(entry, answer, { text: row.core, doctor: row.doctor }) !== null ||
        (isSnippet(entry) && compare(fp, { question: row.question, doctor: row.doctor, signature: signatureFromBuffer(row.sig) }, this.options).merge),
    );
    if (copy) return hit('duplicate_of_published', copy);
    if (sameIdentity[0]) return hit('changed', sameIdentity[0]);
    const same = this.q.byContent.get(keys.content);
    if (same) return hit('duplicate_of_published', same);

    let best: { row: PublishedRow; similarity: number } | null = null;
    const seen = new Set<string>();
    bandKeys(fp.signature, this.options.bands).forEach((bkey, band) => {
      for (const row of this.q.bucket.all(bucketOf(band, bkey), this.options.maxBucketCandidates)) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
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
   * Records that the entry is live in this run (call it for every entry of the run, carried or
   * not). `unchanged`: published exactly so (same id, every field equal), a delta run holds it
   * back; otherwise it is carried: `changed` when something is published under its id or
   * identity, else `new` (the final counts pair changes with what they replace: `counts()`).
   */
  markSeen(entry: Entry, keys: EntryKeys = entryKeys(entry, this.options)): Exclude<DeltaStatus, 'duplicate_of_published'> {
    this.settled = false;
    const version = keys.version ?? entryVersion(entry);
    const own = this.q.byId.get(entry.id);
    if (own && isCurrent(own, entry, keys.content, version)) {
      this.q.held.run(entry.id, keys.identity, version);
      return 'unchanged';
    }
    this.q.carried.run({
      id: entry.id,
      key: keys.identity,
      version,
      content: keys.content,
      qkey: contentCore(entry.question),
      question: entry.question,
      doctor: doctorKey(entry.doctor.name),
      url: entry.url,
      core: keys.answerCore,
      sig: signatureToBuffer(signatureFor(keys, this.options)),
    });
    return own || this.q.hasKey.get(keys.identity) ? 'changed' : 'new';
  }

  /** markSeen of each entry, in one transaction (one commit, not one per entry); statuses in the same order. */
  markSeenAll(entries: ReadonlyArray<{ entry: Entry; keys?: EntryKeys }>, beforeEach: () => void = () => {}): Array<Exclude<DeltaStatus, 'duplicate_of_published'>> {
    return this.db.transaction(() =>
      entries.map(({ entry, keys }) => {
        beforeEach();
        return this.markSeen(entry, keys);
      }),
    )();
  }

  /**
   * Works out, once every entry is marked, which published entries this run no longer has,
   * pairing them by identity with the run's entries of new ids (those replace them: changed).
   */
  private settle(): void {
    if (this.settled) return;
    this.db.exec(`
      DELETE FROM outgoing;
      INSERT INTO outgoing (id, key, question, url, last_run, replaced)
      SELECT g.id, g.key, g.question, g.url, coalesce((SELECT v FROM meta WHERE k = 'last_run'), g.last_run), g.n <= coalesce(c.n, 0) FROM (
        SELECT p.id, p.key, p.question, p.url, p.last_run, row_number() OVER (PARTITION BY p.key ORDER BY p.id) AS n
        FROM published p WHERE NOT EXISTS (SELECT 1 FROM live l WHERE l.id = p.id)) g
      LEFT JOIN (SELECT l.key, count(*) AS n FROM live l WHERE l.carried = 1 AND NOT EXISTS (SELECT 1 FROM published p WHERE p.id = l.id) GROUP BY l.key) c
        ON c.key = g.key;
    `);
    this.settled = true;
  }

  /** Published entries this run does not have, in id order, read page by page from disk. */
  *gone(): IterableIterator<GoneEntry> {
    this.settle();
    for (const r of keysetPages(this.q.outgoingPage, (row) => row.id, { after: '' })) {
      yield { key: r.key, id: r.id, question: r.question, url: r.url, lastRun: r.last_run, replaced: r.replaced === 1 };
    }
  }

  /** This run's changes: new, changed (same id, or replacing a gone entry of the same identity), unchanged, gone. */
  counts(): DeltaCounts {
    this.settle();
    const n = (sql: string) => (this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${sql}`).get()!).n;
    const unchanged = n('live WHERE carried = 0');
    const changedInPlace = n('live l WHERE carried = 1 AND EXISTS (SELECT 1 FROM published p WHERE p.id = l.id)');
    const carriedNew = n('live l WHERE carried = 1 AND NOT EXISTS (SELECT 1 FROM published p WHERE p.id = l.id)');
    const replaced = n('outgoing WHERE replaced = 1');
    return { new: carriedNew - replaced, changed: changedInPlace + replaced, unchanged, gone: n('outgoing WHERE replaced = 0') };
  }

  /** Number of published entries in the store. */
  size(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM published').get()!.n;
  }

  /** The run recorded as prepared and neither committed nor rolled back, or null. */
  prepared(): string | null {
    return this.q.meta.get('prepared')?.v ?? null;
  }

  /** Records, in one transaction, that this run's marks are to be committed once the run is published. */
  prepare(runId: string): void {
    this.settle();
    this.q.setMeta.run('prepared', runId);
  }

  /**
   * Makes this run's marks the published state, in one transaction: carried entries written,
   * the others stamped with the run, the ones it no longer has forgotten (one that comes back is
   * new again). Call only once `latest` names the run (a prepared one, or any in tests).
   */
  commit(runId: string): void {
    const prepared = this.prepared();
    if (prepared !== null && prepared !== runId) throw new Error(`the store has run ${prepared} prepared, not ${runId}`);
    this.db.transaction(() => {
      // Rows written into an index in id order land all over it: once the index outgrows the page
      // cache, every row costs a page read and a page write, and a first run's commit grew faster
      // than its size. A commit that writes as many entries as are published (a first run, a new
      // store) drops the indexes and builds them again, each in one sorted pass: the same indexes;
      // and it writes every published entry's bands afresh, in their order (writeBands).
      const count = (sql: string) => (this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${sql}`).get()!).n;
      const rebuild = count('live WHERE carried = 1') >= count('published');
      if (rebuild) this.db.exec('DELETE FROM band;');
      else {
        // The bands of the entries that go or change, by their keys (made again from the signatures published).
        const leaving = this.db.prepare<[string, number], { id: string; sig: Buffer }>(
          'SELECT p.id, p.sig FROM published p LEFT JOIN live l ON l.id = p.id WHERE p.id > ? AND (l.id IS NULL OR l.carried = 1) ORDER BY p.id LIMIT ?',
        );
        writeBands(this.db, 'delete', keysetPages(leaving, (row) => row.id, { after: '' }), this.options);
      }
      this.db.exec('DELETE FROM published WHERE NOT EXISTS (SELECT 1 FROM live l WHERE l.id = published.id);');
      if (rebuild) this.db.exec(DROP_WRITTEN_INDEXES);
      // Unchanged rows stay as they are: every row a commit keeps is the run's, so the run that last had a row is the
      // store's last run (`settle`), and stamping each one rewrote the whole table every run. Only a row moved over
      // from the first layout, found current by its content alone, takes the version it lacked.
      this.db.exec('UPDATE published SET version = l.version FROM live l WHERE l.id = published.id AND l.carried = 0 AND published.version <> l.version;');
      this.db
        .prepare(
          `INSERT INTO published (id, key, version, content, qkey, question, doctor, url, core, sig, first_run, last_run)
           SELECT id, key, version, content, qkey, question, doctor, url, core, sig, @run, @run FROM live WHERE carried = 1
           ON CONFLICT (id) DO UPDATE SET key = excluded.key, version = excluded.version, content = excluded.content, qkey = excluded.qkey,
             question = excluded.question, doctor = excluded.doctor, url = excluded.url, core = excluded.core, sig = excluded.sig, last_run = excluded.last_run`,
        )
        .run({ run: runId });
      // Page by page: writes cannot run while a read is iterating, and a page keeps memory bounded.
      const carried = this.db.prepare<[string, number], { id: string; sig: Buffer }>('SELECT id, sig FROM live WHERE carried = 1 AND id > ? ORDER BY id LIMIT ?');
      writeBands(this.db, 'insert', rebuild ? publishedSigs(this.db) : keysetPages(carried, (row) => row.id, { after: '' }), this.options);
      if (rebuild) this.db.exec(CREATE_WRITTEN_INDEXES);
      this.forgetRun();
      this.q.setMeta.run('last_run', runId);
    })();
  }

  /** Forgets this run's marks (and that it was prepared): the published state stays as it was. */
  rollback(): void {
    this.db.transaction(() => this.forgetRun())();
  }

  private forgetRun(): void {
    this.db.exec("DELETE FROM live; DELETE FROM outgoing; DELETE FROM meta WHERE k = 'prepared';");
    this.settled = false;
  }

  close(): void {
    this.db.close();
  }
}

/** Published as it is: the same every field; a row moved over from a store of the first layout knows only its content. */
function isCurrent(row: PublishedRow, entry: Entry, content: string, version = entryVersion(entry)): boolean {
  return row.version === version || (row.version === '' && row.content === content);
}

/** Every published entry's id and signature, in id order, page by page. */
function publishedSigs(db: Database.Database): Iterable<{ id: string; sig: Buffer }> {
  const rows = db.prepare<[string, number], { id: string; sig: Buffer }>('SELECT id, sig FROM published WHERE id > ? ORDER BY id LIMIT ?');
  return keysetPages(rows, (row) => row.id, { after: '' });
}

/** A band key's bucket: one exact integer (bkey is an unsigned 32-bit value, bandKeys), below 2⁵³ for up to 2²¹ bands. */
function bucketOf(band: number, bkey: number): number {
  return band * 2 ** 32 + bkey;
}

/** Band rows a statement writes: one statement for many rows, since a statement per row made the commit mostly call overhead. */
const ROWS_PER_STATEMENT = 64;

/**
 * Inserts or deletes the band rows of the given entries (in id order; their keys made from their
 * signatures), in the band table's own order: rows written in id order would land all over its
 * b-tree, a page read and written for each once it outgrows the page cache. The entries are taken
 * a chunk at a time (memory stays bounded: one number a row), each chunk's rows sorted by
 * (bucket, id) and written so, one pass along the b-tree a chunk.
 */
function writeBands(db: Database.Database, how: 'insert' | 'delete', rows: Iterable<{ id: string; sig: Buffer }>, options: NearDupeOptions): void {
  const { bands } = options;
  // A row's place as one exact number, bucket × chunk + the entry's place in the chunk (in id
  // order), below 2⁵³: sorted as numbers, the rows are in the table's order.
  const chunk = 2 ** (53 - 32 - Math.ceil(Math.log2(Math.max(2, bands))));
  const single = db.prepare(how === 'insert' ? 'INSERT OR IGNORE INTO band (bucket, id) VALUES (?, ?)' : 'DELETE FROM band WHERE bucket = ? AND id = ?');
  const many = how === 'insert' ? db.prepare(`INSERT OR IGNORE INTO band (bucket, id) VALUES ${Array.from({ length: ROWS_PER_STATEMENT }, () => '(?, ?)').join(', ')}`) : null;
  const ids: string[] = [];
  let places = new Float64Array(Math.min(chunk, 1024) * bands);
  const flush = () => {
    const params: Array<number | string> = [];
    for (const place of places.subarray(0, ids.length * bands).sort()) {
      const at = place % chunk;
      params.push((place - at) / chunk, ids[at]!);
      if (!many) single.run(params);
      else if (params.length < 2 * ROWS_PER_STATEMENT) continue;
      else many.run(params);
      params.length = 0;
    }
    for (let i = 0; i < params.length; i += 2) single.run(params[i], params[i + 1]);
    ids.length = 0;
  };
  for (const { id, sig } of rows) {
    if (ids.length === chunk) flush();
    if ((ids.length + 1) * bands > places.length) {
      const grown = new Float64Array(Math.min(chunk * bands, places.length * 2));
      grown.set(places);
      places = grown;
    }
    const base = ids.length * bands;
    bandKeys(signatureFromBuffer(sig), bands).forEach((bkey, band) => (places[base + band] = bucketOf(band, bkey) * chunk + ids.length));
    ids.push(id);
  }
  if (ids.length > 0) flush();
}

/**
 * The first layout kept one entry per identity: its rows move over by id (their version is
 * unknown until the next run stamps it; entries it never kept are new then); bands are written after.
 */
function migrateFromV1(db: Database.Database): void {
  db.exec(`
    INSERT OR IGNORE INTO published (id, key, version, content, qkey, question, doctor, url, core, sig, first_run, last_run)
    SELECT id, key, '', content, qkey, question, doctor, url, core, sig, first_run, last_run FROM published_v1;
    DROP TABLE published_v1;
  `);
}
