import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startRedis, type RedisServer } from '../kit/measure/redis-server.js';
import { linkPage } from '../kit/pages/navigation.js';
import { startServer, type Reply } from '../kit/site/server.js';
import { questionPage, startTestSite } from '../kit/site/test-site.js';
import { crawlSite, readLatest } from './site/harness.js';

const work = mkdtempSync(join(tmpdir(), 'qa-harvest-crawl-findings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a reject follows its cause', () => {
  it('a start page rejected as too_large is asked for again once --max-page-bytes is raised', async () => {
    const site = await startTestSite({ questions: 3, faults: false, padBytes: 150_000 });
    try {
      const out = join(work, 'too-large');
      const start = { start: [`${site.origin}/ask/q0.html`], max_depth: 0, impolite: true };
      const small = await crawlSite(site, out, start, { maxPageBytes: 100_000, allowEmpty: true });
      expect(readLatest(out).rejects.find((r) => r.source.endsWith('/ask/q0.html'))).toMatchObject({ reason: 'too_large' });
      expect(small.entries).toBe(0);

      const larger = await crawlSite(site, out, start, { maxPageBytes: 1_000_000 });
      expect(site.log.filter((r) => r.path === '/ask/q0.html')).toHaveLength(2);
      expect(larger.entries).toBeGreaterThan(0);
      expect(readLatest(out).rejects.filter((r) => r.reason === 'too_large')).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('a start page is checked every run (--revisit-lists-after), a question page too', async () => {
    const site = await startTestSite({ questions: 3, faults: false });
    try {
      const out = join(work, 'start-page');
      const start = { start: [`${site.origin}/ask/q0.html`], max_depth: 0, impolite: true };
      await crawlSite(site, out, start);
      await crawlSite(site, out, start);
      expect(site.log.filter((r) => r.path === '/ask/q0.html').map((r) => r.status)).toEqual([200, 304]);
    } finally {
      await site.close();
    }
  });

  it('one the server caused follows the revisit rules: a 404 question page is not asked for again within --revisit-after', async () => {
    const site = await startTestSite({ questions: 3, faults: ['/ask/missing.html'] });
    try {
      const out = join(work, 'not-found');
      await crawlSite(site, out, { impolite: true, revisit_after: '1d' }, { allowEmpty: true });
      await crawlSite(site, out, { impolite: true, revisit_after: '1d' }, { allowEmpty: true, maxPageBytes: 300_000 });
      expect(site.log.filter((r) => r.path === '/ask/missing.html')).toHaveLength(1);
    } finally {
      await site.close();
    }
  });
});

describe.skipIf(!hasRedisServer())('a reject follows its cause on a shared frontier (Redis) too', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());

  // Question pages, not start pages: those are checked every run anyway (--revisit-lists-after 0).
  it('question pages rejected as too_large are asked for again once --max-page-bytes is raised, within --revisit-after', async () => {
    const site = await startTestSite({ questions: 3, faults: false, padBytes: 150_000 });
    try {
      const out = join(work, 'too-large-redis');
      const options = { max_depth: 1, impolite: true, revisit_after: '1d', frontier: redis.url, crawl_id: 'too-large' };
      await crawlSite(site, out, options, { maxPageBytes: 100_000, allowEmpty: true });
      const tooLarge = readLatest(out).rejects.filter((r) => r.reason === 'too_large').map((r) => new URL(r.source).pathname);
      expect(tooLarge.length).toBeGreaterThan(0);

      const larger = await crawlSite(site, out, options, { maxPageBytes: 1_000_000 });
      for (const path of tooLarge) expect(site.log.filter((r) => r.path === path), path).toHaveLength(2);
      expect(larger.entries).toBeGreaterThan(0);
      expect(readLatest(out).rejects.filter((r) => r.reason === 'too_large')).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe("a crawl's summary", () => {
  it('counts the time of the crawl, not only of publishing', async () => {
    const site = await startTestSite({ questions: 2, faults: ['/ask/slow.html'], slowMs: 1200 });
    try {
      const summary = await crawlSite(site, join(work, 'time'), { impolite: true, timeout: '5s' });
      expect(summary.crawl.seconds).toBeGreaterThan(1.2);
      expect(summary.seconds).toBeGreaterThanOrEqual(summary.crawl.seconds);
    } finally {
      await site.close();
    }
  });
});

describe('robots.txt that redirects to another host', () => {
  it('is followed there (RFC 9309), and it is the only request that host gets: no page is asked for there', async () => {
    const server = await startServer((origin) => {
      const other = origin.replace('127.0.0.1', 'localhost');
      return (path): Reply => {
        if (path === '/robots.txt') return { status: 301, headers: { location: `${other}/rules.txt` } };
        if (path === '/rules.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: `User-agent: *\nDisallow: /private/\nSitemap: ${other}/sitemap.xml\n` };
        if (path === '/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: linkPage('首页', [['/ask/a.html', 'a'], ['/private/b.html', 'b'], [`${other}/ask/c.html`, 'c']]) };
        if (path.startsWith('/ask/')) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: questionPage(path.slice(5, -5), []) };
        return { status: 404, body: 'no' };
      };
    });
    try {
      const out = join(work, 'robots-redirect');
      await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0 });
      const elsewhere = server.log.filter((r) => r.host.startsWith('localhost'));
      expect(elsewhere.map((r) => r.path)).toEqual(['/rules.txt']);
      expect(server.log.filter((r) => r.path.startsWith('/private/'))).toEqual([]);
      const robots = readLatest(out).manifest.stages.crawl.robots[server.origin];
      expect(robots).toMatchObject({ unavailable: null, source: `${server.origin}/robots.txt → ${server.origin.replace('127.0.0.1', 'localhost')}/rules.txt` });
      expect(readLatest(out).entries.some((e) => e.source.endsWith('/ask/a.html'))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
