import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDelays } from '../kit/site/request-log.js';
import { flakyStatus } from '../kit/site/server.js';
import { startTestSite, type TestSite } from '../kit/site/test-site.js';

describe('the kit site refuses a seeded share of pages once (issue #13)', () => {
  const flaky = { share: 0.25, retryAfterS: 2, seed: 7 };
  let site: TestSite;

  beforeAll(async () => {
    site = await startTestSite({ questions: 40, faults: false, flaky });
  });
  afterAll(() => site.close());

  it('picks the pages by seed: about the share asked, 503s and 429s, the same for the same seed', () => {
    const paths = Array.from({ length: 2000 }, (_, i) => `/ask/q${i}.html`);
    const picked = paths.filter((p) => flakyStatus(p, { share: 0.04, retryAfterS: 1, seed: 1 }));
    expect(picked.length).toBeGreaterThan(0.03 * paths.length);
    expect(picked.length).toBeLessThan(0.05 * paths.length);
    expect(new Set(picked.map((p) => flakyStatus(p, { share: 0.04, retryAfterS: 1, seed: 1 })))).toEqual(new Set([503, 429]));
    expect(paths.filter((p) => flakyStatus(p, { share: 0.04, retryAfterS: 1, seed: 1 }))).toEqual(picked);
    expect(paths.filter((p) => flakyStatus(p, { share: 0.04, retryAfterS: 1, seed: 2 }))).not.toEqual(picked);
    // robots.txt and sitemaps are never among them: refusing those is another fault.
    expect(flakyStatus('/robots.txt', { share: 1, retryAfterS: 1 })).toBeNull();
    expect(flakyStatus('/sitemap.xml', { share: 1, retryAfterS: 1 })).toBeNull();
  });

  it('answers a picked page once with its refusal and Retry-After, then normally; the log says when', async () => {
    const picked = site.listedQuestions.filter((p) => flakyStatus(p, flaky));
    expect(picked.length).toBeGreaterThan(0);
    for (const path of site.listedQuestions) {
      const first = await fetch(`${site.origin}${path}`);
      await first.arrayBuffer();
      const expected = flakyStatus(path, flaky);
      expect(first.status, path).toBe(expected ?? 200);
      expect(first.headers.get('retry-after'), path).toBe(expected ? '2' : null);
      if (!expected) continue;
      await new Promise((r) => setTimeout(r, 30));
      const again = await fetch(`${site.origin}${path}`);
      expect(again.status, path).toBe(200);
      expect(await again.text()).toContain('相关推荐');
    }
    const delays = retryDelays(site.log);
    expect(delays.map((d) => d.path)).toEqual(picked);
    for (const d of delays) {
      expect(d.retryAfterS).toBe(2);
      expect(d.status).toBe(flakyStatus(d.path, flaky));
      expect(d.waitedMs).toBeGreaterThanOrEqual(25);
    }
  });
});
