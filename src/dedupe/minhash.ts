
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
  return new Set(shingleHashList(core, k));
}

/**
 * The shingles' hashes (as shingleHashes), in text order, a shingle printed twice hashed twice:
 * what a MinHash signature takes, since a repeated hash changes no minimum, without the set.
 */
export function shingleHashList(core: string, k: number): Uint32Array {
  // Where each character starts, and the end: a shingle of k characters is units [start[i], start[i + k]).
  const start = characterStarts(core);
  const chars = start ? start.length - 1 : core.length;
  if (chars === 0) return new Uint32Array(0);
  if (chars <= k) return Uint32Array.of(hash32(core));
  const out = new Uint32Array(chars - k + 1);
  for (let i = 0; i + k <= chars; i++) {
    let h = 0x811c9dc5;
    for (let u = start ? start[i]! : i, end = start ? start[i + k]! : i + k; u < end; u++) {
      h ^= core.charCodeAt(u);
      h = Math.imul(h, 0x01000193);
    }
    out[i] = fmix32(h);
  }
  return out;
}

/** Where each character (code point) of the text starts, and its end; null where each code unit is one (no surrogate pair). */
function characterStarts(core: string): number[] | null {
  let pairs = false;
  for (let u = 0; u + 1 < core.length && !pairs; u++) pairs = isPair(core, u);
  if (!pairs) return null;
  const start: number[] = [];
  for (let u = 0; u < core.length; u++) {
    start.push(u);
    if (isPair(core, u)) u++;
  }
  start.push(core.length);
  return start;
}

const isPair = (text: string, u: number): boolean => {
  const c = text.charCodeAt(u);
  const d = text.charCodeAt(u + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
};

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
  const sig = new Uint32Array(permutations);
  const s = seeds(permutations);
  const hs = hashes instanceof Uint32Array ? hashes : Uint32Array.from(hashes);
  // Four permutations a pass over the hashes, each least kept in a local: this loop is most of
  // the time an entry's keys take, and a pass per permutation reads every hash 128 times.
  let i = 0;
  for (; i + 4 <= permutations; i += 4) {
    const s0 = s[i]!, s1 = s[i + 1]!, s2 = s[i + 2]!, s3 = s[i + 3]!;
    let l0 = LEAST_NONE, l1 = LEAST_NONE, l2 = LEAST_NONE, l3 = LEAST_NONE;
    for (let j = 0; j < hs.length; j++) {
      const h = hs[j]!;
      l0 = Math.min(l0, permuted(h, s0));
      l1 = Math.min(l1, permuted(h, s1));
      l2 = Math.min(l2, permuted(h, s2));
      l3 = Math.min(l3, permuted(h, s3));
    }
    sig[i] = l0 ^ TOP_BIT;
    sig[i + 1] = l1 ^ TOP_BIT;
    sig[i + 2] = l2 ^ TOP_BIT;
    sig[i + 3] = l3 ^ TOP_BIT;
  }
  for (; i < permutations; i++) {
    let least = LEAST_NONE;
    for (let j = 0; j < hs.length; j++) least = Math.min(least, permuted(hs[j]!, s[i]!));
    sig[i] = least ^ TOP_BIT;
  }
  return sig;
}

/**
 * fmix32(h ^ seed), inlined, with its top bit flipped: a signed 32-bit integer whose signed
 * order is fmix32's unsigned order, so the minima are found without leaving 32-bit integers
 * (an unsigned value past 2^31 is a double to the engine). Flipped back as it is stored.
 */
function permuted(h: number, seed: number): number {
  let v = h ^ seed;
  v ^= v >>> 16;
  v = Math.imul(v, 0x85ebca6b);
  v ^= v >>> 13;
  v = Math.imul(v, 0xc2b2ae35);
  return v ^ (v >>> 16) ^ TOP_BIT;
}
const TOP_BIT = 0x80000000 | 0;
/** The least of no hashes: 0xffffffff, flipped. */
const LEAST_NONE = 0x7fffffff;

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
