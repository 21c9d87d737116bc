import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: forks keep native modules (better-sqlite3, DuckDB) isolated per file.
    pool: 'forks',
  },
});
