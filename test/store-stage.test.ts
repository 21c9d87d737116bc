import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryKeys } from '../src/dedupe/entry-keys.js';
import { PublishedStore } from '../src/dedupe/published-store.js';
import { StoreStage } from '../src/pipeline/store-stage.js';
import type { KeyedRecord } from '../src/schema/records.js';
import { makeEntry } from './helpers/entries.js';
import { tempDir } from './helpers/run.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function openStore(): Promise<PublishedStore> {
  const dir = await tempDir();
  dirs.push(dir);
  return PublishedStore.open(join(dir, 'published.sqlite'));
}

/** One entry, then `n` superseded records: what the near-duplicate stage gives out at its end. */
function tailOfRun(n: number): { records: AsyncIterable<KeyedRecord>; read: () => number } {
  let read = 0;
  const entry = makeEntry({ question: '高血压能喝酒吗？', answer: '高血压患者最好不要喝酒。', doctor: { name: '王医生' } });
  async function* records(): AsyncIterable<KeyedRecord> {
    read++;
    yield { kind: 'entry', entry, keys: entryKeys(entry) };
    for (let i = 0; i < n; i++) {
      read++;
      yield {
        kind: 'superseded',
        superseded: { id: `snippet-${i}`, superseded_by: entry.id, reason: 'truncated_snippet', question: entry.question, answer: '高血压患者最好…', flags: [], sources: [`page-${i}.html`] },
      };
    }
  }
  return { records: records(), read: () => read };
}

describe('the store stage', () => {
  it('passes a long run of superseded records on as it reads them, not once its input has ended', async () => {
    const store = await openStore();
    try {
      const tail = tailOfRun(20_000);
      const stage = new StoreStage(store, 'full');
      let readAtFirst = -1;
      let passed = 0;
      for await (const record of stage.run(tail.records)) {
        if (readAtFirst < 0) readAtFirst = tail.read();
        expect(record.kind).toBe(passed === 0 ? 'entry' : 'superseded');
        passed++;
      }
      expect(passed).toBe(20_001);
      expect(stage.stats.seen).toBe(1);
      // Held back at most a window's worth: memory does not grow with the superseded records.
      expect(readAtFirst).toBeLessThanOrEqual(2_001);
    } finally {
      store.close();
    }
  });
});
