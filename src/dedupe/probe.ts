import type { Fingerprint, MergeVerdict, NearDupeOptions } from './near-dupes.js';

/**
 * What the near-duplicate stage keeps of each entry to turn most LSH candidates away without
 * reading them: the doctor's name as compared, and the low 4 bits of each MinHash value (64
 * bytes for 128 permutations, an eighth of the signature). Where two sketches' nibbles differ the
 * values differ too, so the nibbles that differ count no more permutations than the values that
 * do: `similarity <= (permutations - differing nibbles) / permutations` always.
 */
export interface Probe {
  doctor: string | null;
  sketch: Uint8Array;
}

/** The low 4 bits of each value, two to a byte. */
export function sketchOf(signature: Uint32Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(signature.length / 2));
  for (let i = 0; i < signature.length; i++) out[i >> 1]! |= (signature[i]! & 0xf) << ((i & 1) * 4);
  return out;
}

/** Per byte of two sketches XORed: how many of its two nibbles are not zero (0, 1 or 2). */
const NONZERO_NIBBLES = Uint8Array.from({ length: 256 }, (_, x) => ((x & 0xf) !== 0 ? 1 : 0) + ((x & 0xf0) !== 0 ? 1 : 0));

/** How many permutations' nibbles differ: no more than the permutations whose values differ. */
export function differingNibbles(a: Uint8Array, b: Uint8Array): number {
  // A table lookup a byte, no branches: ingest asks this of every candidate LSH proposes.
  let n = 0;
  for (let i = 0; i < a.length; i++) n += NONZERO_NIBBLES[a[i]! ^ b[i]!]!;
  return n;
}

/**
 * The verdict `compare` (near-dupes.ts) would give, where the probes alone decide it: a refusal
 * for a different doctor, or for a different answer when even the most the sketches allow is
 * below the threshold; null when only the whole fingerprint can tell. Its `similarity` is then
 * an upper bound, not the estimate (a refusal's similarity is not used to choose anything).
 */
export function refusalFromProbes(fp: Fingerprint, own: Probe, other: Probe, options: NearDupeOptions): MergeVerdict | null {
  const atMost = (fp.signature.length - differingNibbles(own.sketch, other.sketch)) / fp.signature.length;
  if (fp.doctor !== null && other.doctor !== null && fp.doctor !== other.doctor) return { merge: false, similarity: atMost, reason: 'different_doctor' };
  if (atMost < options.minAnswerSimilarity) return { merge: false, similarity: atMost, reason: 'different_answer' };
  return null;
}
