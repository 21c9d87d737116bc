
/**
 * MinHash over character shingles, in 32-bit integer arithmetic (Math.imul, >>> 0): no
 * BigInt, no typed 64-bit maths, the same numbers on every platform. Each permutation is
 * the MurmurHash3 finaliser applied to the shingle hash XOR a per-permutation seed; the
 * finaliser and XOR are both bijections on 32 bits, so every seed gives a permutation.
 */

/** MurmurHash3's 32-bit finaliser: a bijection with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised with fmix32. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * Hashes of the k-character shingles of a text; a text shorter than k is one shingle. Each is
 * hash32 of the shingle's text, hashed in place over the text's code units (no substring made).
 */
export function shingleHashes(core: string, k: number): Set<number> {
  const out = new Set<number>();
  // Where each code point starts, and the end: a shingle of k characters is units [start[i], start[i + k]).
  const start: number[] = [];
  for (let u = 0; u < core.length; u++) {
    start.push(u);
    const c = core.charCodeAt(u);
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < core.length) {
      const d = core.charCodeAt(u + 1);
      if (d >= 0xdc00 && d <= 0xdfff) u++;
    }
  }
  const chars = start.length;
  if (chars === 0) return out;
  start.push(core.length);
  if (chars <= k) {
    out.add(hash32(core));
    return out;
  }
  for (let i = 0; i + k <= chars; i++) {
    let h = 0x811c9dc5;
    for (let u = start[i]!, end = start[i + k]!; u < end; u++) {
      h ^= core.charCodeAt(u);
      h = Math.imul(h, 0x01000193);
    }
    out.add(fmix32(h));
  }
  return out;
}

const seedCache = new Map<number, Uint32Array>();
function seeds(count: number): Uint32Array {
  let s = seedCache.get(count);
  if (!s) {
    s = new Uint32Array(count);
    for (let i = 0; i < count; i++) s[i] = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995);
    seedCache.set(count, s);
  }
  return s;
}

/** The MinHash signature: per permutation, the least permuted shingle hash. Empty input gives all 0xffffffff. */
export function minhash(hashes: Iterable<number>, permutations: number): Uint32Array {
  const sig = new Uint32Array(permutations).fill(0xffffffff);
  const s = seeds(permutations);
  const hs = Uint32Array.from(hashes);
  // fmix32(h ^ seed), inlined, the least per permutation kept in a local: this loop is most of
  // the time an entry's keys take.
  for (let i = 0; i < permutations; i++) {
    const seed = s[i]!;
    let least = 0xffffffff;
    for (let j = 0; j < hs.length; j++) {
      let v = hs[j]! ^ seed;
      v ^= v >>> 16;
      v = Math.imul(v, 0x85ebca6b);
      v ^= v >>> 13;
      v = Math.imul(v, 0xc2b2ae35);
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < least) least = v;
    }
    sig[i] = least;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of permutations whose minima agree. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`MinHash signatures differ in length: ${a.length} and ${b.length}`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** Exact Jaccard similarity of two shingle sets, for measurements (the same measure as the questions'). */
export { jaccard } from '../core/text.js';

/**
 * LSH band keys: the signature cut into `bands` bands of equal rows, each band hashed to one
 * 32-bit key. Two signatures sharing any band key are candidates. With b bands of r rows a
 * pair of similarity s becomes a candidate with probability 1 - (1 - s^r)^b.
 */
export function bandKeys(sig: Uint32Array, bands: number): number[] {
  if (sig.length % bands !== 0) throw new Error(`${sig.length} permutations do not split into ${bands} bands`);
  const rows = sig.length / bands;
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x27d4eb2d) >>> 0;
    for (let r = 0; r < rows; r++) h = fmix32((Math.imul(h, 31) + sig[b * rows + r]!) >>> 0);
    // SQLite INTEGER is signed 64-bit; an unsigned 32-bit value fits as is.
    keys.push(h);
  }
  return keys;
}

/** Probability that LSH makes a pair of Jaccard similarity s a candidate. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}
export function signatureFromBuffer(buf: Buffer): Uint32Array {
  // A view where the bytes are aligned (little-endian platforms); a copy otherwise.
  if (buf.byteOffset % 4 === 0 && LITTLE_ENDIAN) return new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const out = new Uint32Array(buf.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
