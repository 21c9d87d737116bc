import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Reject } from '../schema/entry.js';
import type { PageExtraction } from '../schema/records.js';
import { keysetPages } from '../core/sqlite.js';
import type {
  Discovered,
  FrontierCounts,
  FrontierEntry,
  FrontierStore,
  PassInfo,
  PreviousVisit,
  ResultKind,
  StoredPayload,
  StoredResult,
  UrlKind,
  VisitResult,
} from './frontier-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS url (
  key TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  host TEXT NOT NULL,
  kind TEXT NOT NULL,
  depth INTEGER NOT NULL,
  hops INTEGER NOT NULL DEFAULT 0,
  parent TEXT,
  seq INTEGER NOT NULL,
  pass INTEGER NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  result TEXT,
  status INTEGER,
  final_url TEXT,
  canonical_url TEXT,
  redirect_to TEXT,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  entries INTEGER,
  fetched_at INTEGER,
  checked_at INTEGER,
  payload BLOB,
  reject TEXT,
  transient INTEGER NOT NULL DEFAULT 0,
  error TEXT
);
CREATE INDEX IF NOT EXISTS url_pending ON url (pass, done, seq);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

type Row = Record<string, unknown>;

const RECENT_KEYS = 50_000;
/** Bumped when the tables change meaning; a state from a newer qa-harvest is refused. */
const STATE_VERSION = 1;

const pack = (value: unknown): Buffer => deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 6 });
const unpack = <T>(blob: Buffer): T => JSON.parse(inflateRawSync(blob).toString('utf8')) as T;

/**
 * How `finish` commits: each visit in a transaction of its own (the default), or the visits
 * finished within `ms` of each other, up to `pages`, in one transaction (0 ms: those finished
 * in the same turn of the event loop).
 */
export interface CommitOptions {
  pages: number;
  ms: number;
}

/**
 * The embedded frontier store: one SQLite file (WAL, synchronous=NORMAL: a killed process
 * loses nothing committed; only a power cut may lose the last commits). Finished pages keep
 * their extraction, deflated, so a resumed or later run publishes them without refetching.
 * `finish` resolves once its visit is committed, whether alone or with others (`commit`): a
 * visit not yet committed when the process dies is still pending, its discoveries unknown, as
 * one still being fetched. Reads see every visit recorded, committed or not (one connection);
 * every other write commits the visits waiting first.
 */
export class SqliteFrontierStore implements FrontierStore {
  private readonly db: Database.Database;
  private seq: number;
  private pass = 0;
  private readonly stmt;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly recent = new Map<string, number>();
  /** Visits recorded in the open transaction, waiting for its commit. */
  private waiting: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  private commitTimer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  private readonly commit: CommitOptions;

