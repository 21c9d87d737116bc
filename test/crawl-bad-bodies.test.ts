import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/log.js';
import { linkPage } from '../kit/pages/navigation.js';
import { startServer, type Reply } from '../kit/site/server.js';
import { questionPage } from '../kit/site/test-site.js';
import { crawlSite, readLatest } from './site/harness.js';

/**
 * Bodies that are not what their headers say, on a server the test starts on 127.0.0.1: each
 * gets a record (a page kept with a warning naming its URL, or a reject with its reason), not
 * retries in vain and a network_error.
 */
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-bad-bodies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HTML = { 'content-type': 'text/html; charset=utf-8' };
/** Neither a gzip stream nor text. */
const JUNK = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));

/** What the crawl logged, level and message and fields. */
function recordingLogger(lines: Array<{ level: string; msg: string; fields: Record<string, unknown> }>): Logger {
  const at = (level: string) => (msg: string, fields: Record<string, unknown> = {}) => void lines.push({ level, msg, fields });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

describe('a Content-Encoding the body is not in', () => {
  it('keeps a page (and robots.txt) sent as it is, with a warning naming the URL; rejects bytes that are no page as bad_content_encoding; asks for each once', async () => {
    const server = await startServer(() => (path): Reply => {
      // A server that says gzip and sends the bytes as they are (a common misconfiguration).
      if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, body: 'User-agent: *\nDisallow: /private/\n' };
      if (path === '/') return { status: 200, headers: HTML, body: linkPage('首页', ['plain', 'junk', 'ok'].map((id) => [`/ask/${id}.html`, id])) };
      if (path === '/ask/plain.html') return { status: 200, headers: { ...HTML, 'content-encoding': 'gzip' }, body: questionPage('plain', []) };
      if (path === '/ask/junk.html') return { status: 200, headers: { ...HTML, 'content-encoding': 'gzip' }, body: JUNK, fault: true };
      if (path === '/ask/ok.html') return { status: 200, headers: HTML, body: questionPage('ok', []) };
      return { status: 404, body: 'no', fault: true };
    });
    try {
      const out = join(work, 'coding');
      const lines: Array<{ level: string; msg: string; fields: Record<string, unknown> }> = [];
      const summary = await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, timeout: '5s' }, { log: recordingLogger(lines) });
      const { entries, rejects, manifest } = readLatest(out);
      // Before: "terminated: incorrect header check (Z_DATA_ERROR)", a network_error asked for four times, and plain.html's entry lost.
      expect(entries.map((e) => new URL(e.source).pathname).toSorted()).toEqual(['/ask/ok.html', '/ask/plain.html']);
      const junk = rejects.filter((r) => r.source.endsWith('/ask/junk.html'));
      expect(junk).toHaveLength(1);
      expect(junk[0]).toMatchObject({ stage: 'fetch', reason: 'bad_content_encoding', status: 200 });
      expect(junk[0]!.detail).toMatch(/^Content-Encoding gzip claimed, the body was not gzip \(incorrect header check \(Z_DATA_ERROR\)\) nor a page as it came$/);
      for (const path of ['/robots.txt', '/ask/plain.html', '/ask/junk.html']) expect(server.log.filter((r) => r.path === path), path).toHaveLength(1);
      const warned = lines.filter((l) => l.level === 'warn' && /not in the Content-Encoding it claims: read as it came/.test(l.msg)).map((l) => l.fields.url);
      expect(warned.toSorted()).toEqual([`${server.origin}/ask/plain.html`, `${server.origin}/robots.txt`]);
      expect(summary.crawl.stats).toMatchObject({ bodies_read_as_sent: 2, retries: 0, rejected: { bad_content_encoding: 1 } });
      expect(manifest.stages.crawl.robots[server.origin].unavailable).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('sitemaps larger than a page may be', () => {
  /** A urlset listing `/ask/<name>-head.html` first and `/ask/<name>-tail.html` last, `padding` bytes apart. */
  const urlset = (origin: string, name: string, padding: number) =>
    Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>${origin}/ask/${name}-head.html</loc></url>\n<!-- `),
      Buffer.alloc(padding, 'x'),
      Buffer.from(` -->\n<url><loc>${origin}/ask/${name}-tail.html</loc></url>\n</urlset>\n`),
    ]);
  const MB = 1024 * 1024;

  it('reads one of 1 MB whole (over --max-page-bytes), one beyond 50 MB up to 50 MB with a warning naming it; a sitemap redirected twice and refused once with Retry-After is read as a page would be', async () => {
    let big: Buffer, huge: Buffer, coded: Buffer;
    const server = await startServer((origin) => {
      big = urlset(origin, 'big', MB);
      // 65 MB uncompressed: a .xml.gz served as it is, and the same under Content-Encoding gzip.
      huge = gzipSync(urlset(origin, 'huge', 65 * MB), { level: 1 });
      coded = gzipSync(urlset(origin, 'coded', 65 * MB), { level: 1 });
      return (path, hit): Reply => {
        if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: ['User-agent: *', 'Allow: /', ...['/old-sitemap.xml', '/huge.xml.gz', '/coded.xml'].map((p) => `Sitemap: ${origin}${p}`), ''].join('\n') };
        if (path === '/') return { status: 200, headers: HTML, body: linkPage('首页', [['/ask/home.html', 'home']]) };
        if (path === '/old-sitemap.xml') return { status: 301, headers: { location: '/moved.xml' }, fault: true };
        if (path === '/moved.xml') return { status: 302, headers: { location: `${origin}/big.xml` }, fault: true };
        if (path === '/big.xml' && hit === 0) return { status: 503, headers: { 'retry-after': '1' }, body: 'busy', fault: true };
        if (path === '/big.xml') return { status: 200, headers: { 'content-type': 'application/xml' }, body: big };
        if (path === '/huge.xml.gz') return { status: 200, headers: { 'content-type': 'application/x-gzip' }, body: huge };
        if (path === '/coded.xml') return { status: 200, headers: { 'content-type': 'application/xml', 'content-encoding': 'gzip' }, body: coded };
        if (/^\/ask\/[\w-]+\.html$/.test(path)) return { status: 200, headers: HTML, body: questionPage(path.slice(5, -5), []) };
        return { status: 404, body: 'no', fault: true };
      };
    });
    try {
      const out = join(work, 'sitemaps');
      const lines: Array<{ level: string; msg: string; fields: Record<string, unknown> }> = [];
      // --max-page-bytes 200,000 (the harness's): each sitemap is larger.
      const summary = await crawlSite({ ...server, reachablePages: () => new Map(), listedQuestions: [] }, out, { rate: 0, timeout: '20s' }, { log: recordingLogger(lines) });
      const { entries, rejects } = readLatest(out);
      // Before: each sitemap a too_large reject ("Content-Length 1048822 is over the 200000-byte
      // limit"): sitemaps were held to --max-page-bytes; only home.html was read. (At the default
      // 10 MB, huge.xml.gz was a bad_sitemap: "Cannot create a Buffer larger than 67108864 bytes".)
      expect(rejects.filter((r) => /sitemap|\.xml/.test(r.source))).toEqual([]);
      expect(entries.map((e) => new URL(e.source).pathname).toSorted()).toEqual(['/ask/big-head.html', '/ask/big-tail.html', '/ask/coded-head.html', '/ask/home.html', '/ask/huge-head.html']);
      const cuts = lines.filter((l) => l.level === 'warn' && /^a sitemap over 50 MB/.test(l.msg));
      expect(cuts.map((l) => l.fields.url).toSorted()).toEqual([`${server.origin}/coded.xml`, `${server.origin}/huge.xml.gz`]);
      for (const l of cuts) {
        expect(l.msg).toBe(`a sitemap over 50 MB (the most sitemaps.org allows): its first ${50 * MB} bytes are read, the rest is left`);
        expect(l.fields).toMatchObject({ read_bytes: 50 * MB, listed: 1 });
      }
      expect(summary.crawl.stats).toMatchObject({ sitemaps_read: 3, sitemaps_cut: 2 });
      // The sitemap refused with Retry-After: 1 is asked again no sooner, after two redirects, as a page is.
      const asks = server.log.filter((r) => r.path === '/big.xml');
      expect(asks.map((r) => r.status)).toEqual([503, 200]);
      expect(asks[1]!.at - asks[0]!.at).toBeGreaterThanOrEqual(1000 - 2);
      expect(server.log.filter((r) => r.path === '/old-sitemap.xml' || r.path === '/moved.xml').map((r) => r.status)).toEqual([301, 302]);
    } finally {
      await server.close();
    }
  }, 120_000);
});
