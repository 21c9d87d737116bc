/**
 * Writes what the validate stage takes (extracted pages and read rejects) to a JSONL file, so
 * that validation can be timed alone on the same inputs (replay-validate.ts).
 * Usage: capture-extracted.ts <out.jsonl> <input-folder>...
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savedPagesSource } from '../../src/pipeline/run-saved-pages.js';
import { PerPageStep } from '../../src/pipeline/per-page.js';
import { pipeline, runPipeline } from '../../src/pipeline/runner.js';
import type { ExtractionItem } from '../../src/schema/records.js';

const [outFile = '', ...inputs] = process.argv.slice(2);
const workDir = await mkdtemp(join(tmpdir(), 'capture-'));
const source = await savedPagesSource({ inputs, outDir: workDir, threads: 2 });
if (!('pages' in source.input)) throw new Error('saved pages only');
const { pages, extract } = source.input;
const perPage = new PerPageStep<unknown, ExtractionItem>('per_page', [{ step: 'extract', options: extract }], { threads: 2 });
const out = createWriteStream(outFile);
let n = 0;
try {
  await runPipeline(pipeline(pages, [perPage]), {
    name: 'dump',
    async write(record: ExtractionItem) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => out.once('drain', () => r(undefined)));
      n++;
    },
  });
  await new Promise<void>((r) => out.end(() => r()));
} finally {
  await rm(workDir, { recursive: true, force: true });
}
process.stderr.write(`${n} records, ${source.pages()} pages\n`);
