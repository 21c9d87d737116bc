import { describe, expect, it } from 'vitest';
import { ProbeStore } from '../src/dedupe/probe-store.js';
import { mostShared } from '../src/dedupe/shortlist.js';
import type { Probe } from '../src/dedupe/probe.js';

/** A deterministic stream of 32-bit values. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

const probeOf = (seq: number, next: () => number): Probe => ({
  doctor: seq % 7 === 0 ? null : `医生${seq % 13}`,
  sketch: Uint8Array.from({ length: 64 }, () => next() & 0xff),
});

describe('probe store: every probe put is given back', () => {
  it('held in memory, and past maxHeld through the table the stage writes as slots are taken', () => {
    const next = random(11);
    const table = new Map<number, Probe>();
    const store = new ProbeStore(
      (seq) => table.get(seq)!,
      (seq, probe) => table.set(seq, { doctor: probe.doctor, sketch: probe.sketch.slice() }),
      64,
      1 << 14,
    );
    const put: Probe[] = [];
    const wrong: number[] = [];
    const check = (seq: number) => {
      const got = store.get(seq);
      if (got.doctor !== put[seq]!.doctor || Buffer.compare(got.sketch, put[seq]!.sketch) !== 0) wrong.push(seq);
    };
    for (let seq = 1; seq <= 40_000; seq++) {
      put[seq] = probeOf(seq, next);
      store.put(seq, put[seq]!);
      // Asked while the run goes on, as ingest asks of candidates: an early entry and a recent one.
      check(1 + (seq % 97) <= seq ? 1 + (seq % 97) : seq);
      check(Math.max(1, seq - (seq % 5)));
    }
    // What was let go: the entries 2¹⁴ or more before the last.
    expect(table.size).toBe(40_000 - (1 << 14));
    for (let seq = 1; seq <= 40_000; seq++) check(seq);
    expect(wrong).toEqual([]);
  });
});

describe('mostShared: the candidates an entry judges', () => {
  it('ranks as a count of each seq sorted by count, then seq, would', () => {
    const next = random(5);
    for (let round = 0; round < 200; round++) {
      const seqs = Array.from({ length: next() % 600 }, () => 1 + (next() % (1 + (round % 50) * 20)));
      const counts = new Map<number, number>();
      for (const s of seqs) counts.set(s, (counts.get(s) ?? 0) + 1);
      const expected = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 128).map(([s]) => s);
      expect(mostShared(seqs, 128)).toEqual(expected);
    }
  });
});
