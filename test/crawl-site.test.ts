import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteFrontierStore } from '../src/crawl/sqlite-frontier-store.js';
import type { CrawlRunSummary } from '../src/pipeline/run-crawl.js';
import { busiestWindow, pageRequests, type LoggedRequest } from '../kit/site/request-log.js';
import { startTestSite, type TestSite } from '../kit/site/test-site.js';
import { countBy, crawlSite, expectedEntryIds, readLatest, type Dataset } from './site/harness.js';

const work = mkdtempSync(join(tmpdir(), 'qa-harvest-crawl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('crawling a site with faults (robots.txt, 50 requests a second, two in flight)', () => {
  let site: TestSite;
  let out: string;
  let summary: CrawlRunSummary;
  let data: Dataset;
  let log: LoggedRequest[];
  const RETRY_AFTER_S = 1;

  beforeAll(async () => {
    site = await startTestSite({ questions: 12, retryAfter: RETRY_AFTER_S, slowMs: 1500 });
    out = join(work, 'faults');
    // No adaptive slowdown here, to keep the test short; the pace is what is checked.
    summary = await crawlSite(site, out, { rate: 50, concurrency: 4, host_concurrency: 2, timeout: '400ms', retries: 1, adaptive: false });
    data = readLatest(out);
    log = site.log;
  });
  afterAll(() => site.close());

  it('reads robots.txt before anything else and never asks for a disallowed path', () => {
    expect(log[0]!.path).toBe('/robots.txt');
    expect(log.filter((r) => r.path.startsWith('/private/'))).toEqual([]);
    expect(data.rejects.find((r) => r.source.endsWith('/private/notes.html'))).toMatchObject({ reason: 'disallowed_by_robots', stage: 'fetch' });
  });

  it('never sends more requests a second than configured', () => {
    expect(busiestWindow(log)).toBeLessThanOrEqual(50);
  });

  it('asks for each URL once, however it is linked, except to retry', () => {
    const retried = new Set(['/ask/busy.html', '/ask/throttled.html', '/ask/broken.html', '/ask/slow.html']);
    const twice = [...countBy(log, (r) => r.path)].filter(([path, n]) => n > 1 && !retried.has(path));
    expect(twice).toEqual([]);
    for (const path of retried) expect(log.filter((r) => r.path === path)).toHaveLength(2);
    // Linked with a fragment, with tracking parameters, from the sitemap and through a 301: one request.
    expect(log.filter((r) => r.path.startsWith('/ask/749259.html'))).toHaveLength(1);
    expect(log.filter((r) => r.path.startsWith('/dise/asklist/937_1.html'))).toHaveLength(1);
  });

  it('stays on its host and leaves images alone', () => {
    expect(log.every((r) => r.host === site.host)).toBe(true);
    expect(log.filter((r) => r.path === '/img/banner.jpg')).toEqual([]);
  });

  it('asks a refused URL again no sooner than its Retry-After; a 429 pauses the whole host for it', () => {
    for (const path of ['/ask/busy.html', '/ask/throttled.html']) {
      const [refused, retry] = log.filter((r) => r.path === path);
      expect(refused!.status).toBe(path === '/ask/busy.html' ? 503 : 429);
      expect(retry!.at - refused!.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 2);
    }
    // A request already on its way may arrive just after; nothing new is sent during the pause.
    const throttled = log.find((r) => r.path === '/ask/throttled.html')!;
    const during = log.filter((r) => r.at > throttled.at + 60 && r.at < throttled.at + RETRY_AFTER_S * 1000 - 25);
    expect(during).toEqual([]);
  });

  it('publishes every entry of every reachable page, with GBK text intact', () => {
    const published = new Set([...data.entries.map((e) => e.id), ...data.superseded.map((s) => s.id)]);
    const expected = expectedEntryIds(site);
    expect(expected.size).toBeGreaterThan(60);
    expect([...expected].filter((id) => !published.has(id))).toEqual([]);
    expect([...published].filter((id) => !expected.has(id))).toEqual([]);

    const gbk = data.entries.find((e) => e.source.endsWith('/wenda/10086.html') && e.origin === 'page');
    expect(gbk).toMatchObject({ encoding: 'gb18030', question: '宝宝发烧38.5℃需要吃退烧药吗？' });
    expect(data.entries.some((e) => e.question === '宝宝发烧😷能洗澡吗？')).toBe(true);
    expect(data.entries.some((e) => e.answer.includes('𠮷主任建议'))).toBe(true);
    expect(data.entries.filter((e) => e.flags.includes('decoding_damage') || e.answer.includes('\uFFFD'))).toEqual([]);
    // The page only the sitemap knows.
    expect(data.entries.some((e) => e.source.endsWith('/ask/sitemap-only.html'))).toBe(true);
  });

  it('puts each fault in the rejects file with its reason and status, and carries on', () => {
    const reasonOf = (path: string) => {
      const r = data.rejects.find((x) => x.source === `${site.origin}${path}`);
      return r && { reason: r.reason, status: r.status, stage: r.stage };
    };
    expect(reasonOf('/ask/missing.html')).toEqual({ reason: 'not_found', status: 404, stage: 'fetch' });
    expect(reasonOf('/ask/broken.html')).toEqual({ reason: 'server_error', status: 500, stage: 'fetch' });
    expect(reasonOf('/ask/slow.html')).toEqual({ reason: 'timeout', status: null, stage: 'fetch' });
    expect(reasonOf('/ask/huge.html')).toEqual({ reason: 'too_large', status: 200, stage: 'fetch' });
    expect(reasonOf('/ask/empty.html')).toEqual({ reason: 'empty_body', status: 200, stage: 'fetch' });
    expect(reasonOf('/ask/binary.html')).toEqual({ reason: 'not_text', status: 200, stage: 'decode' });
    expect(reasonOf('/files/chart')).toEqual({ reason: 'not_a_page', status: 200, stage: 'fetch' });
    expect(reasonOf('/img/banner.jpg')).toEqual({ reason: 'not_a_page', status: null, stage: 'fetch' });
    expect(reasonOf('/loop/a.html')).toEqual({ reason: 'redirect_loop', status: 302, stage: 'fetch' });
    expect(reasonOf('/ask/moved-away.html')).toEqual({ reason: 'redirect_out_of_scope', status: 301, stage: 'fetch' });
    expect(data.rejects.find((x) => x.source.endsWith('/ask/broken.html'))!.detail).toMatch(/gave up after 2 attempts/);
    // The 503 and the 429 were retried and read.
    expect(data.entries.some((e) => e.source.endsWith('/ask/busy.html'))).toBe(true);
    expect(data.entries.some((e) => e.source.endsWith('/ask/throttled.html'))).toBe(true);
    expect(summary.crawl.complete).toBe(true);
  });

  it('records canonical URLs and redirect targets beside the requested URL', async () => {
    const own = data.entries.find((e) => e.source === `${site.origin}/ask/749259.html` && e.origin === 'page');
    expect(own!.url).toBe('https://www.youlai.cn/ask/749259.html');
    expect(data.entries.filter((e) => e.source.includes('old-749259'))).toEqual([]);
    const store = new SqliteFrontierStore(join(out, '.state', 'crawl.sqlite'));
    expect(await store.redirectOf(`${site.origin}/ask/old-749259.html`)).toEqual({ result: 'redirect', redirectTo: `${site.origin}/ask/749259.html` });
    await store.close();
  });

  it('follows a <meta> refresh of a page with nothing of its own, and keeps a question page that also refreshes', async () => {
    const store = new SqliteFrontierStore(join(out, '.state', 'crawl.sqlite'));
    expect(await store.redirectOf(`${site.origin}/ask/meta-moved.html`)).toEqual({ result: 'redirect', redirectTo: `${site.origin}/ask/meta-target.html` });
    await store.close();
    // Only the refresh leads there; the one inside a comment is not followed.
    expect(data.entries.some((e) => e.source === `${site.origin}/ask/meta-target.html` && e.origin === 'page')).toBe(true);
    expect(data.rejects.filter((r) => r.source.endsWith('/ask/meta-moved.html'))).toEqual([]);
    expect(log.filter((r) => r.path === '/ask/missing.html')).toHaveLength(1);
    expect(data.entries.some((e) => e.source === `${site.origin}/ask/refreshing.html` && e.origin === 'page')).toBe(true);
  });

  it('says in the manifest what the crawl did', () => {
    const crawl = data.manifest.stages.crawl;
    expect(crawl).toMatchObject({ pass: 1, pass_complete: true, retries: 4, sitemaps_read: 1 });
    expect(crawl.robots[site.origin]).toMatchObject({ sitemaps: 1, unavailable: null });
    expect(data.manifest.run.source).toBe('crawl');
  });
});

