import { serveBatches } from '../core/thread-pool.js';
import type { PageItem } from '../schema/records.js';
import { revivePage } from './page-reader.js';
import { runBatch, type PerPageWorkerData } from './per-page.js';

const revive = (item: unknown): unknown => {
  const page = item as PageItem;
  return page.kind === 'page' ? { kind: 'page', page: revivePage(page.page) } : item;
};

/** A worker of the per-page step (per-page.ts): each batch through the stages the main thread described, with the profiles learned so far. */
serveBatches((items, data, learned) => {
  const { specs, byPage } = data as PerPageWorkerData;
  return runBatch(specs, items.map(revive), learned, byPage);
});
