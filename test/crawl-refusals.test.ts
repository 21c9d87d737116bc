import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrawlRunSummary } from '../src/pipeline/run-crawl.js';
import { busiestWindow, type LoggedRequest } from '../kit/site/request-log.js';
import { startTestSite, type TestSite } from '../kit/site/test-site.js';
import { crawlSite } from './site/harness.js';

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
