/**
 * Writes what a run hands to one stage to a JSONL file, so that stage can be timed alone on the
 * same inputs:
 * - `extracted`: extracted pages and read rejects, what validation takes (replay-validate.ts);
 * - `validated`: validated entries packed as the threads pack them, and rejects, what exact dedupe
 *   takes (replay-dedupe.ts);
 * - `keyed`: the keyed records after exact dedupe and keys, what the near-duplicate and store
 *   stages take (replay-stages.ts).
 * Usage: capture.ts <extracted|validated|keyed> <out.jsonl> <input-folder>...
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savedPagesSource } from '../../src/pipeline/run-saved-pages.js';
import { keysStep, PerPageStep, type PerPageSpec } from '../../src/pipeline/per-page.js';
import { pipeline, runPipeline, type Pipeline } from '../../src/pipeline/runner.js';
import { DedupeStage } from '../../src/dedupe/exact-dedupe.js';
import { DEFAULT_FLAG_OPTIONS } from '../../src/flags/flags.js';
import type { EntryItem, ExtractionItem, PackedEntryItem } from '../../src/schema/records.js';

const KINDS = ['extracted', 'validated', 'keyed'] as const;
const [kind = '', outFile = '', ...inputs] = process.argv.slice(2);
if (!(KINDS as readonly string[]).includes(kind) || !outFile || inputs.length === 0) {
  process.stderr.write(`usage: capture.ts <${KINDS.join('|')}> <out.jsonl> <input-folder>...\n`);
  process.exit(2);
}
const workDir = await mkdtemp(join(tmpdir(), 'capture-'));
const source = await savedPagesSource({ inputs, outDir: workDir, threads: 2 });
if (!('pages' in source.input)) throw new Error('saved pages only');
const { pages, extract } = source.input;
const validate: PerPageSpec = { step: 'validate', flags: DEFAULT_FLAG_OPTIONS };
const extractStep: PerPageSpec = { step: 'extract', options: extract };
const perPage = <Out>(steps: PerPageSpec[]) => new PerPageStep<unknown, Out>('per_page', steps, { threads: 2 });
const records: Pipeline<unknown> =
  kind === 'extracted'
    ? pipeline(pages, [perPage<ExtractionItem>([extractStep])])
    : kind === 'validated'
      ? pipeline(pages, [perPage<PackedEntryItem>([extractStep, validate, { step: 'pack' }])])
      : pipeline(pipeline(pages, [perPage<EntryItem>([extractStep, validate])]), [new DedupeStage({ workDir }), keysStep(2)]);
// A signature's Uint32Array as base64, which the replays read back.
const json = (record: unknown) => JSON.stringify(record, (_k, v) => (v instanceof Uint32Array ? { u32: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } : v));
const out = createWriteStream(outFile);
let n = 0;
// The scratch folder (exact dedupe's store: gigabytes at 200,000 pages) goes when the capture is written, or fails.
try {
  await runPipeline(records, {
    name: 'dump',
    async write(record: unknown) {
      if (!out.write(`${json(record)}\n`)) await new Promise((r) => out.once('drain', () => r(undefined)));
      n++;
    },
  });
  await new Promise<void>((r) => out.end(() => r()));
} finally {
  await rm(workDir, { recursive: true, force: true });
}
process.stderr.write(`${n} records, ${source.pages()} pages\n`);