  constructor(
    readonly path: string,
    options: { commit?: CommitOptions } = {},
  ) {
    this.commit = options.commit ?? { pages: 1, ms: 0 };
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > STATE_VERSION) {
      this.db.close();
      throw new Error(`${path} was written by a newer qa-harvest (state version ${version}, this one reads ${STATE_VERSION}); use that version, or --restart`);
    }
    this.db.exec(SCHEMA);
    if (version < STATE_VERSION) this.db.pragma(`user_version = ${STATE_VERSION}`);
    this.seq = (this.db.prepare('SELECT coalesce(max(seq), 0) AS s FROM url').get() as { s: number }).s;
    this.stmt = {
      // New in this pass: queue it. Already queued and still pending: keep the shallower depth.
      add: this.db.prepare(`
        INSERT INTO url (key, url, host, kind, depth, hops, parent, seq, pass, done)
        VALUES (@key, @url, @host, @kind, @depth, @hops, @parent, @seq, @pass, 0)
        ON CONFLICT (key) DO UPDATE SET
          seq = CASE WHEN url.pass < excluded.pass THEN excluded.seq ELSE url.seq END,
          done = CASE WHEN url.pass < excluded.pass THEN 0 ELSE url.done END,
          attempts = CASE WHEN url.pass < excluded.pass THEN 0 ELSE url.attempts END,
          depth = CASE WHEN url.pass < excluded.pass THEN excluded.depth ELSE min(url.depth, excluded.depth) END,
          pass = excluded.pass
        WHERE url.pass < excluded.pass OR (url.done = 0 AND url.depth > excluded.depth)`),
      pending: this.db.prepare('SELECT key, url, host, kind, depth, hops, parent, seq, attempts FROM url WHERE pass = ? AND done = 0 AND seq > ? ORDER BY seq LIMIT ?'),
      previous: this.db.prepare('SELECT result, status, etag, last_modified, sha256, checked_at, entries, transient FROM url WHERE key = ? AND result IS NOT NULL'),
      payload: this.db.prepare('SELECT kind, payload FROM url WHERE key = ?'),
      attempt: this.db.prepare('UPDATE url SET attempts = ? WHERE key = ?'),
      done: this.db.prepare('UPDATE url SET done = 1 WHERE key = ?'),
      redirect: this.db.prepare('SELECT result, redirect_to FROM url WHERE key = ?'),
      countPass: this.db.prepare('SELECT count(*) AS n FROM url WHERE pass = ? AND done = ?'),
      getMeta: this.db.prepare('SELECT value FROM meta WHERE name = ?'),
      setMeta: this.db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value'),
    };
  }

  private meta(name: string): string | null {
    return (this.stmt.getMeta.get(name) as { value: string } | undefined)?.value ?? null;
  }

  async begin(now: Date): Promise<PassInfo> {
    this.commitWaiting();
    return this.db.transaction((): PassInfo => {
      const pass = Number(this.meta('pass') ?? '0');
      if (pass > 0 && this.meta('pass_state') === 'open') {
        this.pass = pass;
        return { pass, resumed: true, startedAt: this.meta('pass_started_at') ?? now.toISOString() };
      }
      this.pass = pass + 1;
      this.recent.clear();
      this.stmt.setMeta.run('pass', String(this.pass));
      this.stmt.setMeta.run('pass_state', 'open');
      this.stmt.setMeta.run('pass_started_at', now.toISOString());
      // Every known URL is queued again; the crawler decides whether to revisit or keep it.
      this.db.prepare('UPDATE url SET pass = ?, done = 0, attempts = 0').run(this.pass);
      return { pass: this.pass, resumed: false, startedAt: now.toISOString() };
    })();
  }

  private addSync(urls: readonly Discovered[]): number {
    let queued = 0;
    for (const u of urls) {
      // Pages link to the same URLs over and over (navigation, pagination): most are known.
      const known = this.recent.get(u.key);
      if (known !== undefined && known <= u.depth) continue;
      const info = this.stmt.add.run({ ...u, seq: ++this.seq, pass: this.pass });
      if (info.changes > 0) queued++;
      this.remember(u.key, known === undefined ? u.depth : Math.min(known, u.depth));
    }
    return queued;
  }

  /** A bounded memory of keys queued in this pass (with their depth), so memory stays flat. */
  private remember(key: string, depth: number): void {
    this.recent.delete(key);
    this.recent.set(key, depth);
    if (this.recent.size > RECENT_KEYS) this.recent.delete(this.recent.keys().next().value!);
  }

  async add(urls: readonly Discovered[]): Promise<number> {
    this.commitWaiting();
    return this.db.transaction(() => this.addSync(urls))();
  }

  async pending(afterSeq: number, limit: number): Promise<FrontierEntry[]> {
    return (this.stmt.pending.all(this.pass, afterSeq, limit) as Row[]).map((r) => ({
      key: r.key as string,
      url: r.url as string,
      host: r.host as string,
      kind: r.kind as UrlKind,
      depth: r.depth as number,
      hops: r.hops as number,
      parent: (r.parent as string | null) ?? null,
      seq: r.seq as number,
      attempts: r.attempts as number,
    }));
  }

  async previous(key: string): Promise<PreviousVisit | null> {
    const r = this.stmt.previous.get(key) as Row | undefined;
    if (!r) return null;
    return {
      result: r.result as ResultKind,
      status: (r.status as number | null) ?? null,
      etag: (r.etag as string | null) ?? null,
      lastModified: (r.last_modified as string | null) ?? null,
      sha256: (r.sha256 as string | null) ?? null,
      checkedAt: (r.checked_at as number | null) ?? null,
      entries: (r.entries as number | null) ?? null,
      transient: r.transient === 1,
    };
  }

  async payload(key: string): Promise<StoredPayload | null> {
    const r = this.stmt.payload.get(key) as { kind: UrlKind; payload: Buffer | null } | undefined;
    if (!r?.payload) return null;
    return r.kind === 'page' ? { kind: 'page', extraction: unpack(r.payload) } : { kind: 'sitemap', listing: unpack(r.payload) };
  }

  async finish(entry: FrontierEntry, result: VisitResult, discovered: readonly Discovered[]): Promise<void> {
    const save = () => {
      this.addSync(discovered);
      this.record(entry.key, result);
      this.stmt.done.run(entry.key);
    };
    if (this.commit.pages <= 1) {
      this.db.transaction(save)();
      return;
    }
    // In the open transaction, as a savepoint: a visit that fails to record leaves the others as they were.
    if (!this.db.inTransaction) this.db.exec('BEGIN');
    try {
      this.db.transaction(save)();
    } catch (err) {
      if (this.waiting.length === 0 && this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
    const committed = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (this.waiting.length >= this.commit.pages) this.commitWaiting();
    else if (!this.commitTimer) this.commitTimer = this.commit.ms > 0 ? setTimeout(() => this.commitWaiting(), this.commit.ms) : setImmediate(() => this.commitWaiting());
    return committed;
  }

  /** Commits the visits recorded and not yet committed; each `finish` waiting resolves, or fails with the commit. */
  private commitWaiting(): void {
    if (this.commitTimer) {
      clearTimeout(this.commitTimer as NodeJS.Timeout);
      clearImmediate(this.commitTimer as NodeJS.Immediate);
      this.commitTimer = null;
    }
    const waiting = this.waiting;
    if (waiting.length === 0) return;
    this.waiting = [];
    try {
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const w of waiting) w.reject(err);
      return;
    }
    for (const w of waiting) w.resolve();
  }

  private prepared(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private record(key: string, r: VisitResult): void {
    const before = this.prepared('SELECT result FROM url WHERE key = ?').get(key) as { result: ResultKind | null } | undefined;
    const set = (fields: Record<string, unknown>) => {
      const sql = `UPDATE url SET ${Object.keys(fields).map((n) => `${n} = @${n}`).join(', ')} WHERE key = @key`;
      this.prepared(sql).run({ ...fields, key });
    };
    const cleared = { payload: null, reject: null, redirect_to: null, error: null, transient: 0, etag: null, last_modified: null, sha256: null, entries: null };
    switch (r.type) {
      case 'page':
        set({
            ...cleared, result: 'page', status: r.status, final_url: r.finalUrl, canonical_url: r.canonicalUrl, etag: r.etag,
            last_modified: r.lastModified, sha256: r.sha256, entries: r.extraction.entries.length, fetched_at: r.fetchedAt,
            checked_at: r.fetchedAt, payload: pack(r.extraction),
          });
        return;
      case 'sitemap':
        set({ ...cleared, result: 'sitemap', status: r.status, etag: r.etag, last_modified: r.lastModified, sha256: r.sha256, fetched_at: r.fetchedAt, checked_at: r.fetchedAt, payload: pack(r.listing) });
        return;
      case 'unchanged':
        set({ etag: r.etag, last_modified: r.lastModified, checked_at: r.checkedAt, transient: 0, error: null, ...(r.sha256 ? { sha256: r.sha256 } : {}) });
        return;
      case 'reused':
        return;
      case 'redirect':
        set({ ...cleared, result: 'redirect', status: r.status, redirect_to: r.to, checked_at: r.checkedAt });
        return;
      case 'rejected':
        if (r.transient && (before?.result === 'page' || before?.result === 'sitemap')) {
          // The server may recover: keep what was read before, and say that this visit failed.
          set({ error: JSON.stringify(r.reject), transient: 1 });
          return;
        }
        set({ ...cleared, result: 'rejected', status: r.reject.status, reject: JSON.stringify(r.reject), transient: r.transient ? 1 : 0, checked_at: Date.parse(r.reject.at) });
        return;
      case 'skipped':
        set({ ...cleared, result: 'skipped' });
        return;
    }
  }

  async recordAttempt(key: string, attempts: number): Promise<void> {
    this.commitWaiting();
    this.stmt.attempt.run(attempts, key);
  }

  async completePass(): Promise<boolean> {
    this.commitWaiting();
    return this.db.transaction(() => {
      const left = (this.db.prepare('SELECT count(*) AS n FROM url WHERE pass = ? AND done = 0').get(this.pass) as { n: number }).n;
      if (left > 0) return false;
      this.stmt.setMeta.run('pass_state', 'complete');
      return true;
    })();
  }

  async counts(): Promise<FrontierCounts> {
    // Both counts come from the (pass, done, seq) index; `known` from the smallest index.
    const count = (done: number) => (this.stmt.countPass.get(this.pass, done) as { n: number }).n;
    const known = (this.db.prepare('SELECT count(*) AS n FROM url').get() as { n: number }).n;
    return { pass: this.pass, pending: count(0), done: count(1), known };
  }

  async *results(): AsyncIterable<StoredResult> {
    this.commitWaiting();
    const page = this.db.prepare<[string, number], Row>(`
      SELECT key, url, host, kind, result, status, redirect_to, payload, reject, error, fetched_at, entries FROM url
      WHERE key > ? AND (result IN ('page', 'rejected', 'redirect') OR error IS NOT NULL)
      ORDER BY key LIMIT ?`);
    for (const r of keysetPages(page, (row) => row.key as string, { after: '', pageSize: 200 })) {
      const result = r.result as ResultKind;
      const payload = result === 'page' && r.kind === 'page' && r.payload ? (r.payload as Buffer) : null;
      let extraction: PageExtraction | null | undefined = payload ? undefined : null;
      // A page's payload and its fetch time and entry count are written together (record, 'page').
      const page = payload && typeof r.entries === 'number' ? { fetchedAt: typeof r.fetched_at === 'number' ? new Date(r.fetched_at).toISOString() : null, entries: r.entries } : undefined;
      yield {
        key: r.key as string,
        url: r.url as string,
        host: r.host as string,
        kind: r.kind as UrlKind,
        result,
        status: (r.status as number | null) ?? null,
        redirectTo: (r.redirect_to as string | null) ?? null,
        // Unpacked when read, at most once: publishing does not read those the crawl checked as it read them.
        get extraction(): PageExtraction | null {
          return (extraction ??= unpack<PageExtraction>(payload!));
        },
        ...(page ? { page } : {}),
        reject: r.reject ? (JSON.parse(r.reject as string) as Reject) : null,
        error: r.error ? (JSON.parse(r.error as string) as Reject) : null,
      };
    }
  }

  async redirectOf(key: string): Promise<{ result: ResultKind | null; redirectTo: string | null } | null> {
    const r = this.stmt.redirect.get(key) as Row | undefined;
    return r ? { result: (r.result as ResultKind | null) ?? null, redirectTo: (r.redirect_to as string | null) ?? null } : null;
  }

  async reviseRejects(reasons: readonly string[]): Promise<number> {
    this.commitWaiting();
    if (reasons.length === 0) return 0;
    const marks = reasons.map(() => '?').join(', ');
    return this.db.prepare(`UPDATE url SET checked_at = NULL WHERE result = 'rejected' AND json_extract(reject, '$.reason') IN (${marks})`).run(...reasons).changes;
  }

  async getMeta(name: string): Promise<string | null> {
    return this.meta(name);
  }

  async setMeta(name: string, value: string): Promise<void> {
    this.commitWaiting();
    this.stmt.setMeta.run(name, value);
  }

  async close(): Promise<void> {
    if (this.db.open) {
      this.commitWaiting();
      this.db.close();
    }
  }
}
