import { doctorsDiffer, type Fingerprint, type MergeVerdict, type NearDupeOptions } from './near-dupes.js';

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

/** How many permutations' nibbles differ (b's sketch from `bAt`): no more than the permutations whose values differ. */
export function differingNibbles(a: Uint8Array, b: Uint8Array, bAt = 0): number {
  // A table lookup a byte, no branches: ingest asks this of every candidate LSH proposes.
  let n = 0;
  for (let i = 0; i < a.length; i++) n += NONZERO_NIBBLES[a[i]! ^ b[bAt + i]!]!;
  return n;
}

/**
 * The verdict `compare` (near-dupes.ts) would give, where the probes alone decide it: a refusal
 * for a different doctor, or for a different answer when even the most the sketches allow is
 * below the threshold; null when only the whole fingerprint can tell. Its `similarity` is then
 * an upper bound, not the estimate (a refusal's similarity is not used to choose anything): for
 * a different doctor, decided before the sketches are read, 1.
 */
export function refusalFromProbes(fp: Fingerprint, own: Probe, other: Probe, options: NearDupeOptions): MergeVerdict | null {
  if (doctorsDiffer(fp.doctor, other.doctor)) return DIFFERENT_DOCTOR;
  return refusalFromNibbles(differingNibbles(own.sketch, other.sketch), fp.signature.length, options);
}

/** The refusal for a different doctor: one object for every candidate refused so. */
export const DIFFERENT_DOCTOR: MergeVerdict = Object.freeze({ merge: false, similarity: 1, reason: 'different_doctor' });

/** A refusal for a different answer when the sketches' differing nibbles leave too few permutations that may agree; null otherwise. */
export function refusalFromNibbles(differing: number, permutations: number, options: NearDupeOptions): MergeVerdict | null {
  const atMost = (permutations - differing) / permutations;
  return atMost < options.minAnswerSimilarity ? { merge: false, similarity: atMost, reason: 'different_answer' } : null;
}
