import { readFileSync } from 'node:fs';
import { youlaiDesktop } from '../pages/layouts.js';
import { linkPage, listPage } from '../pages/navigation.js';
import { fnv1a } from '../pages/rng.js';
import { qaItem, type QaItem } from '../pages/universe.js';
import { startServer, type FlakyPages, type KitServer, type Reply } from './server.js';

/**
 * A small site of the genre for crawl tests: a home page, list pages with 下一页 pagination,
 * question pages (the fixture pages plus generated ones) linking to each other, robots.txt with
 * a disallowed path that pages link to, a sitemap with a page nothing links to, and faults: 503
 * and 429 with Retry-After, a 404, a 500, a 301 to the canonical URL, a redirect loop, a redirect
 * to another host, a `<meta>` refresh to a page nothing links to (and a question page that also
 * refreshes, kept as a page), a response slower than the crawl's timeout, charset only in <meta> (GBK), an
 * oversized page, an empty 200, a binary body, an image link and a non-HTML response; and, when
 * asked, a seeded share of pages refused once (server.ts, `flaky`).
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
  /** A share of pages refused once with 503/429 and Retry-After (default none). */
  flaky?: FlakyPages | null;
  /** Seed of the generated questions' text (default 1). */
  seed?: number;
}

export interface TestSite extends KitServer {
  /** The pages a crawl should read, as path → bytes and Content-Type: reachable, allowed, not faults. */
  reachablePages(): Map<string, { body: Buffer; contentType: string }>;
  /** Question pages linked from the list pages, in list order. */
  listedQuestions: string[];
}

const HTML = 'text/html; charset=utf-8';
/** Every generated page's doctor card links here, so a new or changed page brings no other new page. */
const DOCTOR_PAGE = '/yyk/doctor/index.html';

/** The question generated page `id` shows: a universe answer picked by the id, asked with the id in it, so no two pages share a question. */
export function siteItem(id: string, seed = 1): QaItem {
  const item = qaItem(seed, fnv1a(id));
  return { ...item, id, question: `${item.question.replace(/？$/, '')}(${id})` };
}

/** The generated question page `id` (youlai desktop), with a 相关推荐 list of the pages `related`. */
export function questionPage(id: string, related: readonly string[], path = `/ask/${id}.html`, seed = 1): string {
  return youlaiDesktop(
    siteItem(id, seed),
    related.map((r) => siteItem(r, seed)),
    { canonical: path, doctorHref: DOCTOR_PAGE },
  );
}

export async function startTestSite(options: TestSiteOptions = {}): Promise<TestSite> {
  const o = { questions: 20, perList: 5, faults: true, crawlDelay: null, retryAfter: 1, slowMs: 2000, hugeBytes: 300_000, seed: 1, ...options };
  const pool = Array.from({ length: o.questions }, (_, i) => `q${i}`);
  const listed = ['/ask/749259.html', '/ask/0A0A0Aplac3.html', '/askmip/796E93gPx5Y.html', '/wenda/10086.html', '/wenda/10087.html', ...pool.map((id) => `/ask/${id}.html`)];
  const listPages = Math.max(1, Math.ceil(listed.length / o.perList));

  const pad = (html: string) => (o.padBytes && html.length < o.padBytes ? html.replace('</body>', `<!-- ${'x'.repeat(o.padBytes - html.length)} -->\n</body>`) : html);
  const relatedOf = (id: string): string[] => {
    const i = pool.indexOf(id);
    if (pool.length === 0) return [];
    if (i >= 0) return [...new Set([pool[(i + 1) % pool.length]!, pool[(i + 3) % pool.length]!, pool[(i + 7) % pool.length]!])];
    const s = fnv1a(id);
    return [...new Set([pool[s % pool.length]!, pool[(s + 5) % pool.length]!])];
  };
  const page = (html: string): Reply => ({ status: 200, headers: { 'content-type': HTML }, body: html });

  const makeRoute = (origin: string) => {
    const otherHost = `http://localhost:${new URL(origin).port}`;

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
          return { status: 301, headers: { location: `${otherHost}/ask/749259.html` }, fault: true };
        case '/ask/meta-moved.html':
          return { ...page('<html><head><meta charset="utf-8"><!-- <meta http-equiv="refresh" content="0;url=/ask/missing.html"> -->\n<meta http-equiv="Refresh" content="0; URL=\'/ask/meta-target.html\'"><title>正在跳转</title></head><body>问题已迁移，正在跳转…</body></html>'), fault: true };
        case '/ask/refreshing.html':
          return page(questionPage('refreshing', [], path, o.seed).replace('<head>', '<head><meta http-equiv="refresh" content="60;url=/">'));
        case '/loop/a.html':
          return { status: 302, headers: { location: '/loop/b.html' }, fault: true };
        case '/loop/b.html':
          return { status: 302, headers: { location: `${origin}/loop/a.html` }, fault: true };
        case '/ask/slow.html':
          return { ...page(questionPage('slow', [], undefined, o.seed)), delayMs: o.slowMs, fault: true };
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

    return (path: string, hit: number): Reply => {
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
          [`${otherHost}/ask/749259.html`, '另一个主机名'],
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
            ['/ask/meta-moved.html', '页面跳转'],
            ['/ask/refreshing.html', '定时刷新'],
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
        return page(pad(questionPage(id, relatedOf(id), path, o.seed)));
      }
      if (path.endsWith('/') || /^\/(?:yyk\/doctor|dise)\/[^/]+\.html$/.test(path)) {
        return page(linkPage('栏目', [['/dise/asklist/937_1.html', '问答'], ['/', '首页']]));
      }
      return { status: 404, headers: { 'content-type': HTML }, body: '<html><body>404</body></html>', fault: true };
    };
  };

  const server = await startServer(makeRoute, { latencyMs: o.latencyMs, validators: o.validators, flaky: o.flaky });
  const { origin } = server;
  return Object.assign(server, {
    listedQuestions: listed,
    reachablePages() {
      // Breadth first from the home page and the sitemap, reading hrefs with a regular
      // expression: an account of the site independent of the crawler's own parsing.
      const out = new Map<string, { body: Buffer; contentType: string }>();
      const queue = ['/', '/ask/sitemap-only.html', '/dise/asklist/937_1.html'];
      const seen = new Set(queue);
      while (queue.length) {
        const path = queue.shift()!;
        const reply = server.peek(path);
        const body = Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body ?? '');
        const text = body.toString('latin1');
        const refreshes = [...text.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<meta\b[^>]*http-equiv="refresh"[^>]*content="0;\s*url='?([^"']+)/gi)];
        const page = reply.status === 200 && !reply.fault && !path.startsWith('/private/');
        if (page) out.set(path, { body, contentType: reply.headers?.['content-type'] ?? '' });
        // A page with no content of its own sends its reader on with a refresh; only that one is followed.
        const next = page ? [...text.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)] : reply.status === 200 ? refreshes : [];
        for (const m of next) {
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
  });
}
