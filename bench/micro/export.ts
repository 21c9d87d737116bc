import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPage } from '../../src/extract/extract-page.js';
import { JsonlFile } from '../../src/export/jsonl-file.js';
import { ParquetFile } from '../../src/export/parquet-file.js';
import { EntrySchema, type Entry } from '../../src/schema/entry.js';
import { toEntry } from '../../src/validate/to-entry.js';
import { generatePages } from '../../kit/pages/corpus.js';
import { median, summarize, timeItAsync, type Summary } from '../lib/stats.js';

/**
 * Goal 5 (export): rows per second for writing entries to JSONL alone and to Parquet alone,
 * through the project's own writers (`JsonlFile`, `ParquetFile`; the Parquet figure includes
 * closing the file and its read-back row count). The rows are the distinct entries of a
 * generated corpus, as validation makes them.
 */

export interface ExportResult {
  rows: number;
  meanRowBytes: number;
  rounds: number;
  jsonlRowsPerSec: Summary;
  parquetRowsPerSec: Summary;
  parquetMbPerSec: number;
}

/** Distinct validated entries from the first pages of the corpus, at least `rows` of them. */
export function corpusEntries(rows: number, seed: number): Entry[] {
  const byId = new Map<string, Entry>();
  const now = new Date(0);
  let start = 0;
  while (byId.size < rows) {
    for (const p of generatePages({ pages: 500, seed, start })) {
      const out = extractPage({ url: p.name, finalUrl: p.name, status: 200, headers: { 'content-type': p.contentType }, body: p.body, fetchedAt: null });
      if (!out.ok) continue;
      for (const draft of out.value.entries) {
        const entry = toEntry(draft, out.value, now);
        if (entry.ok && !byId.has(entry.value.id)) byId.set(entry.value.id, entry.value);
      }
    }
    start += 500;
  }
  return [...byId.values()].slice(0, rows);
}

export async function benchExport(options: { rows: number; rounds: number; seed: number }): Promise<ExportResult> {
  const entries = corpusEntries(options.rows, options.seed);
  const bytes = entries.reduce((s, e) => s + Buffer.byteLength(JSON.stringify(e)), 0);
  const dir = await mkdtemp(join(tmpdir(), 'qa-harvest-bench-export-'));
  const jsonl: number[] = [];
  const parquet: number[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const j = new JsonlFile(join(dir, `entries-${round}.jsonl`));
      jsonl.push(
        (entries.length / (await timeItAsync(async () => {
          for (const e of entries) await j.write(e);
          await j.close();
        }))) * 1000,
      );
      const p = new ParquetFile(join(dir, `entries-${round}.parquet`), EntrySchema);
      parquet.push(
        (entries.length / (await timeItAsync(async () => {
          for (const e of entries) await p.write(e);
          await p.close();
        }))) * 1000,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return {
    rows: entries.length,
    meanRowBytes: bytes / entries.length,
    rounds: options.rounds,
    jsonlRowsPerSec: summarize(jsonl),
    parquetRowsPerSec: summarize(parquet),
    parquetMbPerSec: (median(parquet) * (bytes / entries.length)) / 1048576,
  };
}
