import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParquetThread } from '../src/export/parquet-thread.js';
import { countRows } from '../src/export/parquet-file.js';
import type { Entry } from '../src/schema/entry.js';
import { makeEntry } from './helpers/entries.js';
import { tempDir } from './helpers/run.js';

const entries: Entry[] = Array.from({ length: 1300 }, (_, i) =>
  makeEntry({ question: `宝宝发烧第${i}天能洗澡吗？`, answer: `可以洗澡，水温适中，第${i}次回答。注意保暖。`, doctor: i % 3 ? { name: `王医生${i % 7}`, title: '主任医师' } : null, date: i % 5 ? '2021-05-18' : null }),
);

async function write(dir: string, thread: boolean, rows: Entry[] = entries) {
  const parts = new ParquetThread(dir, { thread, rowGroupSize: 500, rowsPerFile: 1000, metadata: { 'qa_harvest.run_id': 'r1' } });
  for (const entry of rows) await parts.write(JSON.stringify(entry));
  return parts.close();
}

describe('the entries\' Parquet files written on a thread of their own', () => {
  it('are the files written in process, byte for byte, parts and row counts alike', async () => {
    const [inProcess, onThread] = [join(await tempDir(), 'a'), join(await tempDir(), 'b')];
    const { mkdir } = await import('node:fs/promises');
    await Promise.all([mkdir(inProcess), mkdir(onThread)]);
    const a = await write(inProcess, false);
    const b = await write(onThread, true);
    expect(b).toEqual([{ name: 'entries-00000.parquet', rows: 1000 }, { name: 'entries-00001.parquet', rows: 300 }]);
    expect(a).toEqual(b);
    for (const { name } of a) expect(readFileSync(join(onThread, name)).equals(readFileSync(join(inProcess, name))), name).toBe(true);
    expect(await countRows(join(onThread, 'entries-00001.parquet'))).toBe(300);
  });

  it('fail the run with the thread\'s error when a row cannot be written', async () => {
    const dir = join(await tempDir(), 'missing-folder');
    await expect(write(dir, true)).rejects.toThrow(/writing the Parquet files failed: .*ENOENT/);
  });
});

describe('the Parquet files\' thread started ahead of the entries (warm)', () => {
  it('writes the same files, byte for byte, a run of fewer rows than one batch too', async () => {
    const { mkdir } = await import('node:fs/promises');
    for (const rows of [entries, entries.slice(0, 10)]) {
      const [cold, warm] = [join(await tempDir(), 'a'), join(await tempDir(), 'b')];
      await Promise.all([mkdir(cold), mkdir(warm)]);
      const a = await write(cold, false, rows);
      const parts = new ParquetThread(warm, { thread: true, rowGroupSize: 500, rowsPerFile: 1000, metadata: { 'qa_harvest.run_id': 'r1' } });
      parts.warm();
      for (const entry of rows) await parts.write(JSON.stringify(entry));
      const b = await parts.close();
      expect(b).toEqual(a);
      for (const { name } of a) expect(readFileSync(join(warm, name)).equals(readFileSync(join(cold, name))), name).toBe(true);
    }
  });

  it('fails the run with a clear error, instead of waiting for it, when the thread stops before its first batch', async () => {
    const parts = new ParquetThread(await tempDir(), { thread: true });
    parts.warm();
    const worker = (parts as unknown as { worker: { terminate(): Promise<number> } }).worker;
    await worker.terminate();
    await expect((async () => {
      for (const entry of entries) await parts.write(JSON.stringify(entry));
      return parts.close();
    })()).rejects.toThrow(/writing the Parquet files failed: the Parquet thread stopped with exit code \d+/);
  });
});
