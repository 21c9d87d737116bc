/**
 * Times the near-duplicate stage and the store stage alone, on the main thread, over the first
 * `--limit` records of a capture (`capture.ts keyed`), chained as a run chains them, with a fresh
 * store; then the store's prepare + commit. Prints the CPU time (user + system) of each, per
 * entry in microseconds, and the peak RSS: on a shared machine CPU time says more than wall time.
 * `--out <file>` writes every record the near-duplicate stage gives out, one JSON line each (a
 * signature as base64), to compare two checkouts' output byte for byte (`cmp`, `sha256sum`).
 * Usage: replay-stages.ts <capture.jsonl> [--limit n] [--near-only] [--out file]
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { NearDupeStage } from '../../src/dedupe/near-dupe-stage.js';
import { PublishedStore } from '../../src/dedupe/published-store.js';
import { StoreStage } from '../../src/pipeline/store-stage.js';
import type { KeyedRecord } from '../../src/schema/records.js';

const args = process.argv.slice(2);
const file = args[0]!;
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const only = args.includes('--near-only') ? 'near' : 'both';
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? createWriteStream(args[outAt + 1]!) : null;

async function* read(): AsyncIterable<KeyedRecord> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (n++ >= limit) break;
    yield JSON.parse(line, (_k, v) => (v && typeof v === 'object' && typeof v.u32 === 'string' ? new Uint32Array(new Uint8Array(Buffer.from(v.u32, 'base64')).buffer) : v)) as KeyedRecord;
  }
}

let readMs = 0;
let entries = 0;
let records = 0;
// CPU time (user + system) of each pull: the machine is shared, and wall time says more about the others' load.
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
async function* timed<T>(items: AsyncIterable<T>, add: (ms: number) => void): AsyncIterable<T> {
  const it = items[Symbol.asyncIterator]();
  for (;;) {
    const t = cpuMs();
    const r = await it.next();
    add(cpuMs() - t);
    if (r.done) return;
    yield r.value;
  }
}
const dir = await mkdtemp(join(tmpdir(), 'replay-'));
const near = new NearDupeStage({ workDir: dir });
let nearPull = 0;
let storePull = 0;
const input = timed(read(), (ms) => (readMs += ms));
async function* counting(items: AsyncIterable<KeyedRecord>): AsyncIterable<KeyedRecord> {
  for await (const r of items) {
    records++;
    if (r.kind === 'entry') entries++;
    yield r;
  }
}
// Written outside the timed pulls: the file costs the near-duplicate stage nothing.
async function* written(items: AsyncIterable<KeyedRecord>): AsyncIterable<KeyedRecord> {
  for await (const r of items) {
    const line = JSON.stringify(r, (_k, v) => (v instanceof Uint32Array ? { u32: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } : v));
    if (out && !out.write(line + '\n')) await new Promise<void>((done) => out.once('drain', () => done()));
    yield r;
  }
}
const timedNear = timed(near.run(counting(input)), (ms) => (nearPull += ms));
const nearOut = out ? written(timedNear) : timedNear;
const store = PublishedStore.open(join(dir, 'store.sqlite'));
const stage = new StoreStage(store, 'full');
const t0 = performance.now();
for await (const _ of timed(only === 'both' ? stage.run(nearOut) : nearOut, (ms) => (storePull += ms))) void _;
const wall = performance.now() - t0;
const nearMs = nearPull - readMs;
const storeMs = only === 'both' ? storePull - nearPull : 0;
let t = cpuMs();
if (only === 'both') {
  store.prepare('r1');
  store.commit('r1');
}
const commitMs = cpuMs() - t;
store.close();
if (out) await new Promise<void>((done) => out.end(() => done()));
await rm(dir, { recursive: true, force: true });
const res = { records, wallMs: Math.round(wall), readMs: Math.round(readMs), entries, nearMs: Math.round(nearMs), nearUsPerEntry: Math.round((nearMs / entries) * 1000), storeMs: Math.round(storeMs), storeUsPerEntry: Math.round((storeMs / entries) * 1000), commitMs: Math.round(commitMs), stats: near.stats, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
console.log(JSON.stringify(res));
