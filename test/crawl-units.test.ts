import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../src/crawl/fetcher.js';
import type { Discovered, FrontierEntry, FrontierStore } from '../src/crawl/frontier-store.js';
import { backoffMs, HostPacer } from '../src/crawl/host-pacer.js';
import { FrontierRequestManager, type CrawlUserData } from '../src/crawl/request-manager.js';
import { CrawlOptionsSchema, describeSettings, parseDuration, toSettings } from '../src/crawl/options.js';
import { makeReject } from '../src/core/outcome.js';
import { metaRefresh, parseRefresh } from '../src/crawl/meta-refresh.js';
import { parseRobots } from '../src/crawl/robots.js';
import { parseSitemap } from '../src/crawl/sitemap.js';
import { SqliteFrontierStore } from '../src/crawl/sqlite-frontier-store.js';
import { isPaginationSibling, looksLikePage, requestUrl, Scope, urlKey } from '../src/crawl/url.js';
import { urlIdentity } from '../src/core/url.js';

describe('one page is one URL key', () => {
  const key = (s: string) => urlKey(new URL(s));

  it('ignores the fragment, the default port, a trailing slash, tracking parameters and parameter order', () => {
    const same = [
      'http://www.youlai.cn/dise/asklist/937_1.html',
      'http://WWW.youlai.cn:80/dise/asklist/937_1.html#pages',
      'http://www.youlai.cn/dise/asklist/937_1.html?utm_source=weixin&utm_medium=share',
      'http://www.youlai.cn/dise/asklist/937_1.html?from=singlemessage&spm=a1.b2',
      'http://www.youlai.cn/dise/asklist/937_1.html/',
    ];
    expect(new Set(same.map(key)).size).toBe(1);
    expect(key('https://m.youlai.cn/ask/?b=2&a=1')).toBe(key('https://m.youlai.cn:443/ask?a=1&b=2'));
  });

  it('keeps what tells pages apart: scheme, host, port, path, real parameters', () => {
    const different = [
      'http://www.youlai.cn/ask/749259.html',
      'https://www.youlai.cn/ask/749259.html',
      'http://m.youlai.cn/ask/749259.html',
      'http://www.youlai.cn:8080/ask/749259.html',
      'http://www.youlai.cn/ask/749260.html',
      'http://www.youlai.cn/ask/749259.html?page=2',
    ];
    expect(new Set(different.map(key)).size).toBe(different.length);
  });

  it('drops the attribution sites of the genre add to shared links (source, share_from) as well', () => {
    expect(key('https://m.youlai.cn/ask/1.html?source=weixin&share_from=app&id=2')).toBe('https://m.youlai.cn/ask/1.html?id=2');
    expect(requestUrl(new URL('https://m.youlai.cn/ask/1.html?share_from=app'))).toBe('https://m.youlai.cn/ask/1.html');
  });

  it('is the identity the published store keys entries by: a link as an entry carries it gives the same key', () => {
    for (const link of ['http://WWW.youlai.cn:80/dise/asklist/937_1.html/?from=singlemessage#pages', 'https://m.youlai.cn/ask/?b=2&a=1']) {
      expect(urlIdentity(` ${link} `)).toBe(key(link));
    }
    expect(urlIdentity(' not a url ')).toBe('not a url');
  });

  it('requests the URL as linked, without fragment and tracking parameters', () => {
    expect(requestUrl(new URL('http://a.example/x/?utm_source=y&id=3#top'))).toBe('http://a.example/x/?id=3');
    expect(requestUrl(new URL('http://a.example/x/?b=1&a=2'))).toBe('http://a.example/x/?b=1&a=2');
  });

  it('does not treat images, media and documents as pages', () => {
    expect(looksLikePage(new URL('http://a.example/img/banner.JPG'))).toBe(false);
    expect(looksLikePage(new URL('http://a.example/audio/answer.mp3'))).toBe(false);
    expect(looksLikePage(new URL('http://a.example/ask/749259.html'))).toBe(true);
    expect(looksLikePage(new URL('http://a.example/files/chart'))).toBe(true);
  });

  it('sees pagination: the same list with another page number', () => {
    const u = (s: string) => new URL(s, 'https://www.youlai.cn');
    expect(isPaginationSibling(u('/dise/asklist/937_1.html'), u('/dise/asklist/937_2.html'))).toBe(true);
    expect(isPaginationSibling(u('/list?page=3'), u('/list?page=4'))).toBe(true);
    expect(isPaginationSibling(u('/dise/asklist/937_1.html'), u('/dise/asklist/938_2.html'))).toBe(false);
    expect(isPaginationSibling(u('/dise/asklist/937_1.html'), u('/ask/749259.html'))).toBe(false);
  });

  it('keeps the crawl on its hosts', () => {
    const scope = new Scope({ hosts: ['www.youlai.cn', '127.0.0.1:8080'], exclude: [/\/user\//] });
    expect(scope.check(new URL('https://www.youlai.cn/ask/1.html'))).toBeNull();
    expect(scope.check(new URL('http://127.0.0.1:8080/'))).toBeNull();
    expect(scope.check(new URL('http://127.0.0.1:8081/'))).toBe('out_of_scope');
    expect(scope.check(new URL('https://static.youlai.cn/x.css'))).toBe('out_of_scope');
    expect(scope.check(new URL('https://www.youlai.cn/user/1.html'))).toBe('excluded');
  });
});

describe('a <meta> refresh', () => {
  const page = (head: string) => Buffer.from(`<!doctype html><html><head>${head}<title>t</title></head><body>正在跳转</body></html>`);
  const base = 'http://a.test/ask/old.html';

  it('reads the forms the HTML standard allows', () => {
    expect(parseRefresh('0;url=/x.html')).toEqual({ seconds: 0, url: '/x.html' });
    expect(parseRefresh(' 3 ; URL = "x.html" ')).toEqual({ seconds: 3, url: 'x.html' });
    expect(parseRefresh("5,'http://b.test/'")).toEqual({ seconds: 5, url: 'http://b.test/' });
    expect(parseRefresh('0.5; url=/y')).toEqual({ seconds: 0, url: '/y' });
    expect(parseRefresh('10')).toEqual({ seconds: 10, url: null });
    expect(parseRefresh('soon; url=/z')).toBeNull();
  });

  it('resolves the first refresh that names an address, and skips comments, scripts and noscript', () => {
    expect(metaRefresh(page(`<meta http-equiv="refresh" content="0; url=/ask/new.html">`), base)).toEqual({ seconds: 0, url: 'http://a.test/ask/new.html' });
    expect(metaRefresh(page(`<META CONTENT='2;URL=new.html?a=1&amp;b=2' HTTP-EQUIV=Refresh>`), base)).toEqual({ seconds: 2, url: 'http://a.test/ask/new.html?a=1&b=2' });
    expect(metaRefresh(page(`<!-- <meta http-equiv="refresh" content="0;url=/a"> --><noscript><meta http-equiv="refresh" content="0;url=/b"></noscript><script>'<meta http-equiv="refresh" content="0;url=/c">'</script>`), base)).toBeNull();
    expect(metaRefresh(page(`<meta http-equiv="refresh" content="30">`), base)).toBeNull();
    expect(metaRefresh(page(`<meta name="refresh" content="0;url=/a">`), base)).toBeNull();
    // An address with UTF-8 bytes is percent-encoded as a browser sends it.
    expect(metaRefresh(page(`<meta http-equiv="refresh" content="0;url=/问答/1.html">`), base)!.url).toBe('http://a.test/%E9%97%AE%E7%AD%94/1.html');
  });
});

describe('robots.txt', () => {
  const UA = 'qa-harvest/0.1.0 (+https://example.org/contact)';
  const text = [
    '# comment',
    'User-agent: SomeBot',
    'Disallow: /',
    '',
    'User-agent: *',
    'Disallow: /private/',
    'Disallow: /*.pdf$',
    'Allow: /private/public-*',
    'Crawl-delay: 2.5',
    '',
    'Sitemap: /sitemap.xml',
    'Sitemap: https://cdn.example/sitemap-2.xml.gz',
  ].join('\n');
  const rules = parseRobots(text, UA, 'https://www.youlai.cn');
  const allowed = (path: string) => rules.isAllowed(new URL(path, 'https://www.youlai.cn'));

  it('obeys the * group when none names us, longest match first, Allow winning ties', () => {
    expect(allowed('/ask/1.html')).toBe(true);
    expect(allowed('/private/notes.html')).toBe(false);
    expect(allowed('/private/public-faq.html')).toBe(true);
    expect(allowed('/docs/a.pdf')).toBe(false);
    expect(allowed('/docs/a.pdf?x=1')).toBe(true);
    expect(allowed('/robots.txt')).toBe(true);
  });

  it('reads Crawl-delay and Sitemap lines', () => {
    expect(rules.crawlDelaySeconds).toBe(2.5);
    expect(rules.sitemaps).toEqual(['https://www.youlai.cn/sitemap.xml', 'https://cdn.example/sitemap-2.xml.gz']);
  });

  it('uses the group that names our product token instead of *', () => {
    const mine = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: QA-Harvest\nDisallow: /x/\nCrawl-delay: 1\n', UA, 'https://a.example');
    expect(mine.isAllowed(new URL('https://a.example/ask/1.html'))).toBe(true);
    expect(mine.isAllowed(new URL('https://a.example/x/1.html'))).toBe(false);
    expect(mine.crawlDelaySeconds).toBe(1);
  });

  it('compares non-ASCII patterns with percent-encoded paths', () => {
    const zh = parseRobots('User-agent: *\nDisallow: /搜索/\n', UA, 'https://a.example');
    expect(zh.isAllowed(new URL('https://a.example/搜索/感冒'))).toBe(false);
  });
});

describe('sitemaps', () => {
  const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>https://www.youlai.cn/ask/1.html</loc><lastmod>2021-01-01</lastmod></url>
    <url><loc> https://www.youlai.cn/list?a=1&amp;b=2 </loc></url></urlset>`;

  it('lists the pages of a urlset, plain or gzipped', () => {
    const expected = ['https://www.youlai.cn/ask/1.html', 'https://www.youlai.cn/list?a=1&b=2'];
    expect(parseSitemap(Buffer.from(xml), 'https://www.youlai.cn/sitemap.xml').pages).toEqual(expected);
    expect(parseSitemap(gzipSync(xml), 'https://www.youlai.cn/sitemap.xml.gz').pages).toEqual(expected);
  });

  it('lists the sitemaps of an index, and reads text sitemaps', () => {
    const index = '<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>';
    expect(parseSitemap(Buffer.from(index), 'https://a.example/')).toEqual({ pages: [], sitemaps: ['https://a.example/s1.xml'] });
    expect(parseSitemap(Buffer.from('https://a.example/1\nnot a url\nhttps://a.example/2\n'), 'https://a.example/').pages).toEqual(['https://a.example/1', 'https://a.example/2']);
  });
});

describe('waiting politely', () => {
  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2021-06-01T08:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Tue, 01 Jun 2021 08:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Jun 2021 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('backs off exponentially with jitter, within bounds', () => {
    expect(backoffMs(0, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffMs(0, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffMs(3, 1000, 60_000, () => 0.5)).toBe(6000);
    expect(backoffMs(20, 1000, 60_000, () => 1)).toBe(60_000);
  });

  it('spaces request starts evenly, and a pause holds back every waiter', async () => {
    const pacer = new HostPacer({ intervalMs: 40, hostConcurrency: 0, targetConcurrency: 1, adaptive: false });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => pacer.acquire('h').then(() => starts.push(performance.now()))));
    // The i-th start comes no sooner than i intervals after the first (which waits for nothing). Gap by
    // gap is not the rule: a waiter woken late by a busy event loop keeps its slot, so the next gap is shorter.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[0]!).toBeGreaterThanOrEqual(i * 40 - 2);
    const paused = performance.now();
    pacer.pause('h', 150);
    await pacer.acquire('h');
    expect(performance.now() - paused).toBeGreaterThanOrEqual(145);
  });

  it('caps requests in flight per host', () => {
    const pacer = new HostPacer({ intervalMs: 0, hostConcurrency: 2, targetConcurrency: 2, adaptive: false });
    expect([pacer.tryEnter('h'), pacer.tryEnter('h'), pacer.tryEnter('h'), pacer.tryEnter('other')]).toEqual([true, true, false, true]);
    pacer.leave('h');
    expect(pacer.tryEnter('h')).toBe(true);
  });

  it('slows down when a host answers slowly, and recovers after', () => {
    const pacer = new HostPacer({ intervalMs: 100, hostConcurrency: 2, targetConcurrency: 2, adaptive: true });
    expect(pacer.gapMs('h')).toBe(100);
    // Latency / concurrency, reached halfway with each answer.
    pacer.observe('h', { latencyMs: 4000, refused: false });
    expect(pacer.gapMs('h')).toBe(1000);
    for (let i = 0; i < 12; i++) pacer.observe('h', { latencyMs: 20, refused: false });
    expect(pacer.gapMs('h')).toBe(100);
  });

  /** A pacer on a clock the test moves: each answer comes `every` ms after the one before. */
  function pacerOnClock(options: Partial<ConstructorParameters<typeof HostPacer>[0]> = {}) {
    let now = 0;
    const pacer = new HostPacer({ intervalMs: 100, hostConcurrency: 2, targetConcurrency: 2, adaptive: true, clock: () => now, ...options });
    const answer = (signal: Parameters<HostPacer['observe']>[1], every = 100) => {
      now += every;
      return pacer.observe('h', signal);
    };
    return { pacer, answer, wait: (ms: number) => (now += ms) };
  }
  const ok = { latencyMs: 5, refused: false };
  const busy = { latencyMs: 5, refused: true, status: 503, retryAfterMs: 1000 };

  it('pauses the host for a 429 and for refusals that cluster, for the Retry-After given; a lone 503 holds back only its URL', () => {
    const { pacer, answer, wait } = pacerOnClock();
    expect(answer(busy)).toBeNull();
    expect([pacer.pausedForMs('h'), pacer.gapMs('h'), pacer.ready('h')]).toEqual([0, 100, true]);
    expect(answer({ ...busy, status: 429, retryAfterMs: 2000 })).toEqual({ ms: 2000, reason: 'rate_limited' });
    expect([pacer.pausedForMs('h'), pacer.ready('h'), pacer.ready('h', 2000)]).toEqual([2000, false, true]);
    wait(2000);
    for (let i = 0; i < 10; i++) answer(ok);
    // Five refusals among the latest twenty responses make a cluster.
    expect(answer(busy)).toBeNull();
    expect(answer(busy)).toBeNull();
    expect(answer(busy)).toEqual({ ms: 1000, reason: 'refusals_cluster' });
    // A 429 answering a request sent before the pause extends it: the same pause, longer.
    expect(answer({ ...busy, status: 429, retryAfterMs: 1500 }, 10)).toBeNull();
    expect(pacer.pausedForMs('h')).toBe(1500);
    wait(1500);
    expect(pacer.snapshot().h).toMatchObject({ refusals: 6, pauses: 2, pause_reasons: { rate_limited: 1, refusals_cluster: 1, retry: 0 }, paused_s: 3.51 });
  });

  it('slows down while refusals cluster, never beyond the Retry-After given, and recovers as soon as answers are good', () => {
    const { pacer, answer } = pacerOnClock();
    const asked = { ...busy, retryAfterMs: 300 };
    for (let i = 0; i < 4; i++) answer(asked);
    expect(pacer.gapMs('h')).toBe(100);
    // The fifth: half the rate the host has just seen (an answer every 100 ms).
    answer(asked);
    expect(pacer.gapMs('h')).toBe(200);
    // Clustering again: half again, but no slower than the 300 ms the server asked for.
    for (let i = 0; i < 5; i++) answer(asked, 200);
    expect(pacer.gapMs('h')).toBe(300);
    answer(ok);
    expect(pacer.gapMs('h')).toBe(150);
    answer(ok);
    expect(pacer.gapMs('h')).toBe(100);
    expect(pacer.snapshot().h).toMatchObject({ slowdowns: 2, pauses: 2, pause_reasons: { refusals_cluster: 2 } });
  });

  it('slows down when exchanges keep failing, without pausing the host: no server asked for it', () => {
    const { pacer, answer } = pacerOnClock();
    for (let i = 0; i < 5; i++) expect(answer({ latencyMs: 200, refused: false, failed: true })).toBeNull();
    expect(pacer.gapMs('h')).toBe(200);
    expect(pacer.pausedForMs('h')).toBe(0);
  });

  it('with politeness off, pauses nothing and keeps its pace, whatever the server says', () => {
    const { pacer, answer } = pacerOnClock({ intervalMs: 0, hostConcurrency: 0, targetConcurrency: 16, adaptive: false, hostPauses: false });
    for (let i = 0; i < 10; i++) expect(answer({ ...busy, status: i % 2 ? 429 : 503 }, 5)).toBeNull();
    expect([pacer.pausedForMs('h'), pacer.gapMs('h'), pacer.ready('h')]).toEqual([0, 0, true]);
    expect(pacer.snapshot().h).toMatchObject({ refusals: 10, pauses: 0, slowdowns: 0, paused_s: 0 });
  });
});

describe('handing out requests', () => {
  const entry = (n: number): FrontierEntry => ({ key: `http://a.example/${n}`, url: `http://a.example/${n}`, host: 'a.example', kind: 'page', depth: 1, hops: 0, parent: null, seq: n, attempts: 0 });
  /** A frontier of `n` URLs on one host, two in flight at most, on a clock the test moves. */
  function manager(n: number) {
    let now = 0;
    const rows = Array.from({ length: n }, (_, i) => entry(i + 1));
    const store = { pending: async (after: number, limit: number) => rows.filter((r) => r.seq > after).slice(0, limit) } as unknown as FrontierStore;
    const pacer = new HostPacer({ intervalMs: 0, hostConcurrency: 2, targetConcurrency: 2, adaptive: false, clock: () => now });
    return { manager: new FrontierRequestManager(store, pacer, { clock: () => now }), pacer, wait: (ms: number) => (now += ms), at: () => now };
  }
  const path = (r: { url: string } | null) => r && new URL(r.url).pathname;

  it('keeps a refused URL waiting for its Retry-After without a slot, while the others go on', async () => {
    const { manager: m, wait, at } = manager(4);
    const first = await m.fetchNextRequest<CrawlUserData>();
    const second = await m.fetchNextRequest<CrawlUserData>();
    expect([path(first), path(second)]).toEqual(['/1', '/2']);
    // Both places are taken.
    expect(await m.fetchNextRequest()).toBeNull();
    // /1 was refused with Retry-After: 1; crawlee hands it back with the time it may start again.
    first!.userData.notBefore = at() + 1000;
    await m.reclaimRequest(first!);
    expect(path(await m.fetchNextRequest())).toBe('/3');
    await m.markRequestHandled(second!);
    const fourth = await m.fetchNextRequest();
    expect(path(fourth)).toBe('/4');
    await m.markRequestHandled(fourth!);
    // A place is free, but /1's second has not passed: nothing to hand out, and not finished.
    wait(999);
    expect(await m.isEmpty()).toBe(true);
    expect(await m.isFinished()).toBe(false);
    wait(1);
    expect(path(await m.fetchNextRequest())).toBe('/1');
  });

  it('frees a place as soon as the response is in, while the page is read', async () => {
    const { manager: m, pacer } = manager(3);
    const first = await m.fetchNextRequest();
    await m.fetchNextRequest();
    expect(pacer.hasRoom('a.example')).toBe(false);
    m.releasePlace(first!);
    expect(path(await m.fetchNextRequest())).toBe('/3');
    // Handled later: the place is not freed twice.
    await m.markRequestHandled(first!);
    expect(pacer.hasRoom('a.example')).toBe(false);
  });
});

describe('crawl options', () => {
  it('read durations', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration(1.5)).toBe(1500);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('soon')).toBeNull();
  });

  it('are polite by default and --impolite switches politeness off, unless an option says otherwise', () => {
    const ctx = { outDir: 'out', maxPageBytes: 1000 };
    const polite = toSettings(CrawlOptionsSchema.parse({ start: ['https://www.youlai.cn/dise/asklist/937_1.html'] }), ctx);
    expect(polite).toMatchObject({ intervalMs: 1000, hostConcurrency: 2, robots: true, adaptive: true, hosts: ['www.youlai.cn'], stateDir: join('out', '.state') });
    expect(polite.userAgent).toMatch(/^qa-harvest\/\d/);
    const impolite = toSettings(CrawlOptionsSchema.parse({ start: ['http://127.0.0.1:8080/'], impolite: true, host_concurrency: 4 }), { ...ctx, given: new Set(['host_concurrency']) });
    expect(impolite).toMatchObject({ intervalMs: 0, hostConcurrency: 4, robots: false, adaptive: false });
    // The manifest records the options in effect, as the config file would spell them.
    expect(describeSettings(impolite)).toMatchObject({ rate: 0, host_concurrency: 4, robots: false, adaptive: false, impolite: true, hosts: ['127.0.0.1:8080'], state: join('out', '.state'), max_page_bytes: 1000 });
  });

  it('reject what is not an option', () => {
    expect(CrawlOptionsSchema.safeParse({ start: ['ftp://x'] }).success).toBe(false);
    expect(CrawlOptionsSchema.safeParse({ rate_limit: 2 }).success).toBe(false);
    expect(CrawlOptionsSchema.safeParse({ revisit_after: 'weekly' }).success).toBe(false);
  });
});

