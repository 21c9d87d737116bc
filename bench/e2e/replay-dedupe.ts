/**
 * Times exact dedupe alone over a capture (`capture.ts validated`): its ingest (CPU microseconds
 * per entry, and bytes read from its file per 1,000 entries: pages the page cache no longer
 * held), the sorts once its input ends, and its output. `--times n` takes the capture in n
 * times over, each time under other ids, sources and questions, as a run n times longer would
 * (whether ingest's time per entry stays flat); output is then not timed. `--out <file>` writes
 * every record it gives out, one JSON line each, to compare two checkouts byte for byte. `--sql` adds the
 * slowest SQLite statements (time and calls, ingest and output together: sql-times.ts).
 * Usage: replay-dedupe.ts <capture.jsonl> [--times n] [--out file] [--sql]
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DedupeStage } from '../../src/dedupe/exact-dedupe.js';
import type { PackedEntryItem } from '../../src/schema/records.js';
import { timeStatements } from './sql-times.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const times = Number(option('--times') ?? 1);
const outFile = option('--out');
const sqlTimes = args.includes('--sql') ? timeStatements() : null;
const records: PackedEntryItem[] = [];
for await (const line of createInterface({ input: createReadStream(args[0]!) })) records.push(JSON.parse(line) as PackedEntryItem);

// CPU time, not wall time: the machine is shared.
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const readBytes = () => Number(/rchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
let seen = 0;
const mark = { cpu: 0, read: 0 };
const ingest = { cpu: 0, read: 0 };
async function* input(): AsyncIterable<PackedEntryItem> {
  [mark.cpu, mark.read] = [cpuMs(), readBytes()];
  for (let k = 0; k < times; k++) {
    for (const r of records) {
      if (r.kind !== 'packed_entry') yield r;
      else {
        seen++;
        const p = r.packed;
        yield k === 0 ? r : { kind: 'packed_entry', packed: { ...p, id: `${p.id}.${k}`, source: `${p.source}.${k}`, qkey: `${p.qkey}.${k}` } };
      }
    }
  }
  [ingest.cpu, ingest.read] = [cpuMs() - mark.cpu, readBytes() - mark.read];
}

const stage = new DedupeStage();
const out = outFile ? createWriteStream(outFile) : null;
const output = stage.run(input())[Symbol.asyncIterator]();
let first = await output.next();
const sortMs = cpuMs() - mark.cpu - ingest.cpu;
const t = cpuMs();
let n = 0;
// With the capture taken in more than once, the bodies no longer match their ids: only ingest and the sorts are timed.
if (times === 1) {
  for (; !first.done; first = await output.next()) {
    n++;
    out?.write(`${JSON.stringify(first.value)}\n`);
  }
} else await output.return?.();
const emitMs = cpuMs() - t;
if (out) await new Promise<void>((done) => out.end(() => done()));
console.log(
  JSON.stringify({
    entries: seen,
    ingestUsPerEntry: +((ingest.cpu / seen) * 1000).toFixed(2),
    readMbPer1000: +((ingest.read / seen) * 1000 / 1e6).toFixed(2),
    sortsMs: Math.round(sortMs),
    ...(times === 1 ? { out: n, emitMs: Math.round(emitMs) } : {}),
    stats: stage.stats,
    ...(sqlTimes ? { sql: sqlTimes() } : {}),
  }),
);