describe('pacing', () => {
  it('holds the per-host rate, evenly spaced', async () => {
    const site = await startTestSite({ questions: 3, faults: false });
    try {
      await crawlSite(site, join(work, 'rate'), { rate: 10, concurrency: 8, host_concurrency: 4, max_pages: 14 });
      expect(site.log.length).toBeGreaterThanOrEqual(14);
      expect(busiestWindow(site.log)).toBeLessThanOrEqual(10);
      const gaps = site.log.slice(1).map((r, i) => r.at - site.log[i]!.at);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100 - 25);
    } finally {
      await site.close();
    }
  });

  it('obeys Crawl-delay when it asks for more than the rate', async () => {
    const site = await startTestSite({ questions: 3, faults: false, crawlDelay: 0.25 });
    try {
      await crawlSite(site, join(work, 'crawl-delay'), { rate: 100, concurrency: 4, max_pages: 6 });
      const gaps = site.log.slice(1).map((r, i) => r.at - site.log[i]!.at);
      // robots.txt itself comes before the delay is known; every later start waits for it.
      expect(Math.min(...gaps.slice(1))).toBeGreaterThanOrEqual(250 - 25);
    } finally {
      await site.close();
    }
  });

  it('pauses and slows down when refusals cluster, and recovers as soon as answers are good', async () => {
    // Half the pages refuse their first request with 503 and Retry-After 0.3; one page is slower than the timeout.
    const site = await startTestSite({ questions: 12, faults: ['/ask/slow.html'], slowMs: 400, flaky: { share: 0.5, statuses: [503], retryAfterS: 0.3 } });
    try {
      const summary = await crawlSite(site, join(work, 'adaptive'), { rate: 100, concurrency: 4, timeout: '200ms', retries: 2 });
      const host = summary.crawl.hosts[site.host]!;
      // A 503 alone pauses nothing; several among the latest responses pause the host and widen the gap.
      expect(host.pause_reasons.rate_limited).toBe(0);
      expect(host.pause_reasons.refusals_cluster).toBeGreaterThanOrEqual(1);
      expect(host.slowdowns).toBeGreaterThanOrEqual(1);
      // The pause is the server's Retry-After, far above 10 ms; later answers bring the gap back down.
      const gaps = site.log.slice(1).map((r, i) => r.at - site.log[i]!.at);
      // The retries of the page slower than the timeout wait out a backoff of their own (0.5–2 s, with
      // jitter), often at the very end: that wait is not a pause of the host.
      const paced = gaps.map((g, i) => (site.log[i + 1]!.path === '/ask/slow.html' ? 0 : g));
      const widest = paced.indexOf(Math.max(...paced));
      expect(gaps[widest]).toBeGreaterThan(300 - 25);
      expect(gaps.slice(widest + 1).filter((g) => g < 50).length).toBeGreaterThanOrEqual(3);
    } finally {
      await site.close();
    }
  });
});

