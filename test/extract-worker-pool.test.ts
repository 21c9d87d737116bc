import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReject } from '../src/core/outcome.js';
import { ExtractStage } from '../src/extract/stage.js';
import { WorkerExtractStage } from '../src/extract/worker-pool.js';
import type { ExtractionItem, PageItem } from '../src/schema/records.js';
import { generatePages } from '../kit/pages/corpus.js';

const now = new Date(0);

/** Fixture pages (good and faulty), a read reject, and generated pages of every layout. */
function stageInput(): PageItem[] {
  const items: PageItem[] = [];
  for (const folder of ['pages', 'faults']) {
    const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
    for (const name of readdirSync(dir).filter((n) => /\.(html|txt)$/.test(n)).sort()) {
      const body = readFileSync(new URL(name, dir));
      const type = name.endsWith('.txt') ? 'text/plain' : 'text/html';
      items.push({ kind: 'page', page: { url: name, finalUrl: name, status: 200, headers: { 'content-type': type }, body, fetchedAt: null } });
    }
  }
  items.splice(3, 0, { kind: 'reject', reject: makeReject('missing.html', 'read', 'not_found', 'no such file', now) });
  for (const p of generatePages({ pages: 60, seed: 7 })) {
    items.push({ kind: 'page', page: { url: p.name, finalUrl: p.name, status: 200, headers: { 'content-type': p.contentType }, body: p.body, fetchedAt: null } });
  }
  return items;
}

async function* source(items: PageItem[]): AsyncIterable<PageItem> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

async function collect(iterable: AsyncIterable<ExtractionItem>): Promise<ExtractionItem[]> {
  const out: ExtractionItem[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('the worker-thread extraction pool', () => {
  it('yields exactly what the extract stage yields, in input order, with the same stats', async () => {
    const input = stageInput();
    const serial = new ExtractStage({ now });
    const pooled = new WorkerExtractStage({ now, threads: 2, batchSize: 3 });
    const expected = await collect(serial.run(source(input)));
    const actual = await collect(pooled.run(source(input)));
    expect(actual).toHaveLength(input.length);
    expect(actual).toEqual(expected);
    expect(pooled.stats).toEqual(serial.stats);
    expect(pooled.stats.rejected).toBeGreaterThan(0);
  });

  it('stops its workers when the consumer stops early', async () => {
    const pooled = new WorkerExtractStage({ now, threads: 2, batchSize: 2 });
    let seen = 0;
    for await (const item of pooled.run(source(stageInput()))) {
      expect(item.kind).toBeDefined();
      if (++seen === 5) break;
    }
    expect(seen).toBe(5);
  });

  it('passes an error of its input on to the consumer', async () => {
    async function* failing(): AsyncIterable<PageItem> {
      yield* stageInput().slice(0, 4);
      throw new Error('disk gone');
    }
    await expect(collect(new WorkerExtractStage({ now, threads: 1 }).run(failing()))).rejects.toThrow('disk gone');
  });
});
