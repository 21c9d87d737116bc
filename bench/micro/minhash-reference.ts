/**
 * Reference MinHash implementations for the benchmark, so the cost of near-duplicate
 * signatures can be measured whether or not the project has its own yet: 128 permutations
 * over 5-character shingles, once in 32-bit integer arithmetic (Math.imul) and once the
 * textbook way, (a·h + b) mod (2^61 − 1) in BigInt.
 */

const MERSENNE_61 = (1n << 61n) - 1n;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the `k`-character shingles of `text` (code points, so 𠮷 counts as one). */
export function shingles(text: string, k = 5): number[] {
  const chars = Array.from(text.replace(/\s+/g, ''));
  if (chars.length <= k) return [fnv1a(chars.join(''))];
  const out = new Set<number>();
  for (let i = 0; i + k <= chars.length; i++) out.add(fnv1a(chars.slice(i, i + k).join('')));
  return [...out];
}

function params(count: number, seed: number): Array<[number, number]> {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return Array.from({ length: count }, () => [next() | 1, next()] as [number, number]);
}

/** 32-bit: h_i = mix(a_i·h + b_i mod 2^32), the permutation family of most JavaScript MinHash code. */
const smallParams = params(1024, 42);
const A = Uint32Array.from(smallParams, ([a]) => a);
const B = Uint32Array.from(smallParams, ([, b]) => b);

export function minhash32(hashes: readonly number[], permutations = 128): Uint32Array {
  const sig = new Uint32Array(permutations).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < permutations; i++) {
      let v = (Math.imul(A[i]!, h) + B[i]!) >>> 0;
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

const bigParams = params(1024, 42).map(([a, b]) => [BigInt(a) | 1n, BigInt(b)] as [bigint, bigint]);

/** BigInt: (a·h + b) mod (2^61 − 1), as datasketch does with 64-bit numbers. */
export function minhashBigInt(hashes: readonly number[], permutations = 128): BigUint64Array {
  const sig = new BigUint64Array(permutations).fill(MERSENNE_61);
  for (const h of hashes) {
    const x = BigInt(h);
    for (let i = 0; i < permutations; i++) {
      const [a, b] = bigParams[i]!;
      const v = (a * x + b) % MERSENNE_61;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}
