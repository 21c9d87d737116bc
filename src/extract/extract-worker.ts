import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractionItem, PageItem } from '../schema/records.js';
import type { ExtractOptions } from './extract-page.js';
import { ExtractStage, type ExtractStats } from './stage.js';

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

/**
 * The worker side of the extraction pool: runs the ordinary extract stage over each batch
 * it is sent and posts back what the stage yielded, with the batch's stats.
 */
async function* fromArray<T>(items: T[]): AsyncIterable<T> {
  yield* items;
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

port.on('message', async (request: BatchRequest) => {
  const stage = new ExtractStage(options);
  const items: ExtractionItem[] = [];
  for await (const item of stage.run(fromArray(request.items.map(revive)))) items.push(item);
  const result: BatchResult = { seq: request.seq, items, stats: stage.stats };
  port.postMessage(result);
});
