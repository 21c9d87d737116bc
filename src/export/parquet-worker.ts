import { parentPort, workerData } from 'node:worker_threads';
import { EntrySchema } from '../schema/entry.js';
import { ParquetParts, type ParquetPartsOptions } from './parquet-parts.js';

/** The worker of ParquetThread (parquet-thread.ts): the run's entries, as JSON lines, into ParquetParts, in order. */
export type ParquetRequest = { kind: 'rows'; lines: string[] } | { kind: 'close' };
export type ParquetResponse = { ok: true; parts?: Array<{ name: string; rows: number }> } | { ok: false; error: string };

const port = parentPort!;
const { dir, options } = workerData as { dir: string; options: ParquetPartsOptions };
const parts = new ParquetParts(dir, EntrySchema, options);
let failed: string | null = null;
// One request at a time, in the order sent: appends must not overlap (parquet-file.ts).
let queue = Promise.resolve();

port.on('message', (request: ParquetRequest) => {
  queue = queue.then(async () => {
    let response: ParquetResponse;
    try {
      if (failed) throw new Error(failed);
      if (request.kind === 'rows') {
        for (const line of request.lines) await parts.write(JSON.parse(line) as Record<string, unknown>);
        response = { ok: true };
      } else {
        response = { ok: true, parts: await parts.close() };
      }
    } catch (err) {
      failed ??= err instanceof Error ? err.message : String(err);
      response = { ok: false, error: failed };
    }
    port.postMessage(response);
  });
});
