import { workerData } from 'node:worker_threads';
import { serveBatches } from '../core/thread-pool.js';
import { extractPageSafely } from '../extract/extract-page.js';
import { checkExtraction } from './checked-pages.js';
import { revivePage, type PageRead, type PageReaderData, type PageToRead } from './page-reader.js';

const { profiles, check } = workerData as PageReaderData;

/** A crawl's page-reading thread (page-reader.ts): each page read, and checked for publishing when the crawl asks (checked-pages.ts). */
serveBatches<PageToRead, PageRead[]>((items) =>
  Promise.all(
    items.map(async ({ page, now }): Promise<PageRead> => {
      const outcome = extractPageSafely(revivePage(page), { now, profiles });
      return { outcome, checked: check && outcome.ok && outcome.value.entries.length > 0 ? await checkExtraction(outcome.value, check) : null };
    }),
  ),
);
