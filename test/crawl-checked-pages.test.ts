import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestSite } from '../kit/site/test-site.js';
import { silentLogger } from '../src/core/log.js';
import { CrawlOptionsSchema, toSettings } from '../src/crawl/options.js';
import { SqliteFrontierStore } from '../src/crawl/sqlite-frontier-store.js';
import { publishStored, runCrawl, STATE_FILE } from '../src/pipeline/run-crawl.js';
import { extractPageSafely } from '../src/extract/extract-page.js';
import { DEFAULT_FLAG_OPTIONS } from '../src/flags/flags.js';
import { checkExtraction, CheckedPages, CheckedPerPageStep, checkSpecs } from '../src/pipeline/checked-pages.js';
import { ThreadPool } from '../src/core/thread-pool.js';
import { crawlPageReader, type ReaderTask } from '../src/pipeline/page-reader.js';
import { PerPageStep } from '../src/pipeline/per-page.js';
import type { ExtractionItem, PageExtraction, PageRecord } from '../src/schema/records.js';
import { fixturePath, pageRecord, readFixture } from './helpers/pages.js';
import { readLatest } from './site/harness.js';

/** Every saved page of the fixtures, as a crawl would have fetched it, at `fetchedAt`. */
function fetchedPages(fetchedAt = new Date(Date.UTC(2026, 10, 30))): PageRecord[] {
  const pages: PageRecord[] = [];
  for (const dir of ['pages', 'faults']) {
    for (const name of readdirSync(fixturePath(dir)).filter((n) => !n.endsWith('.json'))) {
      const url = `http://127.0.0.1:1/${dir}/${name}`;
      pages.push({ ...pageRecord(readFixture(join(dir, name)), { url }), fetchedAt });
    }
  }
  return pages;
}

/** The extractions of the fixture pages as the store gives them back (JSON), in URL order; and a page whose drafts fail validation. */
function storedExtractions(): PageExtraction[] {
  const read = fetchedPages()
    .map((page) => extractPageSafely(page, { now: page.fetchedAt ?? undefined, profiles: [] }))
    .flatMap((o) => (o.ok && o.value.entries.length > 0 ? [o.value] : []));
  const broken = { ...read[0]!, source: 'http://127.0.0.1:1/aa-broken.html', entries: read[0]!.entries.map((e) => ({ ...e, question: '' })) };
  return (JSON.parse(JSON.stringify([...read, broken])) as PageExtraction[]).sort((a, b) => a.source.localeCompare(b.source));
}

const items = (extractions: PageExtraction[]): ExtractionItem[] => extractions.map((extraction) => ({ kind: 'extraction', extraction }));

async function collect<T>(input: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of input) out.push(item);
  return out;
}

async function* fromArray<T>(input: T[]): AsyncIterable<T> {
  yield* input;
}

const publishNow = new Date(Date.UTC(2026, 11, 5, 6));

/** What publishing makes of the extractions validating every page itself (the step as it was), and its stages' counts. */
async function validatedAtPublish(input: ExtractionItem[]) {
  const step = new PerPageStep<ExtractionItem, unknown>('per_page', checkSpecs(DEFAULT_FLAG_OPTIONS), { threads: 1 });
  const out = await collect(step.run(fromArray(input)));
  return { out, parts: countsOf(step.parts()) };
}

const countsOf = (parts: Record<string, { seconds: number }>) => Object.fromEntries(Object.entries(parts).map(([name, { seconds: _, ...counts }]) => [name, counts]));
/** Rejects carry the time they were made: a run's output compared apart from it. */
const timeless = (out: unknown[]) => JSON.parse(JSON.stringify(out, (key, value: unknown) => (key === 'at' ? 'AT' : value))) as unknown;

