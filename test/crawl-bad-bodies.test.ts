import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
