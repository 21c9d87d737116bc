import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startTestSite } from '../kit/site/test-site.js';
import { crawlSite } from './site/harness.js';

/**
 * crawlee measures memory for its autoscaling by spawning `ps` every second; the crawl's pool
 * runs at a fixed concurrency, so nothing reads it, and on a 2-core machine each spawn (a fork
 * of the crawling process, then ps reading every process) is CPU taken from the crawl.
 */
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-no-ps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a crawl of a few seconds spawns `ps` only as crawlee starts, not every second', async () => {
  const childProcess = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const spawn = childProcess.spawn;
  const spawned: string[] = [];
  childProcess.spawn = ((command: string, ...rest: unknown[]) => {
    spawned.push(command);
    return (spawn as (...args: unknown[]) => unknown)(command, ...rest);
  }) as typeof spawn;
  // Refusals with Retry-After: 2 keep the crawl going past crawlee's one-second interval.
  const site = await startTestSite({ questions: 30, faults: false, flaky: { share: 0.3, retryAfterS: 2 } });
  try {
    const summary = await crawlSite(site, join(work, 'out'), { impolite: true, concurrency: 8 });
    expect(summary.crawl.seconds).toBeGreaterThan(2);
    expect(summary.crawl.stats.retries).toBeGreaterThan(0);
    // Before: one a second (7 in a crawl of 6 s); now only as crawlee starts.
    expect(spawned.filter((c) => c === 'ps').length).toBeLessThanOrEqual(2);
  } finally {
    childProcess.spawn = spawn;
    await site.close();
  }
});
