import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrawlRunSummary } from '../src/pipeline/run-crawl.js';
import { busiestWindow, type LoggedRequest } from '../kit/site/request-log.js';
import { linkPage } from '../kit/pages/navigation.js';
import { startServer, type Reply } from '../kit/site/server.js';
import { questionPage, startTestSite, type TestSite } from '../kit/site/test-site.js';
import { crawlSite, readLatest } from './site/harness.js';

/**
 * A refusal costs only what it must: on a site where 4 % of pages answer their first request
 * with 503 or 429 and Retry-After: 1, the refused URL waits its second, and the rest of the
 * crawl goes on: without pauses at all with politeness off, at the asked pace between the
 * pauses a 429 asks for with politeness on. Everything is read from the server's request log.
 */
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-refusals-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RETRY_AFTER_S = 1;
const REFUSE_SHARE = 0.04;
const refused = (r: LoggedRequest) => r.status === 429 || r.status === 503;

/** For every refused request, the next request for the same URL. */
function retriesOf(log: readonly LoggedRequest[]): Array<{ refusal: LoggedRequest; retry: LoggedRequest | undefined }> {
  return log.flatMap((r, i) => (refused(r) ? [{ refusal: r, retry: log.slice(i + 1).find((x) => x.path === r.path) }] : []));
}

/** The log up to the last request for a URL never asked before: later, only retries wait for their Retry-After. */
function whileNewUrlsRemain(log: readonly LoggedRequest[]): LoggedRequest[] {
  const seen = new Set<string>();
  let last = 0;
  log.forEach((r, i) => {
    if (!seen.has(r.path)) last = i;
    seen.add(r.path);
  });
  return log.slice(0, last + 1);
}

const gapsOf = (log: readonly LoggedRequest[]) => log.slice(1).map((r, i) => ({ ms: r.at - log[i]!.at, after: log[i]! }));

describe('with politeness off, a refusal holds back only the URL it answers', () => {
  let site: TestSite;
  let summary: CrawlRunSummary;

  beforeAll(async () => {
    site = await startTestSite({ questions: 300, flaky: { share: REFUSE_SHARE, retryAfterS: RETRY_AFTER_S } });
    summary = await crawlSite(site, join(work, 'impolite'), { impolite: true, concurrency: 16, timeout: '5s' });
  });
  afterAll(() => site.close());

  it('asks a refused URL again, no sooner than its Retry-After', () => {
    const retries = retriesOf(site.log);
    expect(retries.length).toBeGreaterThan(8);
    for (const { refusal, retry } of retries) {
      expect(retry, refusal.path).toBeDefined();
      expect(retry!.at - refusal.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 2);
    }
  });

  it('never stops the crawl for a Retry-After while other URLs wait', () => {
    // Before the fix every refusal left a second of silence; now requests keep coming.
    const silences = gapsOf(whileNewUrlsRemain(site.log)).filter((g) => g.ms > 600);
    expect(silences.map((g) => `${Math.round(g.ms)} ms after ${g.after.path} (${g.after.status})`)).toEqual([]);
  });

  it('says per host that nothing was paused, and how many refusals there were', () => {
    const host = summary.crawl.hosts[site.host]!;
    expect(host).toMatchObject({ pauses: 0, paused_s: 0, rate_asked_per_s: null, refusals: site.log.filter(refused).length });
    expect(host.rate_achieved_per_s).toBeGreaterThan(0);
  });
});

describe('with politeness on, the pace holds --rate between the pauses the server asks for', () => {
  const RATE = 20;
  let site: TestSite;
  let summary: CrawlRunSummary;
  let log: LoggedRequest[];

  beforeAll(async () => {
    site = await startTestSite({ questions: 120, faults: false, sitemapAll: true, flaky: { share: REFUSE_SHARE, retryAfterS: RETRY_AFTER_S } });
    summary = await crawlSite(site, join(work, 'polite'), { rate: RATE, concurrency: 8 });
    log = site.log;
  });
  afterAll(() => site.close());

  it('asks a refused URL again, no sooner than its Retry-After', () => {
    const retries = retriesOf(log);
    expect(retries.length).toBeGreaterThan(3);
    for (const { refusal, retry } of retries) expect(retry!.at - refusal.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 2);
  });

  it('pauses the whole host for the Retry-After of a 429, and not for a lone 503', () => {
    // The refused pages lie apart in the crawl order: no cluster of refusals to pause for.
    const counts = log.map((_, i) => log.slice(Math.max(0, i - 19), i + 1).filter(refused).length);
    expect(Math.max(...counts)).toBeLessThan(5);
    const throttled = log.filter((r) => r.status === 429);
    const busy = log.filter((r) => r.status === 503);
    expect(throttled.length).toBeGreaterThan(0);
    expect(busy.length).toBeGreaterThan(0);
    const end = whileNewUrlsRemain(log).at(-1)!.at;
    for (const r of throttled) {
      // A request already on its way may arrive just after; nothing new is sent during the pause…
      expect(log.filter((x) => x.at > r.at + 60 && x.at < r.at + RETRY_AFTER_S * 1000 - 25)).toEqual([]);
      // …and the crawl goes on as soon as it is over.
      if (r.at + RETRY_AFTER_S * 1000 < end) expect(log.find((x) => x.at > r.at + 60)!.at - r.at).toBeLessThan(RETRY_AFTER_S * 1000 + 300);
    }
    // A 503 away from any 429, with new URLs still to ask for a second later: the crawl goes on meanwhile.
    const lone = busy.filter((r) => r.at + RETRY_AFTER_S * 1000 < end && !throttled.some((t) => Math.abs(t.at - r.at) < RETRY_AFTER_S * 1000 + 100));
    for (const r of lone) {
      const during = log.filter((x) => x.at > r.at && x.at < r.at + RETRY_AFTER_S * 1000);
      expect(during.length, `${r.path} at ${Math.round(r.at)}`).toBeGreaterThanOrEqual(RATE / 2);
    }
    // A 429 answering a request sent before the pause only lengthens it.
    const host = summary.crawl.hosts[site.host]!;
    expect(host.pause_reasons).toEqual({ rate_limited: expect.any(Number), refusals_cluster: 0, retry: 0 });
    expect(host.pause_reasons.rate_limited).toBeGreaterThanOrEqual(1);
    expect(host.pause_reasons.rate_limited).toBeLessThanOrEqual(throttled.length);
    expect(host.paused_s).toBeGreaterThanOrEqual(host.pause_reasons.rate_limited * RETRY_AFTER_S * 0.99);
  });

  it('achieves at least 90 % of --rate over the time not paused by a Retry-After', () => {
    // From the first page (robots.txt is read before anything else, while the crawl sets up) to
    // the last new URL, leaving out the gaps between requests that a 429's Retry-After falls in.
    const busy = whileNewUrlsRemain(log).filter((r) => r.path !== '/robots.txt');
    const pauses = log.filter((r) => r.status === 429).map((r) => [r.at, r.at + RETRY_AFTER_S * 1000] as const);
    const kept = gapsOf(busy).filter((g) => !pauses.some(([from, to]) => g.after.at < to && g.after.at + g.ms > from));
    const rate = (kept.length * 1000) / kept.reduce((sum, g) => sum + g.ms, 0);
    expect(kept.length).toBeGreaterThan(busy.length * 0.9);
    expect(rate).toBeGreaterThanOrEqual(RATE * 0.9);
    // …and never more than asked.
    expect(busiestWindow(log)).toBeLessThanOrEqual(RATE);
    const host = summary.crawl.hosts[site.host]!;
    expect(host.rate_asked_per_s).toBe(RATE);
    expect(host.rate_achieved_per_s).toBeLessThanOrEqual(RATE * 1.02);
  });
});

