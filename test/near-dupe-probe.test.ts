import { describe, expect, it } from 'vitest';
import { compare, DEFAULT_NEAR_DUPE_OPTIONS, type Fingerprint } from '../src/dedupe/near-dupes.js';
import { differingNibbles, refusalFromProbes, sketchOf } from '../src/dedupe/probe.js';

const o = DEFAULT_NEAR_DUPE_OPTIONS;

/** A deterministic stream of 32-bit values. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

/**
 * `base` with `changed` of its values replaced: `sameNibble` of those keep their low 4 bits (the
 * values differ, their sketches do not), the others change them.
 */
function variant(base: Uint32Array, changed: number, sameNibble: number, next: () => number): Uint32Array {
  const out = base.slice();
  for (let i = 0; i < changed; i++) {
    const keep = i < sameNibble;
    let v: number;
    do v = keep ? ((next() & ~0xf) | (base[i]! & 0xf)) >>> 0 : next();
    while (v === base[i] || (!keep && (v & 0xf) === (base[i]! & 0xf)));
    out[i] = v;
  }
  return out;
}

const fp = (signature: Uint32Array, doctor: string | null, question = '血压正常了可以停药吗'): Fingerprint => ({ question, doctor, signature });
const probeOf = (f: Fingerprint) => ({ doctor: f.doctor, sketch: sketchOf(f.signature) });

describe('probes: candidates turned away unread', () => {
  it('count differing nibbles no more than the values that differ', () => {
    const next = random(7);
    const base = Uint32Array.from({ length: 128 }, next);
    const other = variant(base, 80, 30, next);
    expect(differingNibbles(sketchOf(base), sketchOf(other))).toBe(50);
  });

  it('refuse exactly where compare refuses, for the same reason, and never what it merges', () => {
    const next = random(11);
    const doctors = ['陈伟', '王芳', null];
    const questions = ['血压正常了可以停药吗', '血压正常后能停药吗', '胃痛怎么办'];
    let refusedUnread = 0;
    let merged = 0;
    for (let round = 0; round < 3000; round++) {
      const base = Uint32Array.from({ length: o.permutations }, next);
      const changed = next() % 129;
      const other = variant(base, changed, next() % (changed + 1), next);
      const a = fp(base, doctors[next() % 3]!, questions[next() % 3]!);
      const b = fp(other, doctors[next() % 3]!, questions[next() % 3]!);
      const verdict = compare(a, b, o);
      const refusal = refusalFromProbes(a, probeOf(a), probeOf(b), o);
      if (verdict.merge) merged++;
      if (refusal === null) continue;
      refusedUnread++;
      expect(refusal.merge).toBe(false);
      expect(verdict).toMatchObject({ merge: false, reason: (refusal as { reason: string }).reason });
      expect(verdict.similarity).toBeLessThanOrEqual(refusal.similarity);
    }
    // Both kinds occur, so the check above was made on refusals and on merges.
    expect(refusedUnread).toBeGreaterThan(1000);
    expect(merged).toBeGreaterThan(100);
  });

  it('at the threshold exactly: half the values equal, the others with other nibbles, is read, not refused', () => {
    const next = random(3);
    const base = Uint32Array.from({ length: 128 }, next);
    const a = fp(base, null);
    const half = fp(variant(base, 64, 0, next), '陈伟');
    expect(differingNibbles(sketchOf(base), sketchOf(half.signature))).toBe(64);
    expect(compare(a, half, o)).toMatchObject({ merge: true, similarity: 0.5 });
    expect(refusalFromProbes(a, probeOf(a), probeOf(half), o)).toBeNull();
    const below = fp(variant(base, 65, 0, next), '陈伟');
    expect(refusalFromProbes(a, probeOf(a), probeOf(below), o)).toMatchObject({ merge: false, reason: 'different_answer' });
  });
});