describe('scope and limits', () => {
  it('follows links up to --max-depth, pagination not counting as a step', async () => {
    const site = await startTestSite({ questions: 12, faults: false, perList: 3 });
    try {
      await crawlSite(site, join(work, 'depth'), { rate: 0, max_depth: 1, sitemaps: false });
      const asked = new Set(site.log.map((r) => r.path));
      // Home (0) → list page 1 (1) → list pages 2… by 下一页 (still 1) → their questions (2): not fetched.
      for (let n = 1; n <= 6; n++) expect(asked.has(`/dise/asklist/937_${n}.html`)).toBe(true);
      expect(asked.has('/ask/749259.html')).toBe(true);
      expect([...asked].filter((p) => /^\/ask\/q\d+\.html$/.test(p))).toEqual([]);
      expect(asked.has('/ask/0A0A0Aplac1.html')).toBe(false);
    } finally {
      await site.close();
    }
  });

  it('fetches nothing else from a host whose robots.txt cannot be read, and says so', async () => {
    const site = await startTestSite({ questions: 2, faults: false, robotsStatus: 503, retryAfter: 0 });
    try {
      const dir = join(work, 'robots-down');
      // Nothing can be fetched, so the snapshot is empty: published here only to read its rejects.
      const summary = await crawlSite(site, dir, { rate: 0, retries: 1 }, { allowEmpty: true });
      expect(new Set(site.log.map((r) => r.path))).toEqual(new Set(['/robots.txt']));
      expect(summary.crawl.robots[site.origin]!.unavailable).toMatch(/HTTP 503/);
      expect(readLatest(dir).rejects.find((r) => r.source === `${site.origin}/`)).toMatchObject({ reason: 'robots_unavailable', stage: 'fetch' });
    } finally {
      await site.close();
    }
  });
});