describe('pages checked as the crawl read them', () => {
  it('publish as the same entries, rejects and counts as pages validated at publish time, whichever pages were checked', async () => {
    const extractions = storedExtractions();
    expect(extractions.length).toBeGreaterThan(10);
    const expected = await validatedAtPublish(items(extractions));
    expect(expected.out.some((item) => (item as { kind: string }).kind === 'reject')).toBe(true);

    // Every other page checked; one checked from an earlier fetch of the same URL (another extraction: not taken).
    const checked = new CheckedPages(DEFAULT_FLAG_OPTIONS);
    for (const [i, x] of extractions.entries()) if (i % 2 === 0) checked.add(await checkExtraction(x, DEFAULT_FLAG_OPTIONS));
    checked.add(await checkExtraction({ ...extractions[1]!, fetchedAt: '2026-01-01T00:00:00.000Z', entries: extractions[1]!.entries.slice(0, 1) }, DEFAULT_FLAG_OPTIONS));
    const input: ExtractionItem[] = [{ kind: 'reject', reject: { source: 'http://127.0.0.1:1/a.html', stage: 'fetch', reason: 'not_found', detail: '404', origin: null, position: null, status: 404, at: '2026-12-01T00:00:00.000Z' } }, ...items(extractions)];
    const before = await validatedAtPublish(input);

    for (const threads of [1, 2]) {
      const step = new CheckedPerPageStep(checked, DEFAULT_FLAG_OPTIONS, threads, { now: () => publishNow, threadsFrom: 2 });
      const out = await collect(step.run(fromArray(input)));
      expect(timeless(out)).toEqual(timeless(before.out));
      expect(countsOf(step.parts())).toEqual(before.parts);
      expect(step.stats).toEqual({ checked_while_crawling: Math.ceil(extractions.length / 2), validated_at_publish: Math.floor(extractions.length / 2) });
      // A reject of a checked page is stamped when publishing takes it, as when it validates the page itself.
      const checkedRejects = out.filter((item, i) => item.kind === 'reject' && i > 0).map((item) => (item as { reject: { source: string; at: string } }).reject);
      expect(checkedRejects.filter((r) => r.source.endsWith('aa-broken.html')).map((r) => r.at)).toContain(publishNow.toISOString());
    }
  });

  it("are found by what the store tells of a page, without unpacking its extraction", async () => {
    const [a] = storedExtractions();
    const checked = new CheckedPages(DEFAULT_FLAG_OPTIONS);
    checked.add(await checkExtraction(a!, DEFAULT_FLAG_OPTIONS));
    const unread: ExtractionItem = {
      kind: 'extraction',
      get extraction(): PageExtraction {
        throw new Error('unpacked');
      },
      stored: { source: a!.source, fetchedAt: a!.fetchedAt },
    };
    const step = new CheckedPerPageStep(checked, DEFAULT_FLAG_OPTIONS, 2);
    const out = await collect(step.run(fromArray([unread])));
    expect(timeless(out)).toEqual(timeless((await validatedAtPublish(items([a!]))).out));
    expect(step.stats.checked_while_crawling).toBe(1);
  });

  it('are not taken by a run that validates with other flags', () => {
    const checked = new CheckedPages(DEFAULT_FLAG_OPTIONS);
    expect(checked.matches({ ...DEFAULT_FLAG_OPTIONS })).toBe(true);
    expect(checked.matches({ ...DEFAULT_FLAG_OPTIONS, minAnswerChars: 40 })).toBe(false);
  });

  it('are held up to a budget; later pages are validated at publish time', async () => {
    const [a, b] = storedExtractions();
    const first = await checkExtraction(a!, DEFAULT_FLAG_OPTIONS);
    const size = first.items.reduce((n, item) => n + (item.kind === 'packed_entry' ? item.packed.json.length : 0), 0);
    const checked = new CheckedPages(DEFAULT_FLAG_OPTIONS, size);
    checked.add(first);
    checked.add(await checkExtraction(b!, DEFAULT_FLAG_OPTIONS));
    expect(checked.of(a!)).toBeDefined();
    expect(checked.of(b!)).toBeUndefined();
  });

  it('wait behind every page to read: a thread checks only when no page waits for it', async () => {
    const pages = fetchedPages();
    const now = new Date(Date.UTC(2026, 10, 30, 12));
    const extraction = extractPageSafely(pages[0]!, { now, profiles: [] });
    const pool = new ThreadPool<ReaderTask, unknown[]>({ threads: 1, script: new URL('../src/pipeline/page-reader-worker.ts', import.meta.url), workerData: { profiles: [], check: DEFAULT_FLAG_OPTIONS } });
    try {
      await pool.run([{ page: pages[0]!, now }]);
      const order: string[] = [];
      // The thread is busy with a batch; a check queued before a page to read is made after it.
      const busy = pool.run(pages.map((page) => ({ page, now }))).then(() => order.push('busy'));
      const check = pool.run([{ extraction: (extraction as { value: PageExtraction }).value }], { priority: -1 }).then(() => order.push('check'));
      const read = pool.run([{ page: pages[1]!, now }]).then(() => order.push('read'));
      await Promise.all([busy, check, read]);
      expect(order).toEqual(['busy', 'read', 'check']);
    } finally {
      await pool.close();
    }
  });

  it('are not piled up past a bound: a page read while too many checks wait goes unchecked', async () => {
    const pages = fetchedPages();
    const now = new Date(Date.UTC(2026, 10, 30, 12));
    const reader = crawlPageReader({ profiles: [], threads: 2, threadsFrom: 0, check: DEFAULT_FLAG_OPTIONS, maxWaitingChecks: 0 });
    while (reader.counts.threads === 0) {
      await reader.read(pages[0]!, now);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const before = reader.checked!.size;
    await Promise.all(pages.map((page) => reader.read(page, now)));
    await reader.close();
    expect(reader.checked!.size).toBe(before);
  });

  it("are checked on the crawl's reader threads as in the main thread, one check per page with entries", async () => {
    const pages = fetchedPages();
    const now = new Date(Date.UTC(2026, 10, 30, 12));
    const withEntries = pages.filter((page) => {
      const o = extractPageSafely(page, { now, profiles: [] });
      return o.ok && o.value.entries.length > 0;
    });
    const onThreads = crawlPageReader({ profiles: [], threads: 2, threadsFrom: 0, check: DEFAULT_FLAG_OPTIONS });
    const inMain = crawlPageReader({ profiles: [], threads: 1, check: DEFAULT_FLAG_OPTIONS });
    try {
      // The threads load first (pages read meanwhile in the main thread): read until they answer.
      while (onThreads.counts.threads === 0) {
        await onThreads.read(pages[0]!, now);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await Promise.all(pages.map((page) => onThreads.read(page, now)));
      for (const page of pages) await inMain.read(page, now);
      // The threads check once no page waits for them; closing the reader waits for every check.
      await onThreads.close();
      expect(onThreads.checked!.size).toBe(withEntries.length);
      expect(inMain.checked!.size).toBe(withEntries.length);
      for (const page of withEntries) {
        const o = extractPageSafely(page, { now, profiles: [] });
        const stored = JSON.parse(JSON.stringify(o.ok && o.value)) as PageExtraction;
        expect(timeless([onThreads.checked!.of(stored)])).toEqual(timeless([await checkExtraction(stored, DEFAULT_FLAG_OPTIONS)]));
        expect(timeless([inMain.checked!.of(stored)])).toEqual(timeless([onThreads.checked!.of(stored)]));
      }
      expect(crawlPageReader({ profiles: [], threads: 1 }).checked).toBeNull();
    } catch (err) {
      await onThreads.close();
      throw err;
    }
  });
});

describe('a crawl that checks its pages as it reads them', () => {
  it('publishes the dataset that publishing the same store validating every page gives, on threads and in the main thread', async () => {
    const work = mkdtempSync(join(tmpdir(), 'qa-harvest-checked-'));
    const site = await startTestSite({ questions: 90 });
    try {
      for (const threads of [2, 1]) {
        const out = join(work, `crawl-${threads}`);
        const parsed = CrawlOptionsSchema.parse({ start: [`${site.origin}/`], impolite: true });
        const settings = toSettings(parsed, { outDir: out, maxPageBytes: 200_000, given: new Set(['start', 'impolite']) });
        await runCrawl({ crawl: settings, outDir: out, log: silentLogger, threads });
        const crawled = readLatest(out);
        // The crawl's publishing took the checks of the pages it read: it validated none again.
        expect(crawled.manifest.stages.per_page.checked_while_crawling).toBe(crawled.manifest.stages.stored.pages);
        expect(crawled.manifest.stages.per_page.validated_at_publish).toBe(0);

        // The same store published again, every page validated at publish time (as a store from an older version is).
        const again = join(work, `again-${threads}`);
        const store = new SqliteFrontierStore(join(settings.stateDir, STATE_FILE));
        try {
          await publishStored(store, settings, {}, { outDir: again, threads, log: silentLogger });
        } finally {
          await store.close();
        }
        const republished = readLatest(again);
        // What the store tells of each page without unpacking it is its extraction's.
        const told = new SqliteFrontierStore(join(settings.stateDir, STATE_FILE));
        try {
          let pages = 0;
          for await (const r of told.results()) {
            if (!r.page) continue;
            pages++;
            expect(r.page).toEqual({ fetchedAt: r.extraction!.fetchedAt, entries: r.extraction!.entries.length });
          }
          expect(pages).toBeGreaterThan(50);
        } finally {
          await told.close();
        }
        expect(republished.manifest.stages.per_page.checked_while_crawling).toBeUndefined();
        expect(crawled.entries.length).toBeGreaterThan(50);
        expect(crawled.entries).toEqual(republished.entries);
        expect(crawled.superseded).toEqual(republished.superseded);
        expect(timeless(crawled.rejects)).toEqual(timeless(republished.rejects));
        expect(crawled.manifest.counts).toEqual(republished.manifest.counts);
        for (const stage of ['validate', 'pack']) {
          const { seconds: _a, ...a } = crawled.manifest.stages[stage];
          const { seconds: _b, ...b } = republished.manifest.stages[stage];
          expect(a).toEqual(b);
        }
      }
    } finally {
      await site.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
