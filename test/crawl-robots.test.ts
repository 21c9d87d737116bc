import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import robotsParserModule from 'robots-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { linkPage } from '../kit/pages/navigation.js';
import { startServer, type Reply } from '../kit/site/server.js';
import { questionPage } from '../kit/site/test-site.js';
import { parseRobots } from '../src/crawl/robots.js';
import { crawlSite, readLatest } from './site/harness.js';

/** RFC 9309 cases for the robots.txt reader (robots-parser behind a thin wrapper, src/crawl/robots.ts). */
const UA = 'qa-harvest/0.1.0 (+https://example.org/contact)';
const SITE = 'https://www.example.com';
const allowed = (text: string, path: string, userAgent = UA) => parseRobots(text, userAgent, SITE).isAllowed(new URL(path, SITE));

describe('robots.txt per RFC 9309', () => {
  const simple = [
    'User-Agent: *',
    'Disallow: *.gif$',
    'Disallow: /example/',
    'Allow: /publications/',
    '',
    'User-Agent: foobot',
    'Disallow:/',
    'Allow:/example/page.html',
    'Allow:/example/allowed.gif',
    '',
    'User-Agent: barbot',
    'User-Agent: bazbot',
    'Disallow: /example/page.html',
    '',
    'User-Agent: quxbot',
    '',
  ].join('\n');

  it('reads the simple example of §5.1, the empty quxbot group included', () => {
    expect(allowed(simple, '/x.gif', 'otherbot')).toBe(false);
    expect(allowed(simple, '/publications/a.html', 'otherbot')).toBe(true);
    expect(allowed(simple, '/example/page.html', 'FooBot/2.1')).toBe(true);
    expect(allowed(simple, '/example/other.html', 'foobot')).toBe(false);
    expect(allowed(simple, '/example/page.html', 'bazbot')).toBe(false);
    expect(allowed(simple, '/example/other.html', 'bazbot')).toBe(true);
    // A group with no rules: nothing is disallowed for it, whatever `*` says.
    expect(allowed(simple, '/example/other.html', 'quxbot')).toBe(true);
    expect(allowed('User-agent: *\nDisallow: /\n\nUser-agent: qa-harvest\n', '/x')).toBe(true);
    // Blank lines between user-agent lines do not end a group: qa-harvest shares other's rules.
    expect(allowed('User-agent: qa-harvest\n\nUser-agent: other\nDisallow: /\n\nUser-agent: *\nAllow: /\n', '/x')).toBe(false);
  });

  it('takes the longest match (§5.2), Allow on a tie, and combines the groups that name us (§2.2.1)', () => {
    const longest = 'User-Agent: qa-harvest\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n';
    expect(allowed(longest, '/example/page/')).toBe(true);
    expect(allowed(longest, '/example/page/disallowed.gif')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /a\nAllow: /a\n', '/a')).toBe(true);
    const twice = 'user-agent: QA-Harvest\ndisallow: /foo\n\nuser-agent: *\ndisallow: /baz\n\nuser-agent: qa-harvest\ndisallow: /bar\n';
    expect(allowed(twice, '/foo')).toBe(false);
    expect(allowed(twice, '/bar')).toBe(false);
    expect(allowed(twice, '/baz')).toBe(true);
  });

  it('anchors at a final $ and treats %2A and %24 as the literal characters (§2.2.3)', () => {
    expect(allowed('User-agent: *\nDisallow: /*.pdf$\n', '/a.pdf')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /*.pdf$\n', '/a.pdf?x=1')).toBe(true);
    expect(allowed('User-agent: *\nDisallow: /path/file-with-a-%2A.html\n', '/path/file-with-a-*.html')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /path/file-with-a-%2A.html\n', '/path/file-with-a-x.html')).toBe(true);
    expect(allowed('User-agent: *\nDisallow: /path/foo-%24\n', '/path/foo-$')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /a$b\n', '/a$b/c')).toBe(false);
  });

  it('compares percent-encoded and raw forms as RFC 9309 §2.2.2 does', () => {
    expect(allowed('User-agent: *\nDisallow: /foo/bar/ツ\n', '/foo/bar/%E3%83%84')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /foo/bar/%e3%83%84\n', '/foo/bar/ツ')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /foo/bar/baz\n', '/foo/bar/%62%61%7A')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /foo/bar/%62%61%7A\n', '/foo/bar/baz')).toBe(false);
    // A reserved character stays itself: an encoded slash is not a slash.
    expect(allowed('User-agent: *\nDisallow: /a/b\n', '/a%2Fb')).toBe(true);
    expect(allowed('User-agent: *\nDisallow: /a|b\n', '/a|b')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /a[1]\n', '/a[1]')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /a b\n', '/a b')).toBe(false);
  });

  it('allows /robots.txt itself, reads a BOM and CR line ends, and any case of the agent', () => {
    expect(allowed('User-agent: *\nDisallow: /\n', '/robots.txt')).toBe(true);
    expect(allowed('\uFEFFUser-agent: qa-harvest\nDisallow: /x/\n\nUser-agent: *\nDisallow: /\n', '/y')).toBe(true);
    expect(allowed('\uFEFFUser-agent: qa-harvest\nDisallow: /x/\n', '/x/1')).toBe(false);
    expect(allowed('User-agent: *\rDisallow: /x\r', '/x')).toBe(false);
    expect(allowed('USER-AGENT: QA-HARVEST\nDISALLOW: /x\n', '/x')).toBe(false);
    expect(allowed('User-agent: qa-harvest-extra\nDisallow: /x\n', '/x')).toBe(true);
  });

  it('keeps a Crawl-delay of zero or more seconds, from our group, and only URL sitemaps', () => {
    const rules = parseRobots('User-agent: *\nCrawl-delay: 5\n\nUser-agent: qa-harvest\nCrawl-delay: -1\n\nSitemap: /s.xml\nSitemap: http://[bad\n', UA, SITE);
    expect(rules.crawlDelaySeconds).toBeNull();
    expect(rules.sitemaps).toEqual(['https://www.example.com/s.xml']);
    expect(parseRobots('User-agent: *\nCrawl-delay: 0.5\n', UA, SITE).crawlDelaySeconds).toBe(0.5);
    expect(parseRobots('User-agent: quxbot\n', UA, SITE).crawlDelaySeconds).toBeNull();
  });
});

describe('robots-parser 3.0.1 alone (why src/crawl/robots.ts wraps it: drop a piece when its case here fails)', () => {
  const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
  const library = (text: string, path: string, agent = 'qa-harvest') => robotsParser(`${SITE}/robots.txt`, text).isAllowed(`${SITE}${path}`, agent);

  it('falls back to * for an empty group that names the agent', () => {
    expect(library('User-agent: *\nDisallow: /\n\nUser-agent: qa-harvest\n', '/x')).toBe(false);
  });

  it('compares encodings differently from RFC 9309', () => {
    expect(library('User-agent: *\nDisallow: /path/file-with-a-%2A.html\n', '/path/file-with-a-*.html')).toBe(true);
    expect(library('User-agent: *\nDisallow: /foo/bar/baz\n', '/foo/bar/%62%61%7A')).toBe(true);
    expect(library('User-agent: *\nDisallow: /a|b\n', '/a|b')).toBe(true);
  });

  it('does not allow /robots.txt by itself, and matches a user agent only up to its first /', () => {
    expect(library('User-agent: *\nDisallow: /\n', '/robots.txt')).toBe(false);
    expect(library('User-agent: qa-harvest\nDisallow: /x\n', '/x', 'qa-harvest (+https://example.org/c)')).toBe(true);
  });
});

describe('a robots.txt of megabytes, in a live crawl', () => {
  const work = mkdtempSync(join(tmpdir(), 'qa-harvest-robots-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Its rules first, then 3 MB of comments: with a Content-Length, and streamed without one.
  for (const chunked of [false, true]) {
    it(`is obeyed by its first 500 KiB, not taken for no rules (${chunked ? 'chunked' : 'Content-Length'})`, async () => {
      const server = await startServer(() => (path): Reply => {
        if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: `User-agent: *\nDisallow: /private/\n${'# padding\n'.repeat(300_000)}`, chunked };
        if (path === '/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: linkPage('首页', [['/ask/a.html', 'a'], ['/private/b.html', 'b']]) };
        if (/^\/(?:ask|private)\/\w+\.html$/.test(path)) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: questionPage(path.split('/')[2]!.slice(0, -5), []) };
        return { status: 404, body: 'no', fault: true };
      });
      try {
        const out = join(work, chunked ? 'chunked' : 'length');
        await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, sitemaps: false });
        // Before: a robots.txt over 2 MB was left unread, and an empty one allows everything.
        expect(server.log.filter((r) => r.path.startsWith('/private/'))).toEqual([]);
        const { entries, rejects, manifest } = readLatest(out);
        expect(entries.map((e) => new URL(e.source).pathname)).toEqual(['/ask/a.html']);
        expect(rejects.find((r) => r.source.endsWith('/private/b.html'))).toMatchObject({ reason: 'disallowed_by_robots' });
        expect(manifest.stages.crawl.robots[server.origin]).toMatchObject({ unavailable: null, source: `${server.origin}/robots.txt` });
      } finally {
        await server.close();
      }
    });
  }

  it('saved in GBK is obeyed for its Chinese paths', async () => {
    const server = await startServer(() => (path): Reply => {
      if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.concat([Buffer.from('User-agent: *\nDisallow: /'), Buffer.from([0xce, 0xca, 0xcc, 0xe2]), Buffer.from('/\n')]) };
      if (path === '/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: linkPage('首页', [['/ask/a.html', 'a'], ['/问题/b.html', 'b']]) };
      if (path === '/ask/a.html' || path === '/%E9%97%AE%E9%A2%98/b.html') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: questionPage(path.endsWith('a.html') ? 'a' : 'b', []) };
      return { status: 404, body: 'no', fault: true };
    });
    try {
      const out = join(work, 'gbk');
      await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, sitemaps: false });
      // Before: read as UTF-8, 'Disallow: /\ufffd\ufffd/' disallowed nothing and /问题/b.html was asked for.
      expect(server.log.map((r) => r.path)).not.toContain('/%E9%97%AE%E9%A2%98/b.html');
      expect(readLatest(out).rejects.find((r) => r.source.endsWith('/%E9%97%AE%E9%A2%98/b.html'))).toMatchObject({ reason: 'disallowed_by_robots' });
    } finally {
      await server.close();
    }
  });

  it('asking for a Crawl-delay longer than --max-wait makes its host unavailable for the run, at once and saying why', async () => {
    const server = await startServer(() => (path): Reply => {
      if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nCrawl-delay: 86400\n' };
      if (path === '/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: linkPage('首页', [['/ask/a.html', 'a']]) };
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: questionPage('a', []) };
    });
    try {
      const out = join(work, 'crawl-delay-day');
      const started = performance.now();
      await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, max_wait: '10s' }, { allowEmpty: true });
      // Before: a day between two requests; the crawl of one page would have taken days.
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(server.log.map((r) => r.path)).toEqual(['/robots.txt']);
      const { manifest, rejects } = readLatest(out);
      expect(rejects.find((r) => r.source === `${server.origin}/`)).toMatchObject({ reason: 'robots_unavailable', detail: expect.stringMatching(/Crawl-delay of 86400 s, longer than --max-wait \(10 s\)/) });
      expect(manifest.stages.crawl.robots[server.origin].unavailable).toMatch(/Crawl-delay of 86400 s/);
    } finally {
      await server.close();
    }
  });
});