describe('a later run', () => {
  let site: TestSite;
  const out = join(work, 'incremental');

  beforeAll(async () => {
    site = await startTestSite({ questions: 8, faults: false });
    await crawlSite(site, out, { rate: 0, concurrency: 4 });
  });
  afterAll(() => site.close());

  it('revisits known pages with conditional requests and keeps what did not change', async () => {
    const before = readLatest(out);
    const start = site.log.length;
    // One page changed, one list page gained a link to a new page.
    site.override('/ask/q1.html', (await import('../kit/site/test-site.js')).questionPage('q1-changed', ['q2']).replace('/ask/q1-changed.html', '/ask/q1.html'));
    const list = (await import('../kit/pages/navigation.js')).listPage('937', 1, 3, ['/ask/749259.html', '/ask/fresh-1.html']);
    site.override('/dise/asklist/937_1.html', list);

    const summary = await crawlSite(site, out, { rate: 0, concurrency: 4, revisit_after: 0 });
    const second = site.log.slice(start);
    const known = second.filter((r) => r.path !== '/robots.txt' && r.path !== '/ask/fresh-1.html');
    expect(known.every((r) => r.ifNoneMatch !== null)).toBe(true);
    expect(second.filter((r) => r.status === 304).length).toBeGreaterThan(20);
    expect(summary.crawl.pass).toMatchObject({ pass: 2, resumed: false });
    expect(summary.crawl.stats.pages_new_or_changed).toBe(3);

    const after = readLatest(out);
    expect(after.entries.some((e) => e.source.endsWith('/ask/fresh-1.html'))).toBe(true);
    expect(after.entries.some((e) => e.question.includes('(q1-changed)'))).toBe(true);
    expect(after.entries.some((e) => e.question.includes('(q1)') && e.origin === 'page')).toBe(false);
    // Unchanged pages keep their entries as they were, fetch time included.
    const unchanged = before.entries.find((e) => e.source.endsWith('/ask/0A0A0Aplac3.html') && e.origin === 'page')!;
    expect(after.entries.find((e) => e.id === unchanged.id)).toEqual(unchanged);
  });

  it('does not ask again for question pages checked recently, only for lists', async () => {
    const start = site.log.length;
    const summary = await crawlSite(site, out, { rate: 0, concurrency: 4 });
    const asked = pageRequests(site.log.slice(start)).map((r) => r.path);
    expect(asked).toContain('/');
    expect(asked).toContain('/dise/asklist/937_1.html');
    expect(asked.filter((p) => /^\/ask\/\w+\.html$/.test(p))).toEqual([]);
    expect(summary.crawl.stats.reused_without_request).toBeGreaterThan(20);
    expect(readLatest(out).entries.length).toBeGreaterThan(0);
  });

  it('reuses the stored extraction when a server without validators sends the same bytes', async () => {
    const plain = await startTestSite({ questions: 4, faults: false, validators: false });
    try {
      const dir = join(work, 'no-validators');
      await crawlSite(plain, dir, { rate: 0, concurrency: 4 });
      const first = readLatest(dir);
      const summary = await crawlSite(plain, dir, { rate: 0, concurrency: 4, revisit_after: 0 });
      expect(summary.crawl.stats.not_modified).toBe(0);
      expect(summary.crawl.stats.pages_new_or_changed).toBe(0);
      expect(summary.crawl.stats.unchanged_body).toBeGreaterThan(10);
      expect(readLatest(dir).entries).toEqual(first.entries);
    } finally {
      await plain.close();
    }
  });
});
