import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parquet, { type ParquetWriter } from 'parquetjs-lite';
import { describe, expect, it } from 'vitest';
import { parquetLayoutFor } from '../src/export/parquet-columns.js';
import { RowShredder } from '../src/export/parquet-shred.js';
import { EntrySchema, type Entry } from '../src/schema/entry.js';
import { makeEntry } from './helpers/entries.js';
import { tempDir } from './helpers/run.js';

// Nulls, empty and long lists, doctors with and without a card, dates and none: every shape a column takes.
const entries: Entry[] = Array.from({ length: 2300 }, (_, i) => {
  const entry = makeEntry({
    question: `宝宝发烧第${i % 900}天能洗澡吗？`,
    answer: [`可以洗澡，水温适中，第${i}次回答。`, ...(i % 4 ? ['注意保暖。'] : [])],
    doctor: i % 3 ? { name: `王医生${i % 7}`, title: i % 2 ? '主任医师' : null, hospital: `医院${i % 11}` } : null,
    date: i % 5 ? `2021-05-${String((i % 28) + 1).padStart(2, '0')}` : null,
    url: i % 6 ? `https://www.youlai.cn/ask/${i}.html` : null,
  });
  return { ...entry, sources: Array.from({ length: i % 4 }, (_, k) => `page-${i}-${k}.html`), supersedes: i % 7 ? [] : [`id-${i}`] };
});

describe('rows shredded for parquetjs-lite', () => {
  const layout = parquetLayoutFor(EntrySchema);
  const shredder = new RowShredder(layout.schema);

  it('fill the row buffer exactly as the library\'s shredder does', () => {
    const ours: Record<string, unknown> = {};
    const theirs: Record<string, unknown> = {};
    const libraryShred = (parquet as unknown as { ParquetShredder: { shredRecord(schema: unknown, row: unknown, buffer: unknown): void } }).ParquetShredder.shredRecord;
    for (const entry of entries) {
      const row = layout.toRow(entry as unknown as Record<string, unknown>);
      shredder.shred(row, ours);
      libraryShred(layout.schema, row, theirs);
    }
    // The distinct values of a column without statistics are read by nothing (a text column's
    // would hold every text of its page a second time): ours leaves them out, and only them.
    type Columns = Record<string, { distinct_values: Set<unknown> }>;
    const fields = (layout.schema as unknown as { fieldList: Array<{ path: string[]; isNested?: boolean; statistics?: false }> }).fieldList.filter((f) => !f.isNested);
    const unread = fields.filter((f) => f.statistics === false).map((f) => String(f.path));
    expect(unread).toEqual(expect.arrayContaining(['question', 'answer', 'doctor,name']));
    expect(fields.length).toBeGreaterThan(unread.length);
    for (const key of unread) {
      expect((ours.columnData as Columns)[key]!.distinct_values.size).toBe(0);
      (theirs.columnData as Columns)[key]!.distinct_values = new Set();
    }
    expect(ours).toEqual(theirs);
  });

  it('refuse a row the library refuses, with its message, and leave the buffer as it was', () => {
    const buffer: Record<string, unknown> = {};
    shredder.shred(layout.toRow(entries[0] as unknown as Record<string, unknown>), buffer);
    // Buffers and sets as text and sizes: what a partial append would change.
    const state = () => JSON.stringify(buffer, (_, v: unknown) => (v instanceof Set ? v.size : v));
    const before = state();
    const row = layout.toRow(entries[1] as unknown as Record<string, unknown>);
    expect(() => shredder.shred({ ...row, id: null }, buffer)).toThrow('missing required field: id');
    expect(() => shredder.shred({ ...row, question: ['a', 'b'] }, buffer)).toThrow('too many values for field: question');
    expect(state()).toBe(before);
  });

  it('make the file appendRow makes, byte for byte, across pages and row groups', async () => {
    const dir = await tempDir();
    // 2300 rows, pages of 300 in row groups of 1000: pages end inside row groups and at their ends.
    const write = async (name: string, append: (writer: ParquetWriter, row: Record<string, unknown>) => Promise<void>) => {
      const writer = await parquet.ParquetWriter.openFile(layout.schema, join(dir, name), { rowGroupSize: 1000, pageSize: 300, useDataPageV2: false });
      for (const entry of entries) await append(writer, layout.toRow(entry as unknown as Record<string, unknown>));
      await writer.close();
      return readFileSync(join(dir, name));
    };
    const ours = await write('ours.parquet', (writer, row) => shredder.append(writer, row));
    const theirs = await write('theirs.parquet', (writer, row) => writer.appendRow(row));
    expect(ours.equals(theirs)).toBe(true);
  });
});
