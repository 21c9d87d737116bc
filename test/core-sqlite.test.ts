import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keysetPages } from '../src/core/sqlite.js';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE item (key TEXT PRIMARY KEY, n INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0)');
});
afterEach(() => db.close());

function fill(count: number): string[] {
  const insert = db.prepare('INSERT INTO item (key, n) VALUES (?, ?)');
  // Inserted out of key order, so the reading order comes from the query, not the table.
  const keys = Array.from({ length: count }, (_, i) => `k${String((i * 7919) % count).padStart(5, '0')}`);
  db.transaction(() => keys.forEach((k, i) => insert.run(k, i)))();
  return [...keys].sort();
}

const page = () => db.prepare<[string, number], { key: string; n: number }>('SELECT key, n FROM item WHERE key > ? ORDER BY key LIMIT ?');

describe('keyset paging', () => {
  it('returns every row exactly once, in key order, across page boundaries', () => {
    for (const [count, pageSize] of [[0, 3], [1, 3], [9, 3], [10, 3], [11, 3], [1201, 500]] as const) {
      db.exec('DELETE FROM item');
      const keys = fill(count);
      const read = [...keysetPages(page(), (r) => r.key, { after: '', pageSize })].map((r) => r.key);
      expect(read).toEqual(keys);
    }
  });

  it('reads one page at a time: the statement is run once per page, plus once when the last page is full', () => {
    fill(10);
    const stmt = page();
    const calls: number[] = [];
    const counted = { all: (after: string, limit: number) => (calls.push(limit), stmt.all(after, limit)) } as unknown as typeof stmt;
    expect([...keysetPages(counted, (r) => r.key, { after: '', pageSize: 5 })]).toHaveLength(10);
    expect(calls).toEqual([5, 5, 5]);
  });

  it('lets the caller write between rows, as the dedupe stages do while they page', () => {
    fill(25);
    const mark = db.prepare('UPDATE item SET done = 1 WHERE key = ?');
    for (const { key } of keysetPages(page(), (r) => r.key, { after: '', pageSize: 4 })) mark.run(key);
    expect(db.prepare('SELECT count(*) AS n FROM item WHERE done = 0').get()).toEqual({ n: 0 });
  });

  it('starts after the key it is given, and pages numeric keys as well', () => {
    const keys = fill(12);
    expect([...keysetPages(page(), (r) => r.key, { after: keys[4]!, pageSize: 5 })].map((r) => r.key)).toEqual(keys.slice(5));
    const byNumber = db.prepare<[number, number], { n: number }>('SELECT n FROM item WHERE n > ? ORDER BY n LIMIT ?');
    expect([...keysetPages(byNumber, (r) => r.n, { after: -1, pageSize: 5 })].map((r) => r.n)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
