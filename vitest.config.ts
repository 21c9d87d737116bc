import { defineConfig } from 'vitest/config';

/**
 * Tests that run several crawl processes at once (an opener, workers, redis-server, the test
 * site) take both cores for a minute: they run after the rest, one file at a time, so that
 * the tests that read a crawl's pace from a request log never share the cores with them.
 */
const MULTI_PROCESS = ['test/crawl-redis-workers.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: forks keep native modules (better-sqlite3, DuckDB) isolated per file.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: MULTI_PROCESS, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'multi-process', include: MULTI_PROCESS, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
