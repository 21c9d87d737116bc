/**
 * Writes the records a run hands to exact dedupe (validated entries, packed as the threads pack
 * them, and rejects) to a JSONL file, so that exact dedupe can be timed alone (replay-dedupe.ts).
 * Usage: capture-validated.ts <out.jsonl> <input-folder>...
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savedPagesSource } from '../../src/pipeline/run-saved-pages.js';
import { PerPageStep } from '../../src/pipeline/per-page.js';
import { pipeline, runPipeline } from '../../src/pipeline/runner.js';
import { DEFAULT_FLAG_OPTIONS } from '../../src/flags/flags.js';
import type { PackedEntryItem } from '../../src/schema/records.js';

const [outFile = '', ...inputs] = process.argv.slice(2);
const workDir = await mkdtemp(join(tmpdir(), 'capture-'));
const source = await savedPagesSource({ inputs, outDir: workDir, threads: 2 });
if (!('pages' in source.input)) throw new Error('saved pages only');
const { pages, extract } = source.input;
const perPage = new PerPageStep<unknown, PackedEntryItem>('per_page', [{ step: 'extract', options: extract }, { step: 'validate', flags: DEFAULT_FLAG_OPTIONS }, { step: 'pack' }], { threads: 2 });
const out = createWriteStream(outFile);
let n = 0;
try {
  await runPipeline(pipeline(pages, [perPage]), {
    name: 'dump',
    async write(record: PackedEntryItem) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => out.once('drain', () => r(undefined)));
      n++;
    },
  });
  await new Promise<void>((r) => out.end(() => r()));
} finally {
  await rm(workDir, { recursive: true, force: true });
}
process.stderr.write(`${n} records, ${source.pages()} pages\n`);
