import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../src/core/log.js';
import { extractPageSafely } from '../src/extract/extract-page.js';
import type { SiteProfile } from '../src/extract/profiles/profile.js';
import { crawlPageReader, type CrawlPageReader } from '../src/pipeline/page-reader.js';
import { loadProfiles } from '../src/pipeline/profiles.js';
import type { PageRecord } from '../src/schema/records.js';
import { fixturePath, pageRecord, readFixture } from './helpers/pages.js';

/** Every saved page of the fixtures (pages and faults: GB18030, binary, empty, mojibake), as a crawl would have fetched it. */
function fetchedPages(): PageRecord[] {
  const pages: PageRecord[] = [];
  for (const dir of ['pages', 'faults']) {
    for (const name of readdirSync(fixturePath(dir)).filter((n) => !n.endsWith('.json'))) {
      const url = `http://127.0.0.1:1/${dir}/${name}`;
      pages.push({ ...pageRecord(readFixture(join(dir, name)), { url }), fetchedAt: new Date(Date.UTC(2026, 10, 30)) });
    }
  }
  return pages;
}

const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function recordingLog(): Logger & { warnings: Array<{ msg: string; fields?: LogFields }> } {
  const warnings: Array<{ msg: string; fields?: LogFields }> = [];
  const none = () => {};
  return { warnings, info: none, debug: none, error: none, warn: (msg: string, fields?: LogFields) => warnings.push({ msg, fields }) } as never;
}

/** Reads `page` until a worker thread answered (the threads load their modules first); fails after a minute. */
async function readUntilThreadsServe(reader: CrawlPageReader, page: PageRecord): Promise<void> {
  const until = Date.now() + 60_000;
  while (reader.counts.threads === 0) {
    if (Date.now() > until) throw new Error('the reader threads never answered');
    await reader.read(page, new Date(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a crawl's page reader", () => {
  it('reads on worker threads exactly what the main thread reads, many pages at once', async () => {
    const pages = fetchedPages();
    expect(pages.length).toBeGreaterThan(10);
    const now = new Date(Date.UTC(2026, 10, 30, 12));
    const reader = crawlPageReader({ profiles: [], threads: 2, threadsFrom: 0 });
    try {
      // Pages are read in the main thread while the threads load; then they go to the threads.
      await readUntilThreadsServe(reader, pages[0]!);
      const before = { ...reader.counts };
      // Twice over, all at once, as sixteen fetches in flight hand pages over.
      const onThreads = await Promise.all([...pages, ...pages].map((page) => reader.read(page, now)));
      expect(reader.counts).toEqual({ threads: before.threads + 2 * pages.length, main: before.main });
      const inProcess = [...pages, ...pages].map((page) => extractPageSafely(page, { now, profiles: [] }));
      expect(onThreads.map(asStored)).toEqual(inProcess.map(asStored));
      // Rejects too (binary, empty pages) come back as rejects, not failures.
      expect(onThreads.some((o) => !o.ok)).toBe(true);
      expect(onThreads.filter((o) => o.ok).length).toBeGreaterThan(pages.length);
    } finally {
      await reader.close();
    }
  });

  it("gives each worker the run's site profiles", async () => {
    const profiles = await loadProfiles([fixturePath('profiles')]);
    const page = { ...fetchedPages().find((p) => p.url.includes('jiankang-10087'))!, url: 'https://www.kangwen.example/wenda/10087.html' };
    page.finalUrl = page.url;
    const now = new Date(0);
    const reader = crawlPageReader({ profiles, threads: 2, threadsFrom: 0 });
    try {
      await readUntilThreadsServe(reader, page);
      const read = await reader.read(page, now);
      expect(reader.counts.threads).toBeGreaterThan(1);
      expect(asStored(read)).toEqual(asStored(extractPageSafely(page, { now, profiles })));
      // Read by the profile the run loaded, not by the genre rules a thread without it would use.
      expect(read.ok && read.value.extractor).toBe('kangwen-example/learned');
    } finally {
      await reader.close();
    }
  });

  it('falls back to the main thread, saying so once, when the threads cannot run', async () => {
    const log = recordingLog();
    // A profile that cannot be handed to a thread (a function in it): the threads never start.
    const profiles = [...(await loadProfiles([])), { ...(await loadProfiles([fixturePath('profiles')])).at(-1)!, describe: () => 'x' } as SiteProfile];
    const reader = crawlPageReader({ profiles, threads: 2, log, threadsFrom: 0 });
    const pages = fetchedPages().slice(0, 3);
    const now = new Date(0);
    try {
      const outcomes = await Promise.all(pages.map((page) => reader.read(page, now)));
      expect(reader.counts).toEqual({ threads: 0, main: 3 });
      expect(outcomes.map(asStored)).toEqual(pages.map((page) => asStored(extractPageSafely(page, { now, profiles }))));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]!.msg).toMatch(/reads its pages in the main thread/);
      expect(log.warnings[0]!.fields?.url).toBe(pages[0]!.url);
    } finally {
      await reader.close();
    }
  });

  it('reads the first pages of a crawl in the main thread, then on the threads', async () => {
    const reader = crawlPageReader({ profiles: [], threads: 2, threadsFrom: 5 });
    const page = fetchedPages()[0]!;
    try {
      for (let i = 0; i < 5; i++) await reader.read(page, new Date(0));
      expect(reader.counts).toEqual({ threads: 0, main: 5 });
      await readUntilThreadsServe(reader, page);
      expect(reader.counts.threads).toBe(1);
    } finally {
      await reader.close();
    }
  });

  it('reads in the main thread with one thread, and closes at once when it read nothing', async () => {
    const none = crawlPageReader({ profiles: [], threads: 4 });
    await none.close();
    expect(none.counts).toEqual({ threads: 0, main: 0 });
    const one = crawlPageReader({ profiles: [], threads: 1 });
    const page = fetchedPages()[0]!;
    expect(asStored(await one.read(page, new Date(0)))).toEqual(asStored(extractPageSafely(page, { now: new Date(0), profiles: [] })));
    expect(one.counts).toEqual({ threads: 0, main: 1 });
    await one.close();
  });
});
