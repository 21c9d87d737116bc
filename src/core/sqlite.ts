import type Database from 'better-sqlite3';

export interface KeysetOptions<K> {
  /** Rows with keys above this one are read: the start (e.g. '' or 0) or where a previous reading stopped. */
  after: K;
  /** Rows per page. Default 500. */
  pageSize?: number;
}

/**
 * Every row of a query, read page by page by its key (keyset paging). The statement takes the
 * last key read and a page size, in that order, and returns the next rows in key order:
 * `SELECT … WHERE key > ? … ORDER BY key LIMIT ?`. Only one page is in memory, and no statement
 * is left iterating between pages, so the caller may write to the database while it reads
 * (better-sqlite3 refuses writes while a read iterates). Keys must be unique and increasing.
 */
export function* keysetPages<K, R>(stmt: Database.Statement<[K, number], R>, keyOf: (row: R) => K, options: KeysetOptions<K>): Generator<R, void, undefined> {
  const pageSize = options.pageSize ?? 500;
  for (let after = options.after; ; ) {
    const rows = stmt.all(after, pageSize);
    yield* rows;
    if (rows.length < pageSize) return;
    after = keyOf(rows.at(-1)!);
  }
}
