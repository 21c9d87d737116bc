/**
 * Writes the keyed records a run hands to the near-duplicate stage (after exact dedupe and
 * keys) to a JSONL file, so the near-duplicate and store stages can be timed alone (replay-stages.ts).
 * Usage: capture-keyed.ts <out.jsonl> <input-folder>...
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savedPagesSource } from '../../src/pipeline/run-saved-pages.js';
import { keysStep, PerPageStep, type PerPageSpec } from '../../src/pipeline/per-page.js';
import { pipeline, runPipeline } from '../../src/pipeline/runner.js';
import { DedupeStage } from '../../src/dedupe/exact-dedupe.js';
import { DEFAULT_FLAG_OPTIONS } from '../../src/flags/flags.js';
import type { DatasetRecord, EntryItem, KeyedRecord } from '../../src/schema/records.js';

const [outFile = "", ...inputs] = process.argv.slice(2);
const workDir = await mkdtemp(join(tmpdir(), 'capture-'));
const source = await savedPagesSource({ inputs, outDir: workDir, threads: 2 });
const input = source.input as { pages: any; extract: any };
const validate: PerPageSpec = { step: 'validate', flags: DEFAULT_FLAG_OPTIONS };
const perPage = new PerPageStep<unknown, EntryItem>('per_page', [{ step: 'extract', options: input.extract }, validate], { threads: 2 });
const keys = keysStep(2);
const out = createWriteStream(outFile);
let n = 0;
// The scratch folder (exact dedupe's store: gigabytes at 200,000 pages) goes when the capture is written, or fails.
try {
  await runPipeline(pipeline(pipeline(input.pages, [perPage]), [new DedupeStage({ workDir }), keys]), {
    name: 'dump',
    async write(record: KeyedRecord) {
      const line = JSON.stringify(record, (k, v) => (v instanceof Uint32Array ? { u32: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } : v));
      if (!out.write(line + '\n')) await new Promise((r) => out.once("drain", () => r(undefined)));
      n++;
    },
  });
  await new Promise<void>((r) => out.end(() => r()));
} finally {
  await rm(workDir, { recursive: true, force: true });
}
process.stderr.write(`${n} records, ${source.pages()} pages\n`);
