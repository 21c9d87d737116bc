import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, DatasetWriter } from '../src/export/dataset-writer.js';
import { makeEntry } from './helpers/entries.js';
import { tempDir } from './helpers/run.js';

const entries = Array.from({ length: 600 }, (_, i) => makeEntry({ question: `宝宝发烧第${i}天能洗澡吗？`, answer: `可以洗澡，水温适中，第${i}次回答。注意保暖。`, source: `p${i}.html` }));
const finish = { sourceMode: 'saved-pages', inputs: ['in'], manifest: {} };

async function written(datasetDir: string, early: boolean) {
  const writer = await DatasetWriter.open({ datasetDir, runId: '20261205T000000000Z-abcd', rowGroupSize: 200 });
  for (const entry of entries) await writer.write({ kind: 'entry', entry });
  if (early) writer.finishParquet();
  await writer.writeJsonl(DATASET_FILES.gone, []);
  return writer;
}

describe('the Parquet files finished while the run\'s last steps go on (finishParquet)', () => {
  it('are the files a seal alone writes, byte for byte (the card aside: it names the time)', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const [late, early] = [await written(a, false), await written(b, true)];
    const [ma, mb] = [await late.seal(finish), await early.seal(finish)];
    const { [DATASET_FILES.card]: cardA, ...filesA } = ma.files;
    const { [DATASET_FILES.card]: cardB, ...filesB } = mb.files;
    expect(filesB).toEqual(filesA);
    expect([cardA, cardB].every(Boolean)).toBe(true);
    expect(Object.keys(ma.files)).toContain(`${DATASET_FILES.dataDir}/entries-00000.parquet`);
    const parquet = (w: DatasetWriter) => readFileSync(join(w.staging, DATASET_FILES.dataDir, 'entries-00000.parquet'));
    expect(parquet(early).equals(parquet(late))).toBe(true);
  });

  it('fail the seal with the Parquet thread\'s error, and nothing is left unhandled meanwhile', async () => {
    const writer = await written(await tempDir(), false);
    await rm(join(writer.staging, DATASET_FILES.dataDir), { recursive: true });
    writer.finishParquet();
    // The failure comes while other work goes on; only the seal reports it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(writer.seal(finish)).rejects.toThrow(/writing the Parquet files failed: .*ENOENT/);
    await writer.abort();
  });
});