describe('a Retry-After of an hour or a day', () => {
  const HTML = { 'content-type': 'text/html; charset=utf-8' };
  /** `/` links to a.html, b.html, day.html (503, Retry-After a day, once) and hour.html (429, Retry-After an hour, once). */
  const site = (robots: (hit: number) => Reply) =>
    startServer(() => (path, hit): Reply => {
      if (path === '/robots.txt') return robots(hit);
      if (path === '/') return { status: 200, headers: HTML, body: linkPage('首页', ['a', 'b', 'day', 'hour'].map((id) => [`/ask/${id}.html`, id])) };
      if (path === '/ask/day.html' && hit === 0) return { status: 503, headers: { 'retry-after': '86400' }, body: 'busy', fault: true };
      if (path === '/ask/hour.html' && hit === 0) return { status: 429, headers: { 'retry-after': '3600' }, body: 'slow down', fault: true };
      if (/^\/ask\/\w+\.html$/.test(path)) return { status: 200, headers: HTML, body: questionPage(path.slice(5, -5), []) };
      return { status: 404, body: 'no', fault: true };
    });

  it('holds neither the URL nor its host longer than --max-wait: the URL is a reject that says so, the rest is crawled', async () => {
    const server = await site(() => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\n' }));
    try {
      const out = join(work, 'retry-after-day');
      const started = performance.now();
      const summary = await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, max_wait: '1s', timeout: '5s' });
      // Before: the host paused for an hour (the 429), the URL waited a day (the 503), and the crawl with them.
      expect(performance.now() - started).toBeLessThan(15_000);
      const { entries, rejects } = readLatest(out);
      expect(entries.map((e) => new URL(e.source).pathname).toSorted()).toEqual(['/ask/a.html', '/ask/b.html']);
      const day = rejects.find((r) => r.source.endsWith('/ask/day.html'));
      const hour = rejects.find((r) => r.source.endsWith('/ask/hour.html'));
      expect(day).toMatchObject({ stage: 'fetch', reason: 'unavailable', status: 503 });
      expect(day!.detail).toMatch(/86400 s is longer than --max-wait \(1 s\)/);
      expect(hour).toMatchObject({ stage: 'fetch', reason: 'rate_limited', status: 429 });
      expect(hour!.detail).toMatch(/3600 s is longer than --max-wait/);
      // Each asked once in this run: the next run asks again.
      expect(server.log.filter((r) => r.path === '/ask/day.html' || r.path === '/ask/hour.html')).toHaveLength(2);
      const host = summary.crawl.hosts[server.host]!;
      expect(host.pause_reasons.rate_limited).toBe(1);
      expect(host.paused_s).toBeLessThanOrEqual(1.1);
    } finally {
      await server.close();
    }
  });

  it('on robots.txt is not waited out either: the host is unavailable for this run, at once', async () => {
    const server = await site(() => ({ status: 503, headers: { 'retry-after': '86400' }, body: 'busy', fault: true }));
    try {
      const out = join(work, 'robots-retry-after-day');
      const started = performance.now();
      await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, max_wait: '1s', timeout: '5s' }, { allowEmpty: true });
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(server.log.map((r) => r.path)).toEqual(['/robots.txt']);
      const { manifest, rejects } = readLatest(out);
      expect(rejects.find((r) => r.source === `${server.origin}/`)).toMatchObject({ reason: 'robots_unavailable' });
      expect(manifest.stages.crawl.robots[server.origin].unavailable).toMatch(/Retry-After 86400 s, longer than --max-wait/);
    } finally {
      await server.close();
    }
  });
});
