import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { fmix32 } from './minhash.js';

/** Rows between two buckets the sparse index holds. */
const BLOCK_ROWS = 128;
/** A row: band, key, seq (three int32). */
const ROW_BYTES = 12;
/** Filter bits per bucket: with 4 bits set in one 32-bit word, about 1 lookup in 100 of an absent bucket reads the file. */
const FILTER_BITS_PER_BUCKET = 12;

/** Buckets to write: in order (band, then key as unsigned), each once with its seqs in seq order. */
export type BucketSource = (emit: (band: number, key: number, seqs: Int32Array) => void) => void;

/**
 * The LSH buckets of the entries band-index.ts no longer holds in memory: a file of rows (band,
 * key, seq) sorted by bucket then seq, with what memory keeps of it small: every 128th row's
 * bucket (a sparse index) and a filter of 12 bits a bucket. A lookup the filter turns away costs
 * nothing; one it lets through reads a block and the rows wanted past it (3 KB at most) from the
 * file, which the system caches. More entries let go are merged in (mergedWith), into a new file
 * read start to end once: a bucket is then one read however many runs of entries it spans.
 */
export class SpilledBuckets {
  private readonly fd: number;
  /** Bucket (band * 2³² + key) of rows 0, 128, 256… */
  private readonly firsts: Float64Array;
  private readonly filter: Uint32Array;

  /** Writes `buckets` (of `count` buckets and `rows` seqs in all) to a new file at `path`. */
  constructor(
    private readonly path: string,
    /** Buckets written (at most: a bound is enough to size the filter). */
    readonly count: number,
    /** Seqs written. */
    readonly rows: number,
    buckets: BucketSource,
  ) {
    this.firsts = new Float64Array(Math.ceil(rows / BLOCK_ROWS));
    this.filter = new Uint32Array(wordsFor(count));
    this.fd = openSync(path, 'w+');
    const out = new Int32Array(BLOCK_ROWS * 3 * 64);
    let n = 0;
    let row = 0;
    const flush = () => {
      writeSync(this.fd, out, 0, n * 4);
      n = 0;
    };
    buckets((band, key, seqs) => {
      this.filterAdd(band, key);
      for (let s = 0; s < seqs.length; s++, row++) {
        if (row % BLOCK_ROWS === 0) this.firsts[row / BLOCK_ROWS] = band * 0x100000000 + (key >>> 0);
        out[n++] = band;
        out[n++] = key;
        out[n++] = seqs[s]!;
        if (n === out.length) flush();
      }
    });
    flush();
    if (row !== rows) throw new Error(`spilled ${row} rows where ${rows} were announced`);
  }

