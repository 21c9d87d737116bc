import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { linkPage, listPage, questionPage } from './pages.js';

/**
 * A small site of the genre on 127.0.0.1 for crawl tests: a home page, list pages with
 * 下一页 pagination, question pages (the fixture pages plus generated ones) linking to each
 * other, robots.txt with a disallowed path that pages link to, a sitemap with a page nothing
 * links to, and faults: 503 and 429 with Retry-After, a 404, a 301 to the canonical URL, a
 * redirect loop, a redirect to another host, a response slower than the crawl's timeout, charset only in <meta> (GBK),
 * an oversized page, an empty 200, a binary body, an image link and a non-HTML response.
 * Every request is logged on arrival, for assertions about what the crawler did.
 */

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));

export interface TestSiteOptions {
  /** Generated question pages reachable from the list pages (default 20). */
  questions?: number;
  /** Question links per list page (default 5). */
  perList?: number;
  /** Serve the fault pages and link them from the home page (default true), or only these paths. */
  faults?: boolean | string[];
  /** `Crawl-delay:` in robots.txt, seconds (default none). */
  crawlDelay?: number | null;
  /** Retry-After of the 503 and the 429, seconds (default 1). */
  retryAfter?: number;
  /** How long the slow page takes (default 2000 ms). */
  slowMs?: number;
  /** Size of the oversized page (default 300,000 bytes). */
  hugeBytes?: number;
  /** ETag and Last-Modified, and 304 for conditional requests (default true). */
  validators?: boolean;
  /** Added to every response, ms (default 0). */
  latencyMs?: number;
  /** Generated question pages are padded with a comment to about this many bytes (default none). */
  padBytes?: number;
  /** The sitemap lists every listed question page, so the whole site is known at once (default false). */
  sitemapAll?: boolean;
  /** Status of robots.txt (default 200). */
  robotsStatus?: number;
  /**
   * A share of pages (all but /, robots.txt and the sitemap; the same ones every time, by a hash
   * of the path) whose first request is refused with Retry-After `retryAfter`: 503 or 429
   * (default both, half each). Default none.
   */
  refuse?: { share: number; statuses?: number[] };
}

