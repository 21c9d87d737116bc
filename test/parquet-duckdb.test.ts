import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractStage } from '../src/extract/stage.js';
import { publishDataset } from '../src/pipeline/publish-dataset.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import type { PageItem } from '../src/schema/records.js';
import { EntrySchema, type Entry } from '../src/schema/entry.js';
import { openDuckDb, parquetList, sqlText, type Row } from './helpers/duckdb.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';
import { extractionsSource } from './helpers/sources.js';

const PAGES = relative(process.cwd(), fixturePath('pages'));

describe('the Parquet files of a run over fixtures/pages, read by DuckDB', () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  let data: Awaited<ReturnType<typeof readDataset>>;
  let from: string;
  const count = async (where: string) => Number((await db.query(`SELECT count(*) AS n FROM ${from} WHERE ${where}`))[0]!.n);

  beforeAll(async () => {
    const out = join(await tempDir(), 'dataset');
    await runSavedPages({ inputs: [PAGES], outDir: out });
    data = await readDataset(out);
    from = parquetList(data.parquetFiles);
    db = await openDuckDb();
  });

  it('has one column per schema field, with the types a data scientist expects', async () => {
    const described = await db.query(`DESCRIBE SELECT * FROM ${from}`);
    const types = Object.fromEntries(described.map((r) => [r.column_name, r.column_type]));
    expect(Object.keys(types).sort()).toEqual(Object.keys(EntrySchema.shape).sort());
    for (const text of ['id', 'question', 'answer', 'format', 'origin', 'url', 'source', 'site', 'extractor', 'encoding']) expect(types[text], text).toBe('VARCHAR');
    for (const list of ['answer_paragraphs', 'related_urls', 'sources', 'supersedes', 'flags']) expect(types[list], list).toBe('VARCHAR[]');
    expect(types).toMatchObject({ date: 'DATE', fetched_at: 'TIMESTAMP', has_disclaimer: 'BOOLEAN', position: 'INTEGER' });
    expect(types.doctor).toBe('STRUCT("name" VARCHAR, title VARCHAR, department VARCHAR, hospital VARCHAR, hospital_grade VARCHAR)');
  });

  it('holds the same rows as entries.jsonl, field by field, in the same order', async () => {
    const rows = await db.query(`SELECT * FROM ${from}`);
    expect(rows).toHaveLength(data.entries.length);
    rows.forEach((row: Row, i) => {
      const line = data.entries[i]! as Entry & Record<string, unknown>;
      for (const key of Object.keys(EntrySchema.shape)) expect(row[key], `${line.question} · ${key}`).toEqual(line[key]);
    });
  });

  it('keeps empty lists as [] and missing values as NULL', async () => {
    const [related] = await db.query(`SELECT related_urls, supersedes, doctor, position FROM ${from} WHERE origin = 'related' LIMIT 1`);
    expect(related).toMatchObject({ related_urls: [], supersedes: [], position: expect.any(Number) });
    expect(related!.doctor).toEqual({ name: null, title: null, department: null, hospital: null, hospital_grade: null });
    expect(await count(`origin = 'page' AND position IS NOT NULL`)).toBe(0);
    expect(await count(`related_urls IS NULL OR flags IS NULL OR sources IS NULL`)).toBe(0);
  });

  it.each([
    ['宝宝发烧😷能洗澡吗？', 1],
    ['吃完饭就胃胀😣是怎么回事？', 1],
    ['宝宝发烧38.5℃需要吃退烧药吗？', 1],
    ['宝宝高烧惊厥怎么办？', 1],
    ['后背抽筋的疼怎么回事', 1],
    ['宝宝发烧😷能洗澡吗?', 0],
  ])('WHERE question = %s returns %i row(s)', async (question, n) => {
    expect(await count(`question = ${sqlText(question)}`)).toBe(n);
  });

  it('filters on text inside structs and lists, and on answers with 𠮷', async () => {
    expect(await count(`doctor.name = '𠮷红'`)).toBe(1);
    expect(await count(`doctor.hospital_grade = '三级甲等'`)).toBe(1);
    expect(await count(`answer = ${sqlText(data.entries.find((e) => e.answer.includes('𠮷主任'))!.answer)}`)).toBe(1);
    expect(await count(`list_contains(flags, 'cut_off_end')`)).toBe(2);
    expect(await count(`list_contains(sources, ${sqlText(join(PAGES, 'jiankang-gbk-10086.html'))})`)).toBe(6);
  });

  it('filters on dates, positions and booleans', async () => {
    expect(await count(`date = DATE '2022-03-01'`)).toBe(1);
    expect(await count(`date = DATE '2021-05-18'`)).toBe(data.entries.filter((e) => e.date === '2021-05-18').length);
    expect(await count(`has_disclaimer`)).toBe(5);
    expect(await count(`position = 0`)).toBe(data.entries.filter((e) => e.position === 0).length);
  });

  it('carries the schema version and run id in the file metadata', async () => {
    const kv = await db.query(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${sqlText(data.parquetFiles[0]!)})`);
    const meta = Object.fromEntries(kv.map((r) => [r.key, r.value]));
    expect(meta['qa_harvest.schema_version']).toBe(data.manifest.schema_version);
    expect(meta['qa_harvest.run_id']).toBe(data.manifest.run.id);
  });
});

describe('entries with fetch times (pages from a crawl)', () => {
  it('publish, and read back from Parquet as the same TIMESTAMP as in entries.jsonl', async () => {
    const fetchedAt = new Date('2024-05-06T07:08:09.123Z');
    async function* crawled(): AsyncIterable<PageItem> {
      for (const name of ['jiankang-10087.html', 'youlai-desktop-0A0A0Aplac3.html']) {
        const body = readFileSync(join(PAGES, name));
        yield { kind: 'page', page: { url: `https://example.test/${name}`, finalUrl: `https://example.test/${name}`, status: 200, headers: { 'content-type': 'text/html' }, body, fetchedAt } };
      }
    }
    const out = join(await tempDir(), 'dataset');
    await publishDataset(extractionsSource(new ExtractStage().run(crawled())), { outDir: out });
    const data = await readDataset(out);
    expect(data.entries.every((e) => e.fetched_at === fetchedAt.toISOString())).toBe(true);
    const db = await openDuckDb();
    const rows = await db.query(`SELECT id, epoch_ms(fetched_at) AS ms FROM ${parquetList(data.parquetFiles)}`);
    expect(rows).toHaveLength(data.entries.length);
    for (const row of rows) expect(Number(row.ms)).toBe(fetchedAt.getTime());
  });
});
