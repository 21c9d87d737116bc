import { fmix32 } from './minhash.js';

/**
 * Which LSH buckets may hold entries: one bit per hashed (band, key), in a fixed 16 MB whatever
 * the run's size. A bucket never added reads false, so the index lookup it saves would have found
 * nothing; a bucket that shares a bit with another reads true, and the lookup is made as before.
 * Most entries are unlike any other, so most of their 32 lookups are never made.
 */
export class BucketFilter {
  private static readonly BITS = 2 ** 27;
  private readonly words = new Uint32Array(BucketFilter.BITS / 32);

  private bit(band: number, key: number): number {
    return fmix32((key ^ Math.imul(band + 1, 0x9e3779b1)) >>> 0) & (BucketFilter.BITS - 1);
  }

  add(band: number, key: number): void {
    const b = this.bit(band, key);
    this.words[b >>> 5]! |= 1 << (b & 31);
  }

  mayHold(band: number, key: number): boolean {
    const b = this.bit(band, key);
    return (this.words[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
