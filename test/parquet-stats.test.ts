import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import parquet from 'parquetjs-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, ParquetFile } from '../src/export/parquet-file.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { EntrySchema, type Entry } from '../src/schema/entry.js';
import { openDuckDb, parquetList, sqlText } from './helpers/duckdb.js';
import { makeEntry } from './helpers/entries.js';
import { writeQaPages, type GeneratedPage } from './helpers/generate.js';
import { readDataset, tempDir } from './helpers/run.js';

describe('240 pages of text whose UTF-16 and UTF-8 orders differ, in row groups of 16 over 3 files', () => {
  let pages: GeneratedPage[];
  let from: string;
  let files: string[];
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'pages'));
    pages = writeQaPages(join(dir, 'pages'), 240);
    await runSavedPages({ inputs: [join(dir, 'pages')], outDir: join(dir, 'out'), rowGroupSize: 16, rowsPerFile: 100 });
    files = (await readDataset(join(dir, 'out'))).parquetFiles;
    from = parquetList(files);
    db = await openDuckDb();
  });

  it('is split as configured', async () => {
    expect(files).toHaveLength(3);
    const groups = await db.query(`SELECT file_name, count(DISTINCT row_group_id) AS n FROM parquet_metadata([${files.map(sqlText).join(', ')}]) GROUP BY file_name ORDER BY file_name`);
    expect(groups.map((g) => Number(g.n))).toEqual([7, 7, 3]);
    expect(Number((await db.query(`SELECT count(*) AS n FROM ${from}`))[0]!.n)).toBe(240);
  });

  it('WHERE question = … finds each page exactly once, with its answer and doctor', async () => {
    for (const page of pages) {
      const rows = await db.query(`SELECT answer, doctor.name AS doctor FROM ${from} WHERE question = ${sqlText(page.question)}`);
      expect(rows, page.question).toEqual([{ answer: page.answer, doctor: page.doctor }]);
    }
  });

  it('WHERE answer = … and doctor.name = … find the right rows too', async () => {
    for (const page of pages.filter((_, i) => i % 7 === 0)) {
      expect(await db.query(`SELECT question FROM ${from} WHERE answer = ${sqlText(page.answer)}`)).toEqual([{ question: page.question }]);
    }
    expect(Number((await db.query(`SELECT count(*) AS n FROM ${from} WHERE doctor.name = '𠮷红'`))[0]!.n)).toBe(120);
  });

  it('writes no min/max statistics for text columns (they would be in the wrong order)', async () => {
    const stats = await db.query(
      `SELECT path_in_schema AS path, count(stats_min_value) AS with_stats FROM parquet_metadata(${sqlText(files[0]!)}) WHERE type = 'BYTE_ARRAY' GROUP BY path_in_schema`,
    );
    expect(stats.length).toBeGreaterThan(10);
    for (const column of stats) expect(Number(column.with_stats), String(column.path)).toBe(0);
  });

  it('range filters on DATE use statistics and stay right across row groups', async () => {
    const expected = pages.filter((_, i) => i % 28 === 4).length;
    expect(Number((await db.query(`SELECT count(*) AS n FROM ${from} WHERE date = DATE '2022-03-05'`))[0]!.n)).toBe(expected);
    expect(Number((await db.query(`SELECT count(*) AS n FROM ${from} WHERE date BETWEEN DATE '2022-03-01' AND DATE '2022-03-10'`))[0]!.n)).toBe(
      pages.filter((_, i) => i % 28 < 10).length,
    );
  });
});

describe('the trap the text mapping avoids (measured with parquetjs-lite 0.8)', () => {
  it("with parquetjs-lite's default statistics, DuckDB's WHERE = misses a row that is there; with ours it finds it", async () => {
    const dir = await tempDir();
    const values = ['𠮷祥', '？问号'];
    const write = async (path: string, statistics: boolean) => {
      const schema = new parquet.ParquetSchema({ q: { type: 'UTF8', ...(statistics ? {} : { statistics: false }) } });
      const writer = await parquet.ParquetWriter.openFile(schema, path, { useDataPageV2: false });
      for (const q of values) await writer.appendRow({ q });
      await writer.close();
    };
    await write(join(dir, 'default.parquet'), true);
    await write(join(dir, 'ours.parquet'), false);
    const db = await openDuckDb();
    const hits = async (file: string) => Number((await db.query(`SELECT count(*) AS n FROM read_parquet(${sqlText(join(dir, file))}) WHERE q = '𠮷祥'`))[0]!.n);
    expect(await hits('default.parquet')).toBe(0);
    expect(await hits('ours.parquet')).toBe(1);
  });
});

describe('ParquetFile', () => {
  const entry = (i: number, fetchedAt: string | null): Entry => ({
    ...makeEntry({ question: `问题${i}：𠮷😷？`, answer: `回答${i}。`, doctor: { name: '𠮷红' }, date: '1969-12-31' }),
    fetched_at: fetchedAt,
  });

  it('writes instants as TIMESTAMP (millisecond precision, UTC), old dates right, and counts its rows', async () => {
    const dir = await tempDir();
    const path = join(dir, 'e.parquet');
    const file = new ParquetFile(path, EntrySchema, { rowGroupSize: 2 });
    const stamps = ['2024-05-06T07:08:09.123Z', null, '1999-12-31T23:59:59.999Z'];
    for (const [i, stamp] of stamps.entries()) await file.write(entry(i, stamp));
    await file.close();
    expect(await countRows(path)).toBe(3);
    const db = await openDuckDb();
    const rows = await db.query(`SELECT strftime(fetched_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS at, CAST(date AS VARCHAR) AS date FROM read_parquet(${sqlText(path)})`);
    expect(rows).toEqual(stamps.map((at) => ({ at, date: '1969-12-31' })));
    expect(Number((await db.query(`SELECT count(*) AS n FROM read_parquet(${sqlText(path)}) WHERE fetched_at = TIMESTAMP '1999-12-31 23:59:59.999'`))[0]!.n)).toBe(1);
  });

  it('writes a row group of 2,500 rows in pages of at most 1,000, which DuckDB reads back in order', async () => {
    const dir = await tempDir();
    const path = join(dir, 'paged.parquet');
    const file = new ParquetFile(path, EntrySchema);
    for (let i = 0; i < 2500; i++) await file.write(entry(i, null));
    await file.close();
    const reader = await parquet.ParquetReader.openFile(path);
    try {
      type OffsetIndex = { page_locations: unknown[] };
      const { envelopeReader } = reader as unknown as { envelopeReader: { readOffsetIndex(column: string, rowGroup: number, opts: object): Promise<OffsetIndex> } };
      const index = await envelopeReader.readOffsetIndex('answer', 0, {});
      expect(index.page_locations).toHaveLength(3);
    } finally {
      await reader.close();
    }
    const db = await openDuckDb();
    const rows = await db.query(`SELECT question FROM read_parquet(${sqlText(path)})`);
    expect(rows.map((r) => r.question)).toEqual(Array.from({ length: 2500 }, (_, i) => entry(i, null).question));
  });

  it('an empty file still has every column, typed', async () => {
    const dir = await tempDir();
    const path = join(dir, 'empty.parquet');
    const file = new ParquetFile(path, EntrySchema);
    await file.close();
    const db = await openDuckDb();
    const described = await db.query(`DESCRIBE SELECT * FROM read_parquet(${sqlText(path)})`);
    expect(described.map((r) => r.column_name)).toEqual(Object.keys(EntrySchema.shape));
    expect(await countRows(path)).toBe(0);
  });
});
