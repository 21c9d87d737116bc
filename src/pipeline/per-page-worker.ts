import { serveBatches } from '../core/thread-pool.js';
import type { PageItem } from '../schema/records.js';
import { runBatch, type PerPageSpec } from './per-page.js';

/** Structured cloning hands page bodies over as plain Uint8Arrays; extraction expects Buffers. */
function revive(item: unknown): unknown {
  const page = item as PageItem;
  if (page.kind !== 'page') return item;
  const body = page.page.body as Uint8Array;
  return { kind: 'page', page: { ...page.page, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) } };
}

/** A worker of the per-page step (per-page.ts): each batch through the stages the main thread described. */
serveBatches((items, specs) => runBatch(specs as PerPageSpec[], items.map(revive)));
