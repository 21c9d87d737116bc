import { workerData } from 'node:worker_threads';
import { serveBatches } from '../core/thread-pool.js';
import { extractPageSafely } from '../extract/extract-page.js';
import { checkExtraction } from './checked-pages.js';
import { revivePage, type PageReaderData, type ReaderTask } from './page-reader.js';

const { profiles, check } = workerData as PageReaderData;

/** A crawl's page-reading thread (page-reader.ts): reads pages, and checks extractions for publishing when the crawl asks (checked-pages.ts). */
serveBatches<ReaderTask, unknown>((items) =>
  Promise.all(items.map((task) => ('page' in task ? extractPageSafely(revivePage(task.page), { now: task.now, profiles }) : checkExtraction(task.extraction, check!)))),
);
