import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAMILIES, generatePage } from '../bench/genre/families.js';
import { startServer, type KitServer } from '../kit/site/server.js';
import { silentLogger } from '../src/core/log.js';
import { CrawlOptionsSchema, toSettings } from '../src/crawl/options.js';
import type { LearnedProfileNote } from '../src/pipeline/host-learning.js';
import { crawlPageReader } from '../src/pipeline/page-reader.js';
import { runCrawl } from '../src/pipeline/run-crawl.js';
import type { PageRecord } from '../src/schema/records.js';
import { readLatest } from './site/harness.js';

/** Issue #9, item 2, for crawls: a host no profile knows gets a profile learned after its first pages, and the pages fetched after them are read with it. */

const work = mkdtempSync(join(tmpdir(), 'qa-harvest-crawl-learning-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FAMILY = 'block-card';
const pagesOf = (count: number) => {
  const family = FAMILIES.find((f) => f.name === FAMILY)!;
  return Array.from({ length: count }, (_, i) => generatePage(family, 7, i));
};

/** A site of `count` question pages in one layout no profile knows, listed on its home page. */
async function unknownSite(count: number): Promise<KitServer> {
  const pages = pagesOf(count);
  const html = { 'content-type': 'text/html; charset=utf-8' };
  return startServer(() => (path) => {
    if (path === '/') return { status: 200, headers: html, body: `<html><body><h1>问答</h1><ul>${pages.map((_, i) => `<li><a href="/q/${i}.html">问题 ${i}</a></li>`).join('')}</ul></body></html>`, fault: true };
    const m = /^\/q\/(\d+)\.html$/.exec(path);
    const page = m ? pages[Number(m[1])] : undefined;
    if (page) return { status: 200, headers: { 'content-type': 'text/html' }, body: page.body };
    return { status: 404, headers: html, body: '<html><body>404</body></html>', fault: true };
  });
}

async function crawlOf(site: KitServer, name: string, learnAfter?: number) {
  const out = join(work, name);
  const options = { rate: 200, concurrency: 1 };
  const settings = toSettings(CrawlOptionsSchema.parse({ start: [`${site.origin}/`], ...options }), { outDir: out, maxPageBytes: 2_000_000, given: new Set(Object.keys(options)) });
  await runCrawl({ crawl: settings, outDir: out, log: silentLogger, threads: 1, ...(learnAfter === undefined ? {} : { learnAfter }) });
  return { out, data: readLatest(out) };
}

describe('profiles learned within a crawl', () => {
  it('learns a profile for an unknown host after 10 pages with an answer, reads the pages fetched after them by it, and says so in the manifest and report', async () => {
    const site = await unknownSite(25);
    try {
      const { out, data } = await crawlOf(site, 'learning');
      const notes = data.manifest.stages.crawl.learned_profiles as LearnedProfileNote[];
      expect(data.manifest.stages.crawl.learn_after).toBe(10);
      expect(notes).toHaveLength(1);
      const [note] = notes;
      expect(note).toMatchObject({ host: '127.0.0.1', pages_read: 10 });
      expect(note!.profile).not.toBeNull();
      expect(note!.learned_from).toHaveLength(10);
      expect(note!.agreement.question).toBe(1);
      const own = data.entries.filter((e) => e.origin === 'page');
      expect(own).toHaveLength(25);
      // The sample keeps the genre reader's reading; the 15 pages fetched after it are read by the profile.
      const byProfile = own.filter((e) => e.extractor === `${note!.profile}/learned`);
      expect(byProfile).toHaveLength(15);
      expect(note!.pages_read_by_it).toBe(15);
      expect(own.filter((e) => e.extractor === 'generic-html').map((e) => e.source).sort()).toEqual([...note!.learned_from].sort());
      expect(byProfile.every((e) => e.read_by === 'learned_profile')).toBe(true);
      const report = readFileSync(join(out, 'latest', 'report.md'), 'utf8');
      expect(report).toContain('Profiles learned in this run');
      expect(report).toContain('127.0.0.1');
    } finally {
      await site.close();
    }
  });

  it('reads every page as the genre reader does with --learn-after 0, and a learned profile reads the same fields', async () => {
    const site = await unknownSite(25);
    try {
      const off = (await crawlOf(site, 'off', 0)).data;
      expect(off.manifest.stages.crawl.learned_profiles).toEqual([]);
      expect(off.entries.filter((e) => e.origin === 'page').every((e) => e.extractor === 'generic-html')).toBe(true);
      const on = (await crawlOf(site, 'on')).data;
      const fields = (d: typeof on) =>
        new Map(d.entries.filter((e) => e.origin === 'page').map((e) => [e.url, { question: e.question, answer: e.answer_paragraphs, doctor: e.doctor, date: e.date, format: e.format, flags: e.flags }]));
      expect(fields(on)).toEqual(fields(off));
    } finally {
      await site.close();
    }
  });
});

describe("a crawl's page reader, learning", () => {
  it('sends a profile learned in the main thread to the reading threads with their next page', async () => {
    const pages: PageRecord[] = pagesOf(6).map((p, i) => {
      const url = `http://127.0.0.1:1/q/${i}.html`;
      return { url, finalUrl: url, status: 200, headers: { 'content-type': 'text/html' }, body: p.body, fetchedAt: new Date(0) };
    });
    const reader = crawlPageReader({ profiles: [], threads: 2, threadsFrom: 0, learn: { learnAfter: 3, learnedAt: '2026-12-07T00:00:00.000Z' } });
    try {
      // The threads load first (an empty page, a reject, teaches nothing), so that the pages below are read on them.
      const empty: PageRecord = { url: 'http://127.0.0.1:1/empty', finalUrl: 'http://127.0.0.1:1/empty', status: 200, headers: {}, body: Buffer.alloc(0), fetchedAt: new Date(0) };
      for (const until = Date.now() + 60_000; reader.counts.threads === 0 && Date.now() < until; ) {
        await reader.read(empty, new Date(0));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const before = reader.counts.threads;
      const read: string[] = [];
      // One at a time, as a crawl with one fetch in flight hands them over.
      for (const page of pages) {
        const outcome = await reader.read(page, new Date(0));
        read.push(outcome.ok ? outcome.value.extractor : 'reject');
      }
      const [note] = reader.learnedProfiles;
      expect(note?.profile).toBeTruthy();
      expect(read).toEqual(['generic-html', 'generic-html', 'generic-html', ...Array(3).fill(`${note!.profile}/learned`)]);
      expect(reader.counts.threads).toBe(before + pages.length);
      expect(note!.pages_read_by_it).toBe(3);
    } finally {
      await reader.close();
    }
  });
});
