import { workerData } from 'node:worker_threads';
import { serveBatches } from '../core/thread-pool.js';
import { extractPageSafely } from '../extract/extract-page.js';
import type { SiteProfile } from '../extract/profiles/profile.js';
import { revivePage, type PageToRead } from './page-reader.js';

const { profiles } = workerData as { profiles: SiteProfile[] };

/** A crawl's page-reading thread (page-reader.ts). */
serveBatches<PageToRead, unknown>((items) => items.map(({ page, now }) => extractPageSafely(revivePage(page), { now, profiles })));
