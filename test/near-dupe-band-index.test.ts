import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandIndex } from '../src/dedupe/band-index.js';

/** A deterministic stream of 32-bit values. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

/** What the index must give: per bucket, the first `limit` seqs listed in it, in seq order. */
class Model {
  private readonly buckets = new Map<string, number[]>();
  constructor(private readonly limit: number) {}
  readAndAdd(keys: number[], seq: number): number[] {
    const out: number[] = [];
    keys.forEach((key, band) => {
      const list = this.buckets.get(`${band}:${key}`) ?? [];
      out.push(...list);
      if (list.length < this.limit) this.buckets.set(`${band}:${key}`, [...list, seq]);
    });
    return out;
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'band-index-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LSH band index: the candidates an entry is proposed', () => {
  it('lists the first 64 entries of each bucket in seq order, as a table of every band row would, across entries written out (and merged) and full buckets', () => {
    const next = random(3);
    const bands = 8;
    const limit = 64;
    // A few entries written out at a time, and only some full buckets held, so every path is taken.
    const index = new BandIndex({ bands, limit, dir, recentEntries: 97, maxFull: 5 });
    const model = new Model(limit);
    const out = new Int32Array(bands * limit);
    // Keys drawn from pools of several sizes: buckets of one entry, of a few, and far past the limit; keys with the top bit set too.
    const pools = [3, 40, 1000, 2 ** 32];
    let proposed = 0;
    for (let seq = 1; seq <= 3000; seq++) {
      const keys = Array.from({ length: bands }, (_, band) => (next() % pools[(band + seq) % pools.length]!) >>> 0);
      const expected = model.readAndAdd(keys, seq);
      const n = index.readAndAdd(keys, seq, out);
      expect(Array.from(out.subarray(0, n))).toEqual(expected);
      proposed += n;
    }
    expect(proposed).toBeGreaterThan(3000 * 2 * limit);
    index.close();
  });

  it('keeps one file of the entries it let go, and removes it when closed', async () => {
    const index = new BandIndex({ bands: 4, limit: 8, dir, recentEntries: 10 });
    const out = new Int32Array(32);
    for (let seq = 1; seq <= 35; seq++) index.readAndAdd([seq, seq % 3, 7, seq * 11], seq, out);
    expect((await readdir(dir)).length).toBe(1);
    index.close();
    expect(await readdir(dir)).toEqual([]);
  });
});
