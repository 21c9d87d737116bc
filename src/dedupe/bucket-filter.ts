import { fmix32 } from './minhash.js';

/**
 * Which keys (a band or other small number, and a 32-bit key) may have been added: one bit per
 * hashed pair, in a fixed size whatever the run's (`bits`, a power of two). A key
 * never added reads false, so the lookup it saves would have found nothing; a key that shares a
 * bit with another reads true, and the lookup is made as before.
 */
export class BucketFilter {
  private readonly words: Uint32Array;
  private readonly mask: number;

  constructor(bits: number) {
    if (bits < 32 || (bits & (bits - 1)) !== 0) throw new Error(`BucketFilter of ${bits} bits: not a power of two of at least 32`);
    this.words = new Uint32Array(bits / 32);
    this.mask = bits - 1;
  }

  private bit(band: number, key: number): number {
    return fmix32((key ^ Math.imul(band + 1, 0x9e3779b1)) >>> 0) & this.mask;
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
