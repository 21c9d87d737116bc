import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fmix32 } from './minhash.js';
import { SpilledBuckets, type BucketSource } from './spilled-buckets.js';

export interface BandIndexOptions {
  bands: number;
  /** Seqs listed per bucket: a bucket that lists this many takes no more. */
  limit: number;
  /** Folder for the files of buckets written out. */
  dir: string;
  /** Entries whose buckets are held in memory before they are written out together. Default 2¹⁶ (about 32 MB). */
  recentEntries?: number;
  /** Full buckets kept in memory, as they are read again and again. Default 2¹⁵ (256 bytes of seqs each). */
  maxFull?: number;
}

/**
 * The LSH buckets of the entries read so far, each listing the first `limit` entries (by seq) that
 * have it, in a memory that grows little with the run: the last `recentEntries` entries' buckets
 * in typed arrays (RecentBuckets), the earlier ones written out to one file, merged into it that
 * many entries at a time (spilled-buckets.ts: a filter of 12 bits a bucket and a sparse index in
 * memory), and the buckets that are full,
 * which never change again and which a template answer's copies ask for the whole run long. An
 * entry's lookups and adds cost the same however many came before it: the SQLite table this
 * replaces grew past its page cache, and each of an entry's 32 band rows then cost a page read.
 */
export class BandIndex {
  private readonly limit: number;
  private readonly recentEntries: number;
  private readonly maxFull: number;
  private readonly recent = new RecentBuckets();
  private spilled: SpilledBuckets | null = null;
  private spills = 0;
  /** Full buckets by band * 2³² + key. */
  private readonly full = new Map<number, Int32Array>();
  private readonly counts: Int32Array;
  private held = 0;
  /** Names this index's files apart from another's in the same folder (another run's stage in this process). */
  private readonly name = `buckets-${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(private readonly options: BandIndexOptions) {
    this.limit = options.limit;
    this.recentEntries = options.recentEntries ?? 1 << 16;
    this.maxFull = options.maxFull ?? 1 << 15;
    this.counts = new Int32Array(options.bands);
  }

  /**
   * Copies into `out` the seqs of the entry's buckets (band b's key: keys[b]), bucket after
   * bucket, each bucket's in seq order, then lists `seq` in each of them that is not full.
   * Returns how many seqs were copied. Seqs come in increasing order.
   */
  readAndAdd(keys: ArrayLike<number>, seq: number, out: Int32Array): number {
    let at = 0;
    for (let band = 0; band < keys.length; band++) {
      const key = keys[band]!;
      const start = at;
      const bucket = band * 0x100000000 + (key >>> 0);
      const full = this.full.get(bucket);
      if (full) {
        out.set(full, at);
        at += full.length;
      } else {
        if (this.spilled) at = this.spilled.read(band, key, out, at, this.limit);
        if (at - start < this.limit) at = this.recent.read(band, key, out, at, this.limit - (at - start));
        if (at - start === this.limit && this.full.size < this.maxFull) this.full.set(bucket, out.slice(start, at));
      }
      this.counts[band] = at - start;
    }
    for (let band = 0; band < keys.length; band++) if (this.counts[band]! < this.limit) this.recent.add(band, keys[band]!, seq);
    if (++this.held === this.recentEntries) {
      const path = join(this.options.dir, `${this.name}-${this.spills++}.bin`);
      const { buckets, rows, source } = this.recent;
      this.spilled = this.spilled ? this.spilled.mergedWith(path, buckets, rows, source) : new SpilledBuckets(path, buckets, rows, source);
      this.recent.clear();
      this.held = 0;
    }
    return at;
  }

  /** Removes the files written. */
  close(): void {
    this.spilled?.close();
    this.spilled = null;
  }
}

/** Slots a band's table starts with: 2¹² (32 KB). */
const FIRST_SLOTS = 1 << 12;

/**
 * Buckets held in memory, in typed arrays (no string or object per bucket for the collector to
 * trace): per band an open-addressing table of 32-bit keys. A bucket of one entry (most of them)
 * is its slot alone, 8 bytes; one of more keeps its seqs in a shared pool.
 */
class RecentBuckets {
  private readonly tables: BandTable[] = [];
  /** Seqs of the buckets listing two or more: list n at starts[n], lengths[n] of them, room for capacities[n]. */
  private pool = new Int32Array(1 << 12);
  private poolEnd = 0;
  private starts = new Int32Array(1 << 8);
  private lengths = new Int32Array(1 << 8);
  private capacities = new Int32Array(1 << 8);
  /** List 0 is never used: a slot's value is a seq (> 0) or minus a list's number (< 0). */
  private lists = 1;
  /** Buckets and seqs held. */
  buckets = 0;
  rows = 0;

  /** Copies up to `room` seqs of the bucket (band, key) into `out` from `at`, in the order added; returns the end. */
  read(band: number, key: number, out: Int32Array, at: number, room: number): number {
    const value = this.tables[band]?.get(key) ?? 0;
    if (value > 0) {
      out[at] = value;
      return at + 1;
    }
    if (value === 0) return at;
    const start = this.starts[-value]!;
    const length = Math.min(room, this.lengths[-value]!);
    out.set(this.pool.subarray(start, start + length), at);
    return at + length;
  }

  add(band: number, key: number, seq: number): void {
    while (this.tables.length <= band) this.tables.push(new BandTable());
    const table = this.tables[band]!;
    const slot = table.slotOf(key);
    const value = table.valueAt(slot);
    this.rows++;
    if (value === 0) {
      this.buckets++;
      table.set(slot, key, seq);
    } else if (value > 0) {
      const list = this.newList();
      this.append(list, value);
      this.append(list, seq);
      table.set(slot, key, -list);
    } else this.append(-value, seq);
  }

  /** Every bucket held, in order, for a file (spilled-buckets.ts). */
  readonly source: BucketSource = (emit) => {
    const one = new Int32Array(1);
    this.tables.forEach((table, band) => {
      for (const [key, value] of table.byKey()) {
        if (value > 0) {
          one[0] = value;
          emit(band, key, one);
        } else emit(band, key, this.pool.subarray(this.starts[-value]!, this.starts[-value]! + this.lengths[-value]!));
      }
    });
  };

  /** Lets go of every bucket, keeping the room they took. */
  clear(): void {
    for (const table of this.tables) table.clear();
    this.lengths.fill(0, 0, this.lists);
    this.poolEnd = 0;
    this.lists = 1;
    this.buckets = 0;
    this.rows = 0;
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
      const start = this.reserve(length * 2);
      this.pool.copyWithin(start, this.starts[list]!, this.starts[list]! + length);
      this.starts[list] = start;
      this.capacities[list] = length * 2;
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

  /** Keys (as unsigned) and values of the taken slots, by key. */
  *byKey(): Iterable<[number, number]> {
    // Key and slot in one number (slots are below 2²¹: 2²⁰ entries' buckets at most), sorted.
    const order = new Float64Array(this.taken);
    let n = 0;
    for (let slot = 0; slot <= this.mask; slot++) if (this.slots[slot * 2 + 1] !== 0) order[n++] = (this.slots[slot * 2]! >>> 0) * 0x200000 + slot;
    order.sort();
    for (let i = 0; i < n; i++) {
      const slot = order[i]! % 0x200000;
      yield [this.slots[slot * 2]! >>> 0, this.slots[slot * 2 + 1]!];
    }
  }

  clear(): void {
    this.slots.fill(0);
    this.taken = 0;
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
