import { workerData } from 'node:worker_threads';
import { serveBatches } from '../core/thread-pool.js';
import { extractPageSafely } from '../extract/extract-page.js';
import { checkExtraction } from './checked-pages.js';
import { revivePage, type PageReaderData, type ReaderTask } from './page-reader.js';
import { withLearned } from './per-page.js';
import type { SiteProfile } from '../extract/profiles/profile.js';

const { profiles, check } = workerData as PageReaderData;

/** A crawl's page-reading thread (page-reader.ts): reads pages (with the profiles learned as the crawl went), and checks extractions for publishing when the crawl asks (checked-pages.ts). */
serveBatches<ReaderTask, unknown>((items, _data, learned) =>
  Promise.all(
    items.map((task) =>
      'page' in task ? extractPageSafely(revivePage(task.page), { now: task.now, profiles: withLearned(profiles, learned as readonly SiteProfile[]) }) : checkExtraction(task.extraction, check!),
    ),
  ),
);
