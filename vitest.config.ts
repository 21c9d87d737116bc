import { defineConfig } from 'vitest/config';

/**
 * Tests that run several crawl processes at once (an opener, workers, redis-server, the test
 * site) take both cores for a minute: they run after the rest, one file at a time, so that
 * the tests that read a crawl's pace from a request log never share the cores with them.
 */
const MULTI_PROCESS = ['test/crawl-redis-workers.test.ts'];
/**
 * Tests that read a crawl's pace from the test site's request log (gaps, rate, Retry-After
 * pauses): the site and the crawler share one event loop, so they run alone, after the rest,
 * where a loaded machine cannot shift the times they read.
 */
const PACED = ['test/crawl-refusals.test.ts', 'test/crawl-site.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: forks keep native modules (better-sqlite3, DuckDB) isolated per file.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...PACED, ...MULTI_PROCESS], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'paced', include: PACED, fileParallelism: false, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'multi-process', include: MULTI_PROCESS, fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
});
