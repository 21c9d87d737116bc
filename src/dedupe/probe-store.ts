import { DIFFERENT_DOCTOR, differingNibbles, refusalFromNibbles, refusalFromProbes, type Probe } from './probe.js';
import { doctorsDiffer, type Fingerprint, type MergeVerdict, type NearDupeOptions } from './near-dupes.js';

/** Entries a block holds: 2¹⁴ (1.1 MB with 64-byte sketches). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

/**
 * The near-duplicate stage's probes (probe.ts) of the entries read so far, in typed arrays (no
 * objects for the collector to trace), slot by seq. LSH proposes the first entries of a popular
 * bucket again and again the whole run long: a cache of the last 32,768 entries lost them to the
 * entries read after them, and at 100,000 pages a third of the candidates' probes were read back
 * from SQLite. The store grows with the run a block at a time (72 bytes an entry) up to `maxHeld`
 * entries (2¹⁹ by default: 36 MB); past that, a slot's probe is handed to `letGo` (the stage
 * writes it to SQLite) when a later entry takes the slot, and `read` gives it back when asked.
 * Probes never change while ingest runs.
 */
export class ProbeStore {
  /** Per block: the seq held in each slot (0: none), its doctor's number (0: none), its sketch. */
  private readonly seqs: Int32Array[] = [];
  private readonly doctors: Int32Array[] = [];
  private readonly sketches: Uint8Array[] = [];
  private readonly doctorNumbers = new Map<string, number>();
  private readonly doctorNames: Array<string | null> = [null];

  constructor(
    private readonly read: (seq: number) => Probe,
    private readonly letGo: (seq: number, probe: Probe) => void,
    /** Bytes of a sketch. */
    private readonly bytes: number,
    /** How many entries' probes are held at most: a power of two, a block at least. */
    private readonly maxHeld = 1 << 19,
  ) {
    if (maxHeld < BLOCK || (maxHeld & (maxHeld - 1)) !== 0) throw new Error(`maxHeld ${maxHeld}: not a power of two of at least ${BLOCK}`);
  }

  /** The probe of an entry put before (seq from 1). */
  get(seq: number): Probe {
    const slot = seq & (this.maxHeld - 1);
    const block = slot >>> BLOCK_BITS;
    const at = slot & (BLOCK - 1);
    // Let go of (maxHeld entries or more ago): the stage's table has it.
    if (this.seqs[block]?.[at] !== seq) return this.read(seq);
    return { doctor: this.doctorNames[this.doctors[block]![at]!]!, sketch: this.sketches[block]!.subarray(at * this.bytes, (at + 1) * this.bytes) };
  }

  /**
   * refusalFromProbes of the entry `fp` (its probe `own`) against the entry seq, read where it is
   * held: no probe object made, and the sketch not read for a different doctor. Ingest asks this
   * of every candidate LSH proposes, up to 128 an entry.
   */
  refusal(seq: number, fp: Fingerprint, own: Probe, options: NearDupeOptions): MergeVerdict | null {
    const slot = seq & (this.maxHeld - 1);
    const block = slot >>> BLOCK_BITS;
    const at = slot & (BLOCK - 1);
    if (this.seqs[block]?.[at] !== seq) return refusalFromProbes(fp, own, this.read(seq), options);
    if (doctorsDiffer(fp.doctor, this.doctorNames[this.doctors[block]![at]!]!)) return DIFFERENT_DOCTOR;
    return refusalFromNibbles(differingNibbles(own.sketch, this.sketches[block]!, at * this.bytes), fp.signature.length, options);
  }

  put(seq: number, probe: Probe): void {
    const slot = seq & (this.maxHeld - 1);
    const block = slot >>> BLOCK_BITS;
    const at = slot & (BLOCK - 1);
    if (!this.seqs[block]) {
      this.seqs[block] = new Int32Array(BLOCK);
      this.doctors[block] = new Int32Array(BLOCK);
      this.sketches[block] = new Uint8Array(BLOCK * this.bytes);
    }
    const held = this.seqs[block]![at]!;
    if (held !== 0) this.letGo(held, this.get(held));
    this.seqs[block]![at] = seq;
    this.doctors[block]![at] = this.doctorNumber(probe.doctor);
    this.sketches[block]!.set(probe.sketch.subarray(0, this.bytes), at * this.bytes);
  }

  /** Doctors' names by number: one string each, however many entries name them. */
  private doctorNumber(doctor: string | null): number {
    if (doctor === null) return 0;
    let n = this.doctorNumbers.get(doctor);
    if (n === undefined) {
      n = this.doctorNames.push(doctor) - 1;
      this.doctorNumbers.set(doctor, n);
    }
    return n;
  }
}
