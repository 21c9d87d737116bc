import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchOnce, type FetchOptions } from '../src/crawl/fetcher.js';

/**
 * fetchOnce runs on node:http rather than WHATWG fetch (its CPU on the crawl's main thread):
 * servers must see the same request, and the crawl the same response, as fetch gave it.
 */
const BODY = '<html><body>问答 '.repeat(200) + '</body></html>';
/** Bytes that are neither a coding's stream nor text. */
const JUNK = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));
let server: Server;
let origin = '';
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const path = req.url ?? '/';
    const body = Buffer.from(BODY);
    if (path === '/gzip') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(body));
    else if (path === '/deflate') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync(body));
    else if (path === '/deflate-raw') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateRawSync(body));
    else if (path === '/br') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(body));
    else if (path === '/twice') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate, gzip' }).end(gzipSync(deflateSync(body)));
    else if (path === '/gzip-plain' || path === '/deflate-plain' || path === '/br-plain' || path === '/bom-plain')
      // A misconfigured server: the coding claimed, the bytes sent as they are.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': path.slice(1, -6).replace('bom', 'gzip') }).end(path === '/bom-plain' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' \n'), body]) : body);
    else if (path === '/gzip-junk') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(JUNK);
    else if (path === '/gzip-corrupt') {
      // A gzip stream whose deflate data goes bad after its header: not a page as it came either.
      const gz = gzipSync(body);
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(Buffer.concat([gz.subarray(0, 10), JUNK]));
    } else if (path === '/gzip-broken-late') {
      // A gzip stream that decodes for a while, then goes bad: its raw bytes were never a page.
      const gz = gzipSync(Buffer.from(BODY.repeat(4)));
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.write(gz.subarray(0, gz.length >> 1));
      setTimeout(() => res.end(JUNK), 30);
    } else if (path === '/gzip-cut') {
      const gz = gzipSync(Buffer.from(BODY.repeat(4)));
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(gz.length) });
      res.write(gz.subarray(0, gz.length >> 1));
      setTimeout(() => res.socket?.destroy(), 20);
    } else if (path === '/unknown') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' }).end(body);
    else if (path === '/headers') {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.setHeader('x-twice', ['1', '2']);
      res.setHeader('ETag', '"v1"');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } else if (path === '/redirect') res.writeHead(301, { location: '/gzip' }).end();
    else if (path === '/big') res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(50_000, 'a'));
    else if (path === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(body);
    else if (path === '/slow') setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(body), 2_000);
    else if (path === '/cut') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(body.length * 2) });
      res.write(body);
      setTimeout(() => res.socket?.destroy(), 20);
    } else if (path === '/utf8-location' || path === '/gbk-location') {
      // Raw bytes beyond ASCII in the header, as some servers send a Chinese path (node's own server would refuse to).
      const name = path === '/utf8-location' ? Buffer.from('问题', 'utf8') : Buffer.from([0xce, 0xca, 0xcc, 0xe2]);
      res.socket!.end(Buffer.concat([Buffer.from('HTTP/1.1 302 Found\r\nLocation: /ask/'), name, Buffer.from(' 1.html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')]));
    } else if (path === '/lf-only' || path === '/te-and-length' || path === '/control-in-header') {
      // Answers of broken servers, written by hand.
      const head =
        path === '/lf-only'
          ? `HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: ${body.length}\nConnection: close\n\n`
          : path === '/te-and-length'
            ? `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.length.toString(16)}\r\n`
            : `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Debug: a\x01b\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
      res.socket!.end(Buffer.concat([Buffer.from(head), body, Buffer.from(path === '/te-and-length' ? '\r\n0\r\n\r\n' : '')]));
    } else res.writeHead(404, { 'content-type': 'text/html' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options: FetchOptions = { headers: { 'user-agent': 'qa-harvest-test', accept: 'text/html' }, timeoutMs: 5_000, maxBytes: 20_000, acceptType: (t) => t === 'text/html' };

/** What WHATWG fetch gave for the same URL, as the crawl read it before. */
async function viaFetch(path: string) {
  const response = await fetch(origin + path, { redirect: 'manual', headers: options.headers });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('fetchOnce on node:http answers as fetch did', () => {
  it.each(['/gzip', '/deflate', '/deflate-raw', '/br', '/twice', '/unknown', '/headers', '/redirect', '/missing'])('%s: the same status, headers and body bytes', async (path) => {
    const want = await viaFetch(path);
    const got = await fetchOnce(origin + path, options);
    expect(got.status).toBe(want.status);
    // The Date of two requests may fall in two seconds.
    const { connection: _a, 'keep-alive': _b, date: gotDate, ...headers } = got.headers;
    const { connection: _c, 'keep-alive': _d, date: wantDate, ...wanted } = want.headers;
    expect(headers).toEqual(wanted);
    expect(typeof gotDate).toBe(typeof wantDate);
    expect(got.body.equals(want.body)).toBe(true);
    expect(got.unread).toBeNull();
  });

  it('sends the request headers fetch sent', async () => {
    seen.length = 0;
    await viaFetch('/missing');
    await fetchOnce(origin + '/missing', options);
    const [byFetch, byUs] = seen;
    expect(Object.keys(byUs!).sort()).toEqual(Object.keys(byFetch!).sort());
    expect(byUs).toEqual(byFetch);
  });

  it('gives a Location with raw UTF-8 or GBK bytes back as those bytes percent-encoded, not as Latin-1 mojibake', async () => {
    // Before: /ask/%C3%A9%C2%97%C2%AE%C3%A9%C2%A2%C2%98 once resolved, a 404 for a page that exists.
    expect((await fetchOnce(origin + '/utf8-location', options)).headers.location).toBe('/ask/%E9%97%AE%E9%A2%98 1.html');
    expect(new URL('/ask/%E9%97%AE%E9%A2%98 1.html', origin).pathname).toBe('/ask/%E9%97%AE%E9%A2%98%201.html');
    expect((await fetchOnce(origin + '/gbk-location', options)).headers.location).toBe('/ask/%CE%CA%CC%E2 1.html');
  });

  it.each(['/lf-only', '/te-and-length', '/control-in-header'])('%s: reads the page of a server that breaks HTTP as browsers forgive', async (path) => {
    // Before: a network_error (HPE_CR_EXPECTED, HPE_INVALID_CONTENT_LENGTH, HPE_INVALID_HEADER_TOKEN) on every try.
    const got = await fetchOnce(origin + path, options);
    expect(got.status).toBe(200);
    expect(got.body.toString()).toBe(BODY);
  });

  it('keeps the head of too large a body when asked to (robots.txt)', async () => {
    const head = await fetchOnce(origin + '/big', { ...options, keepHead: true });
    expect(head.unread).toBeNull();
    expect(head.body).toEqual(Buffer.alloc(20_000, 'a'));
  });

  it('leaves too large a body and another type unread', async () => {
    expect((await fetchOnce(origin + '/big', options)).unread?.reason).toBe('too_large');
    expect((await fetchOnce(origin + '/pdf', options)).unread).toEqual({ reason: 'not_a_page', detail: 'Content-Type application/pdf is not a page' });
  });

  it.each(['/gzip-plain', '/deflate-plain', '/br-plain', '/bom-plain'])('%s: keeps a page sent as it is under a Content-Encoding it is not in, and says so', async (path) => {
    // Before: the decoder's error ("incorrect header check") was a network error, retried in vain, then the page lost.
    const got = await fetchOnce(origin + path, options);
    expect(got.status).toBe(200);
    expect(got.unread).toBeNull();
    expect(got.body.toString()).toMatch(/^(?:\ufeff \n)?<html><body>问答 /);
    expect(got.body.toString().endsWith('</body></html>')).toBe(true);
    expect(got.decoding).toMatch(/^Content-Encoding (?:gzip|deflate|br) claimed, the body was not (?:gzip|deflate|br) \(.+\): read as it came$/);
  });

  it.each(['/gzip-junk', '/gzip-corrupt'])('%s: a body in no coding and not a page is left unread with its reason, not failed as the network', async (path) => {
    const got = await fetchOnce(origin + path, options);
    expect(got.status).toBe(200);
    expect(got.body.length).toBe(0);
    expect(got.unread).toMatchObject({ reason: 'bad_content_encoding', detail: expect.stringMatching(/^Content-Encoding gzip claimed, the body was not gzip \(.+\) nor a page as it came$/) });
  });

  it('leaves a coded body that breaks off its coding partway unread, saying how far it decoded', async () => {
    // Its raw bytes are let go once bytes decode (no megabyte held per coded response); the reason says what happened.
    const got = await fetchOnce(origin + '/gzip-broken-late', options);
    expect(got.body.length).toBe(0);
    expect(got.decoding).toBeNull();
    expect(got.unread).toMatchObject({ reason: 'bad_content_encoding', detail: expect.stringMatching(/^Content-Encoding gzip: the body broke off its coding after [1-9]\d* decoded bytes \(.+\)$/) });
  });

  it('still fails a coded body cut short as the network (asked again)', async () => {
    await expect(fetchOnce(origin + '/gzip-cut', options)).rejects.toMatchObject({ kind: 'network' });
    expect((await fetchOnce(origin + '/gzip', options)).decoding).toBeNull();
  });

  it('fails with the kinds the crawl tells apart: timeout, network, a response cut short', async () => {
    await expect(fetchOnce(origin + '/slow', { ...options, timeoutMs: 200 })).rejects.toMatchObject({ kind: 'timeout', message: 'no complete response within 200 ms' });
    const refused = await fetchOnce('http://127.0.0.1:1/', options).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(FetchError);
    expect(refused).toMatchObject({ kind: 'network', message: expect.stringMatching(/^fetch failed: connect ECONNREFUSED 127\.0\.0\.1:1 \(ECONNREFUSED\)$/) });
    await expect(fetchOnce(origin + '/cut', options)).rejects.toMatchObject({ kind: 'network' });
    const stop = new AbortController();
    const stopped = fetchOnce(origin + '/slow', { ...options, signal: stop.signal });
    stop.abort();
    await expect(stopped).rejects.toMatchObject({ kind: 'aborted' });
  });
});
