import { fmix32 } from './minhash.js';

/** Slots a band's table starts with: 2¹² (32 KB). */
const FIRST_SLOTS = 1 << 12;

/**
 * The LSH buckets of the entries read so far, in memory and in typed arrays (no string or
 * object per bucket for the collector to trace): per band, an open-addressing table of 32-bit
 * keys, each with the first `limit` seqs added to its bucket, in the order they were added. A
 * bucket of one entry (most of them) is its slot alone, 8 bytes; one of more keeps its seqs in a
 * shared pool. An entry's lookups and adds cost the same however many entries came before it:
 * the SQLite table it replaces grew past its page cache, and each of an entry's 32 band rows
 * then cost a page read.
 */
export class BandIndex {
  private readonly tables: BandTable[];
  /** Seqs of the buckets holding two or more: list n at starts[n], lengths[n] of them, room for capacities[n]. */
  private pool = new Int32Array(1 << 12);
  private poolEnd = 0;
  private starts = new Int32Array(1 << 8);
  private lengths = new Int32Array(1 << 8);
  private capacities = new Int32Array(1 << 8);
  /** List 0 is never used: a slot's value is a seq (> 0) or minus a list's number (< 0). */
  private lists = 1;

  constructor(
    bands: number,
    /** Seqs kept per bucket: a bucket that holds this many already takes no more. */
    private readonly limit: number,
  ) {
    this.tables = Array.from({ length: bands }, () => new BandTable());
  }

  /** Copies the seqs of the bucket (band, key) into `out` from `at`, in the order added; returns the end. */
  read(band: number, key: number, out: Int32Array, at: number): number {
    const value = this.tables[band]!.get(key);
    if (value > 0) {
      out[at] = value;
      return at + 1;
    }
    if (value === 0) return at;
    const list = -value;
    const start = this.starts[list]!;
    const length = this.lengths[list]!;
    out.set(this.pool.subarray(start, start + length), at);
    return at + length;
  }

  /** Adds seq to the bucket (band, key) unless it holds `limit` seqs already. */
  add(band: number, key: number, seq: number): void {
    const table = this.tables[band]!;
    const slot = table.slotOf(key);
    const value = table.valueAt(slot);
    if (value === 0) table.set(slot, key, seq);
    else if (value > 0) {
      if (this.limit < 2) return;
      const list = this.newList();
      this.append(list, value);
      this.append(list, seq);
      table.set(slot, key, -list);
    } else if (this.lengths[-value]! < this.limit) this.append(-value, seq);
  }

  private newList(): number {
    if (this.lists === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.capacities = grown(this.capacities);
    }
    const list = this.lists++;
    this.starts[list] = this.reserve(2);
    this.capacities[list] = 2;
    return list;
  }

  private append(list: number, seq: number): void {
    const length = this.lengths[list]!;
    if (length === this.capacities[list]) {
      // Moved to twice the room at the pool's end; the room it leaves is not reused (at most as much again as the lists hold).
      const capacity = Math.min(this.limit, length * 2);
      const start = this.reserve(capacity);
      this.pool.copyWithin(start, this.starts[list]!, this.starts[list]! + length);
      this.starts[list] = start;
      this.capacities[list] = capacity;
    }
    this.pool[this.starts[list]! + length] = seq;
    this.lengths[list] = length + 1;
  }

  private reserve(n: number): number {
    while (this.poolEnd + n > this.pool.length) this.pool = grown(this.pool);
    const start = this.poolEnd;
    this.poolEnd += n;
    return start;
  }
}

/**
 * One band's buckets: key and value side by side in one Int32Array (a lookup reads one cache
 * line), linear probing, twice the slots once three quarters are taken. A value is never 0 in
 * a taken slot, so 0 marks a free one.
 */
class BandTable {
  private slots = new Int32Array(FIRST_SLOTS * 2);
  private mask = FIRST_SLOTS - 1;
  private taken = 0;

  /** The value held for key; 0 when none. */
  get(key: number): number {
    return this.slots[this.slotOf(key) * 2 + 1]!;
  }

  /** The slot that holds key, or the free slot where it would go. */
  slotOf(key: number): number {
    const k = key | 0;
    let slot = fmix32(key) & this.mask;
    for (;;) {
      const value = this.slots[slot * 2 + 1]!;
      if (value === 0 || this.slots[slot * 2] === k) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  valueAt(slot: number): number {
    return this.slots[slot * 2 + 1]!;
  }

  set(slot: number, key: number, value: number): void {
    if (this.slots[slot * 2 + 1] === 0) {
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = value;
      if (++this.taken * 4 > (this.mask + 1) * 3) this.grow();
      return;
    }
    this.slots[slot * 2 + 1] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      const slot = this.slotOf(old[i]!);
      this.slots[slot * 2] = old[i]!;
      this.slots[slot * 2 + 1] = old[i + 1]!;
    }
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