describe('the SQLite frontier store', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const url = (path: string, depth = 1): Discovered => ({ key: `http://a.example${path}`, url: `http://a.example${path}`, host: 'a.example', kind: 'page', depth, hops: 0, parent: null });

  it('keeps the frontier and finished results across a crash, and starts a new pass only when one is complete', async () => {
    dir = mkdtempSync(join(tmpdir(), 'qa-harvest-store-'));
    const path = join(dir, 'crawl.sqlite');
    let store = new SqliteFrontierStore(path);
    expect(await store.begin(new Date())).toMatchObject({ pass: 1, resumed: false });
    expect(await store.add([url('/', 0), url('/a'), url('/b'), url('/a')])).toBe(3);
    const [first] = await store.pending(0, 10);
    const reject = makeReject(first!.url, 'fetch', 'not_found', 'HTTP 404', new Date(), { status: 404 });
    await store.finish(first!, { type: 'rejected', reject, transient: false }, [url('/c', 2), url('/a', 2)]);
    // No close: as after SIGKILL, the next process simply opens the file.
    store = new SqliteFrontierStore(path);
    expect(await store.begin(new Date())).toMatchObject({ pass: 1, resumed: true });
    expect((await store.pending(0, 10)).map((e) => e.url)).toEqual(['http://a.example/a', 'http://a.example/b', 'http://a.example/c']);
    expect(await store.completePass()).toBe(false);
    for (const e of await store.pending(0, 10)) await store.finish(e, { type: 'skipped', reason: 'test' }, []);
    expect(await store.completePass()).toBe(true);
    const next = await store.begin(new Date());
    expect(next).toMatchObject({ pass: 2, resumed: false });
    expect((await store.pending(0, 10)).length).toBe(4);
    expect(await store.previous('http://a.example/')).toMatchObject({ result: 'rejected', status: 404 });
    await store.close();
  });
});

describe('the crawl command line', () => {
  it('needs a start URL, and says which option is wrong', async () => {
    const { main } = await import('../src/cli/main.js');
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['crawl', '--config', '/nonexistent/none.json'])).toBe(2);
      expect(await main(['crawl', '--out', join(tmpdir(), 'never-written')])).toBe(2);
      expect(stderr.join('')).toMatch(/at least one start URL/);
      expect(await main(['crawl', 'https://www.youlai.cn/', '--revisit-after', 'weekly'])).toBe(2);
      expect(stderr.join('')).toMatch(/crawl\.revisit_after/);
      expect(await main(['crawl', 'https://www.youlai.cn/', '--rate', 'fast'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
  });
});