  /** Copies up to `room` seqs of the bucket (band, key) into `out` from `at`, in seq order; returns the end. */
  read(band: number, key: number, out: Int32Array, at: number, room: number): number {
    if (!this.filterHas(band, key)) return at;
    const bucket = band * 0x100000000 + (key >>> 0);
    // The last block that starts before the bucket: its rows may start there.
    let lo = 0;
    let hi = this.firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.firsts[mid]! < bucket) lo = mid + 1;
      else hi = mid;
    }
    // The bucket starts within a block of there, and only `room` of its rows are wanted.
    const first = Math.max(0, lo - 1) * BLOCK_ROWS;
    const count = Math.min(this.rows - first, BLOCK_ROWS + room);
    if (count * 3 > chunk.length) chunk = new Int32Array(count * 3);
    readSync(this.fd, chunk, 0, count * ROW_BYTES, first * ROW_BYTES);
    const k = key | 0;
    let end = at;
    for (let r = 0; r < count && end - at < room; r++) {
      const b = chunk[r * 3]!;
      if (b > band || (b === band && (chunk[r * 3 + 1]! >>> 0) > key >>> 0)) break;
      if (b === band && chunk[r * 3 + 1] === k) out[end++] = chunk[r * 3 + 2]!;
    }
    return end;
  }

  /**
   * A new file at `path` holding these buckets and `more` (of later entries: their seqs come
   * after these, and a bucket here takes no more seqs than its limit leaves); this one is closed
   * and removed.
   */
  mergedWith(path: string, count: number, rows: number, more: BucketSource): SpilledBuckets {
    const old = new BucketCursor(this.fd, this.rows);
    const merged = new SpilledBuckets(path, this.count + count, this.rows + rows, (emit) => {
      let held = old.next();
      more((band, key, seqs) => {
        const bucket = band * 0x100000000 + (key >>> 0);
        for (; held && old.bucket < bucket; held = old.next()) emit(old.band, old.key, old.seqs());
        if (held && old.bucket === bucket) {
          emit(band, key, old.seqs(seqs));
          held = old.next();
        } else emit(band, key, seqs);
      });
      for (; held; held = old.next()) emit(old.band, old.key, old.seqs());
    });
    this.close();
    return merged;
  }

  /** Closes and removes the file. */
  close(): void {
    closeSync(this.fd);
    unlinkSync(this.path);
  }

  private filterAdd(band: number, key: number): void {
    const [word, bits] = this.filterBits(band, key);
    this.filter[word]! |= bits;
  }

  private filterHas(band: number, key: number): boolean {
    const [word, bits] = this.filterBits(band, key);
    return (this.filter[word]! & bits) === bits;
  }

  /** One word of the filter and four bits in it, from two hashes of the bucket. */
  private filterBits(band: number, key: number): [number, number] {
    const h = fmix32((key ^ Math.imul(band + 1, 0x9e3779b1)) >>> 0);
    const g = fmix32(h ^ 0x5bd1e995);
    const bits = (1 << (g & 31)) | (1 << ((g >>> 5) & 31)) | (1 << ((g >>> 10) & 31)) | (1 << ((g >>> 15) & 31));
    return [h & (this.filter.length - 1), bits];
  }
}

/** A file's buckets, read start to end in chunks, one bucket at a time. */
class BucketCursor {
  private static readonly CHUNK_ROWS = 1 << 13;
  private readonly chunk = new Int32Array(BucketCursor.CHUNK_ROWS * 3);
  /** Rows of the file in `chunk`: [start, end). */
  private start = 0;
  private end = 0;
  private row = 0;
  private list = new Int32Array(64);
  private length = 0;
  band = 0;
  key = 0;
  bucket = 0;

  constructor(
    private readonly fd: number,
    private readonly rows: number,
  ) {}

  /** Moves to the next bucket; false past the last. */
  next(): boolean {
    if (this.row >= this.rows) return false;
    this.band = this.at(0);
    this.key = this.at(1);
    this.bucket = this.band * 0x100000000 + (this.key >>> 0);
    this.length = 0;
    while (this.row < this.rows && this.at(0) === this.band && this.at(1) === this.key) {
      if (this.length === this.list.length) {
        const longer = new Int32Array(this.length * 2);
        longer.set(this.list);
        this.list = longer;
      }
      this.list[this.length++] = this.at(2);
      this.row++;
    }
    return true;
  }

  /** The bucket's seqs, then `after` (in one array the next call reuses). */
  seqs(after?: Int32Array): Int32Array {
    if (!after) return this.list.subarray(0, this.length);
    const all = new Int32Array(this.length + after.length);
    all.set(this.list.subarray(0, this.length));
    all.set(after, this.length);
    return all;
  }

  /** Field `field` of the current row, read in with its chunk. */
  private at(field: number): number {
    if (this.row >= this.end) {
      const n = Math.min(BucketCursor.CHUNK_ROWS, this.rows - this.row);
      readSync(this.fd, this.chunk, 0, n * ROW_BYTES, this.row * ROW_BYTES);
      this.start = this.row;
      this.end = this.row + n;
    }
    return this.chunk[(this.row - this.start) * 3 + field]!;
  }
}

/** Rows read by a lookup: at most BLOCK_ROWS + 64 with the default limit. */
let chunk = new Int32Array((BLOCK_ROWS + 64) * 3);

/** Filter words for `buckets`: a power of two, FILTER_BITS_PER_BUCKET bits a bucket at least. */
function wordsFor(buckets: number): number {
  let words = 1;
  while (words * 32 < buckets * FILTER_BITS_PER_BUCKET) words *= 2;
  return words;
}