export interface LoggedRequest {
  /** Arrival, ms on the performance clock. */
  at: number;
  method: string;
  /** Path and query as requested. */
  path: string;
  host: string;
  userAgent: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
  delayMs?: number;
  /** Not a page whose entries belong in the dataset. */
  fault?: boolean;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

export interface TestSite {
  origin: string;
  host: string;
  log: LoggedRequest[];
  /** Replaces the body of a path (a page that changed), or restores it with null. */
  override(path: string, html: string | null): void;
  /** The pages a crawl should read, as path → bytes and Content-Type: reachable, allowed, not faults. */
  reachablePages(): Map<string, { body: Buffer; contentType: string }>;
  /** Question pages linked from the list pages, in list order. */
  listedQuestions: string[];
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Tue, 01 Jun 2021 08:00:00 GMT';
const HTML = 'text/html; charset=utf-8';

export async function startTestSite(options: TestSiteOptions = {}): Promise<TestSite> {
  const o = { questions: 20, perList: 5, faults: true, crawlDelay: null, retryAfter: 1, slowMs: 2000, hugeBytes: 300_000, validators: true, latencyMs: 0, ...options };
  const log: LoggedRequest[] = [];
  const hits = new Map<string, number>();
  const overrides = new Map<string, string>();
  const pool = Array.from({ length: o.questions }, (_, i) => `q${i}`);
  const listed = ['/ask/749259.html', '/ask/0A0A0Aplac3.html', '/askmip/796E93gPx5Y.html', '/wenda/10086.html', '/wenda/10087.html', ...pool.map((id) => `/ask/${id}.html`)];
  const listPages = Math.max(1, Math.ceil(listed.length / o.perList));
  let origin = '';

  const pad = (html: string) => (o.padBytes && html.length < o.padBytes ? html.replace('</body>', `<!-- ${'x'.repeat(o.padBytes - html.length)} -->\n</body>`) : html);
  const relatedOf = (id: string): string[] => {
    const i = pool.indexOf(id);
    if (pool.length === 0) return [];
    if (i >= 0) return [...new Set([pool[(i + 1) % pool.length]!, pool[(i + 3) % pool.length]!, pool[(i + 7) % pool.length]!])];
    const s = createHash('sha256').update(id).digest().readUInt32BE(0);
    return [...new Set([pool[s % pool.length]!, pool[(s + 5) % pool.length]!])];
  };
  const page = (html: string): Reply => ({ status: 200, headers: { 'content-type': HTML }, body: html });

  function route(path: string, hit: number): Reply {
    const override = overrides.get(path);
    if (override !== undefined) return page(override);
    if (o.refuse && hit === 0 && !['/', '/robots.txt', '/sitemap.xml'].includes(path)) {
      const h = createHash('sha256').update(path).digest();
      const statuses = o.refuse.statuses ?? [503, 429];
      const status = statuses[h[4]! % statuses.length]!;
      if (h.readUInt32BE(0) < o.refuse.share * 2 ** 32) return { status, headers: { 'retry-after': String(o.retryAfter), 'content-type': HTML }, body: 'busy', fault: true };
    }
    if (path === '/robots.txt') {
      if (o.robotsStatus && o.robotsStatus !== 200) return { status: o.robotsStatus, headers: { 'content-type': 'text/plain' }, body: 'unavailable', fault: true };
      const body = ['User-agent: SomeOtherBot', 'Disallow: /', '', 'User-agent: *', 'Disallow: /private/', o.crawlDelay !== null ? `Crawl-delay: ${o.crawlDelay}` : '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
      return { status: 200, headers: { 'content-type': 'text/plain' }, body };
    }
    if (path === '/sitemap.xml') {
      const paths = ['/ask/sitemap-only.html', '/dise/asklist/937_1.html', '/ask/749259.html', ...(o.sitemapAll ? listed : [])];
      const urls = paths.map((p) => `  <url><loc>${origin}${p}</loc></url>`);
      return { status: 200, headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n` };
    }
    if (path === '/') {
      const links: Array<[string, string]> = [
        ['/dise/asklist/937_1.html', '黄疸问答'],
        ['/dise/asklist/937_1.html?utm_source=home#top', '黄疸问答(带跟踪参数)'],
        ['/ask/749259.html#answer', '后背抽筋'],
        [`http://localhost:${new URL(origin).port}/ask/749259.html`, '另一个主机名'],
        ['https://www.youlai.cn/ask/749259.html', '外站'],
        ['/private/notes.html', '内部笔记'],
      ];
      if (o.faults) {
        const all: Array<[string, string]> = [
          ['/img/banner.jpg', '图片'],
          ['/files/chart', '图表'],
          ['/ask/busy.html', '繁忙'],
          ['/ask/throttled.html', '限流'],
          ['/ask/missing.html', '不存在'],
          ['/ask/old-749259.html', '旧地址'],
          ['/ask/moved-away.html', '搬走了'],
          ['/loop/a.html', '循环'],
          ['/ask/slow.html', '很慢'],
          ['/ask/huge.html', '很大'],
          ['/ask/empty.html', '空白'],
          ['/ask/broken.html', '出错'],
          ['/ask/binary.html', '乱码'],
        ];
        const only = Array.isArray(o.faults) ? new Set(o.faults) : null;
        links.push(...all.filter(([path]) => !only || only.has(path)));
      }
      return page(linkPage('首页', links));
    }
    const list = path.match(/^\/dise\/asklist\/937_(\d+)\.html$/);
    if (list) {
      const n = Number(list[1]);
      if (n < 1 || n > listPages) return { status: 404, body: 'not found', fault: true };
      return page(listPage('937', n, listPages, listed.slice((n - 1) * o.perList, n * o.perList)));
    }
    if (o.faults) {
      const fault = faultReply(path, hit);
      if (fault) return fault;
    }
    if (path === '/ask/749259.html') return page(fixture('pages/youlai-desktop-749259.html').toString('utf8'));
    if (path === '/ask/0A0A0Aplac3.html') return page(fixture('pages/youlai-desktop-0A0A0Aplac3.html').toString('utf8'));
    if (path === '/ask/0A0A0Aplac4.html') return page(fixture('pages/youlai-mobile-0A0A0Aplac4.html').toString('utf8'));
    if (path === '/askmip/796E93gPx5Y.html') return page(fixture('pages/youlai-mobile-796E93gPx5Y.html').toString('utf8'));
    // GBK bytes, the charset only in <meta>: the transport says nothing.
    if (path === '/wenda/10086.html') return { status: 200, headers: { 'content-type': 'text/html' }, body: fixture('pages/jiankang-gbk-10086.html') };
    if (path === '/wenda/10087.html') return page(fixture('pages/jiankang-10087.html').toString('utf8'));
    if (path === '/private/notes.html') return page(linkPage('内部', []));
    const ask = path.match(/^\/(?:ask|wenda)\/([\w-]+)\.html$/);
    if (ask) {
      const id = path.startsWith('/wenda/') ? `w${ask[1]}` : ask[1]!;
      return page(pad(questionPage(id, relatedOf(id), path)));
    }
    if (path.endsWith('/') || /^\/(?:yyk\/doctor|dise)\/[^/]+\.html$/.test(path)) {
      return page(linkPage('栏目', [['/dise/asklist/937_1.html', '问答'], ['/', '首页']]));
    }
    return { status: 404, headers: { 'content-type': HTML }, body: '<html><body>404</body></html>', fault: true };
  }

  function faultReply(path: string, hit: number): Reply | null {
    const busy = (status: number): Reply => ({ status, headers: { 'retry-after': String(o.retryAfter), 'content-type': HTML }, body: 'busy', fault: true });
    switch (path) {
      case '/ask/busy.html':
        return hit === 0 ? busy(503) : null;
      case '/ask/throttled.html':
        return hit === 0 ? busy(429) : null;
      case '/ask/broken.html':
        return { status: 500, headers: { 'content-type': HTML }, body: 'error', fault: true };
      case '/ask/missing.html':
        return { status: 404, headers: { 'content-type': HTML }, body: 'not found', fault: true };
      case '/ask/old-749259.html':
        return { status: 301, headers: { location: '/ask/749259.html' }, fault: true };
      case '/ask/moved-away.html':
        return { status: 301, headers: { location: `http://localhost:${new URL(origin).port}/ask/749259.html` }, fault: true };
      case '/loop/a.html':
        return { status: 302, headers: { location: '/loop/b.html' }, fault: true };
      case '/loop/b.html':
        return { status: 302, headers: { location: `${origin}/loop/a.html` }, fault: true };
      case '/ask/slow.html':
        return { ...page(questionPage('slow', [])), delayMs: o.slowMs, fault: true };
      case '/ask/huge.html':
        return { status: 200, headers: { 'content-type': HTML }, body: `<html><body>${'大'.repeat(Math.ceil(o.hugeBytes / 3))}</body></html>`, chunked: true, fault: true };
      case '/ask/empty.html':
        return { status: 200, headers: { 'content-type': HTML }, body: '', fault: true };
      case '/ask/binary.html':
        return { status: 200, headers: { 'content-type': 'text/html' }, body: fixture('faults/binary.html'), fault: true };
      case '/files/chart':
        return { status: 200, headers: { 'content-type': 'image/png' }, body: Buffer.alloc(5000, 0x89), fault: true };
      case '/img/banner.jpg':
        return { status: 200, headers: { 'content-type': 'image/jpeg' }, body: Buffer.alloc(5000, 0xff), fault: true };
      default:
        return null;
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    const entry: LoggedRequest = {
      at: performance.now(),
      method: req.method ?? 'GET',
      path,
      host: req.headers.host ?? '',
      userAgent: req.headers['user-agent'] ?? '',
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      ifModifiedSince: (req.headers['if-modified-since'] as string | undefined) ?? null,
      status: 0,
    };
    log.push(entry);
    const bare = path.split('?')[0]!;
    const hit = hits.get(bare) ?? 0;
    hits.set(bare, hit + 1);
    const reply = route(bare, hit);
    const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body);
    const headers: Record<string, string> = { ...reply.headers };
    if (o.validators && reply.status === 200 && !reply.fault) {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      headers.etag = etag;
      headers['last-modified'] = LAST_MODIFIED;
      if (entry.ifNoneMatch === etag || (!entry.ifNoneMatch && entry.ifModifiedSince === LAST_MODIFIED)) {
        entry.status = 304;
        return void setTimeout(() => res.writeHead(304, { etag }).end(), o.latencyMs);
      }
    }
    entry.status = reply.status;
    const send = () => {
      if (res.destroyed) return;
      if (reply.chunked) {
        res.writeHead(reply.status, headers);
        for (let i = 0; i < body.length; i += 16_384) res.write(body.subarray(i, i + 16_384));
        res.end();
        return;
      }
      res.writeHead(reply.status, { ...headers, 'content-length': String(body.length) }).end(body);
    };
    const delay = (reply.delayMs ?? 0) + o.latencyMs;
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    host: `127.0.0.1:${port}`,
    log,
    listedQuestions: listed,
    override(path, html) {
      if (html === null) overrides.delete(path);
      else overrides.set(path, html);
    },
    reachablePages() {
      // Breadth first from the home page and the sitemap, reading hrefs with a regular
      // expression: an account of the site independent of the crawler's own parsing.
      const out = new Map<string, { body: Buffer; contentType: string }>();
      const queue = ['/', '/ask/sitemap-only.html', '/dise/asklist/937_1.html'];
      const seen = new Set(queue);
      while (queue.length) {
        const path = queue.shift()!;
        const reply = route(path, 1_000);
        if (reply.status !== 200 || reply.fault || path.startsWith('/private/')) continue;
        const body = Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body ?? '');
        out.set(path, { body, contentType: reply.headers?.['content-type'] ?? '' });
        for (const m of body.toString('latin1').matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
          let u: URL;
          try {
            u = new URL(m[1]!.replace(/&amp;/g, '&'), `${origin}${path}`);
          } catch {
            continue;
          }
          if (u.origin !== origin || seen.has(u.pathname)) continue;
          seen.add(u.pathname);
          queue.push(u.pathname);
        }
      }
      return out;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
