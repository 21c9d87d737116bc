import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractionItem, PageItem } from '../schema/records.js';
import type { ExtractOptions } from './extract-page.js';
import { extractItem, newExtractStats, type ExtractStats } from './stage.js';

/** A batch of stage input, numbered so the pool can put results back in order. */
export interface BatchRequest {
  seq: number;
  items: PageItem[];
}

export interface BatchResult {
  seq: number;
  items: ExtractionItem[];
  stats: ExtractStats;
}

/** Structured cloning hands page bodies over as plain Uint8Arrays; extraction expects Buffers. */
function revive(item: PageItem): PageItem {
  if (item.kind !== 'page') return item;
  const body = item.page.body as Uint8Array;
  return { kind: 'page', page: { ...item.page, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) } };
}

const options = (workerData ?? {}) as ExtractOptions;
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

/** The worker side of the extraction pool: the extract stage's per-page rule over each batch, with the batch's stats. */
port.on('message', (request: BatchRequest) => {
  const stats = newExtractStats();
  const items = request.items.map((item) => extractItem(revive(item), options, stats));
  const result: BatchResult = { seq: request.seq, items, stats };
  port.postMessage(result);
});
