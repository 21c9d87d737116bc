import { workerData } from 'node:worker_threads';
import { serveBatches } from '../core/thread-pool.js';
import { extractPageSafely } from '../extract/extract-page.js';
import type { SiteProfile } from '../extract/profiles/profile.js';
import type { PageToRead } from './page-reader.js';

const { profiles } = workerData as { profiles: SiteProfile[] };

/** A crawl's page-reading thread (page-reader.ts). Structured cloning hands bodies over as plain Uint8Arrays; extraction expects Buffers. */
serveBatches<PageToRead, unknown>((items) =>
  items.map(({ page, now }) => {
    const body = page.body as Uint8Array;
    return extractPageSafely({ ...page, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) }, { now, profiles });
  }),
);
