/**
 * The candidates an entry judges (near-dupe-stage.ts): of the seqs its LSH buckets list, the
 * first `max` distinct ones, those listed most often first (sharing the most bands: the likeliest
 * near-copies), the least seq first among those listed as often. Counted in a small open-addressing
 * table kept between calls (its slots stamped per call, never cleared), so the cost is the seqs
 * listed, not a sort of them: an entry of a large run is listed a few thousand.
 */
let slots = new Int32Array(1 << 12);
let counts = new Int32Array(1 << 12);
let stamps = new Int32Array(1 << 12);
/** Slots taken in this call, in the order first listed. */
let taken = new Int32Array(1 << 12);
let stamp = 0;

export function mostShared(seqs: ArrayLike<number>, max: number): number[] {
  if (seqs.length * 2 > slots.length) resize(seqs.length * 2);
  if (++stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const mask = slots.length - 1;
  let distinct = 0;
  let most = 0;
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    let slot = Math.imul(seq, 0x9e3779b1) & mask;
    while (stamps[slot] === stamp && slots[slot] !== seq) slot = (slot + 1) & mask;
    let n = 1;
    if (stamps[slot] === stamp) n = ++counts[slot]!;
    else {
      stamps[slot] = stamp;
      slots[slot] = seq;
      counts[slot] = 1;
      taken[distinct++] = slot;
    }
    if (n > most) most = n;
  }
  // The least count that makes the cut: every seq listed more often is in, and of those listed
  // exactly so often, the least seqs fill what is left.
  const perCount = new Int32Array(most + 1);
  for (let i = 0; i < distinct; i++) perCount[counts[taken[i]!]!]!++;
  let cut = most;
  let above = 0;
  while (cut > 0 && above + perCount[cut]! <= max) above += perCount[cut--]!;
  // Above the cut: by count, most first, then seq (both in one number: seqs are below 2³¹).
  const first = new Float64Array(above);
  const atCut = new Int32Array(cut > 0 && above < max ? perCount[cut]! : 0);
  let f = 0;
  let c = 0;
  for (let i = 0; i < distinct; i++) {
    const slot = taken[i]!;
    const n = counts[slot]!;
    if (n > cut) first[f++] = (most - n) * 0x80000000 + slots[slot]!;
    else if (n === cut && c < atCut.length) atCut[c++] = slots[slot]!;
  }
  first.sort();
  atCut.sort();
  const out: number[] = [];
  for (let i = 0; i < above; i++) out.push(first[i]! % 0x80000000);
  for (let i = 0; i < atCut.length && out.length < max; i++) out.push(atCut[i]!);
  return out;
}

function resize(atLeast: number): void {
  let size = slots.length;
  while (size < atLeast) size *= 2;
  slots = new Int32Array(size);
  counts = new Int32Array(size);
  stamps = new Int32Array(size);
  taken = new Int32Array(size);
  stamp = 0;
}
