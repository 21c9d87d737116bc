/**
 * One HTTP exchange, exactly: no redirect following (the crawler records and schedules each
 * hop), the raw body bytes (decoding is the extractor's, from bytes and Content-Type), a size
 * cap enforced while reading, one timeout for headers and body together.
 */
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { constants as zlib, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export interface FetchOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** Bodies larger than this are not read to the end. */
  maxBytes: number;
  /** Keep the first `maxBytes` of a larger body (robots.txt: its head is what counts) instead of leaving it unread. */
  keepHead?: boolean;
  /** Whether to read the body of a 2xx response with this Content-Type (lower case, '' when absent). */
  acceptType: (contentType: string) => boolean;
  signal?: AbortSignal;
}

export interface FetchResponse {
  /** The URL asked for. */
  url: string;
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
  /** From sending the request to the last byte. */
  elapsedMs: number;
  /** From sending the request to the response headers: the server's latency, whatever the body's size. */
  headersMs: number;
  /** Set when the body was left unread: over the size cap, a type that is not a page, or bytes in no coding they claim and not a page either. */
  unread: null | { reason: 'too_large' | 'not_a_page' | 'bad_content_encoding'; detail: string };
  /** Set when the body was not in the Content-Encoding it claimed and was kept as it came (a page sent as it is): what happened, for the log. */
  decoding: string | null;
  /** Set when `keepHead` kept only the head of a larger body. */
  cut: boolean;
}

/** The exchange did not complete: no status to judge. */
export class FetchError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network' | 'aborted',
    message: string,
    readonly elapsedMs: number,
  ) {
    super(message);
  }
}

/**
 * One GET on node:http(s) with keep-alive agents: it asks and answers exactly as the WHATWG
 * fetch it replaces did (the same request headers, `accept-encoding: gzip, deflate` and the
 * body decoded as fetch decodes it, duplicate response headers joined with ", ", set-cookie's
 * last), at a third of fetch's CPU a request on the crawl's main thread (fetch's web streams,
 * Headers and Response objects and its abort signals cost some 0.2 ms a request).
 */
export function fetchOnce(url: string, options: FetchOptions): Promise<FetchResponse> {
  return exchange(url, options, false);
}

function exchange(url: string, options: FetchOptions, retried: boolean): Promise<FetchResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<FetchResponse>((resolve, reject) => {
    let settled = false;
    let timedOut = false;
    let req: ClientRequest | null = null;
    let res: IncomingMessage | null = null;
    let decoder: Transform | null = null;
    const done = (out: FetchResponse | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (out instanceof Error) reject(out);
      else resolve(out);
    };
    const fail = (err: unknown) => {
      if (settled) return;
      // A kept-alive connection the server closed just as it was reused: asked again once on a new one, as a browser does.
      if (!retried && !timedOut && !options.signal?.aborted && res === null && req?.reusedSocket && isResetCode((err as { code?: string }).code)) {
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        exchange(url, options, true).then(resolve, reject);
        return;
      }
      if (options.signal?.aborted) done(new FetchError('aborted', 'stopped', elapsed()));
      else if (timedOut) done(new FetchError('timeout', `no complete response within ${options.timeoutMs} ms`, elapsed()));
      // Worded as fetch worded it (`fetch failed: connect ECONNREFUSED … (ECONNREFUSED)`): rejects carry it.
      else done(new FetchError('network', describe(res ? new TypeError('terminated', { cause: err }) : new TypeError('fetch failed', { cause: err })), elapsed()));
      stop();
    };
    const stop = () => {
      decoder?.destroy();
      res?.destroy();
      req?.destroy();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      fail(new Error('timeout'));
    }, options.timeoutMs);
    const onAbort = () => fail(new Error('aborted'));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    let target: URL;
    try {
      target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new TypeError(`fetch failed: not an http(s) URL: ${url}`);
      const secure = target.protocol === 'https:';
      // Read as browsers (and Scrapy's Twisted) read them: answers with bare LF line ends, both
      // Transfer-Encoding and Content-Length (chunked wins), or a control byte in a header value;
      // node's strict parser (undici's too) turns each into a network error, retried in vain.
      req = (secure ? httpsRequest : httpRequest)(target, { method: 'GET', agent: secure ? HTTPS_AGENT : HTTP_AGENT, headers: requestHeaders(options.headers), insecureHTTPParser: true });
    } catch (err) {
      return fail(err);
    }
    req.on('error', fail);
    req.on('response', (response) => {
      res = response;
      const headersMs = elapsed();
      const headers = responseHeaders(response.rawHeaders);
      const status = response.statusCode ?? 0;
      let decoding: string | null = null;
      let cut = false;
      const result = (body: Buffer, unread: FetchResponse['unread']): FetchResponse => ({ url, status, headers, body, elapsedMs: elapsed(), headersMs, unread, decoding, cut });
      const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (status >= 200 && status < 300 && !options.acceptType(type)) {
        done(result(Buffer.alloc(0), { reason: 'not_a_page', detail: `Content-Type ${type || '(none)'} is not a page` }));
        return stop();
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes && !options.keepHead) {
        done(result(Buffer.alloc(0), { reason: 'too_large', detail: `Content-Length ${declared} is over the ${options.maxBytes}-byte limit` }));
        return stop();
      }
      response.on('error', fail);
      const coding = (headers['content-encoding'] ?? '').trim().toLowerCase();
      let body: Readable = response;
      if (!NULL_BODY_STATUS.has(status)) {
        try {
          decoder = decoderOf(headers['content-encoding']);
        } catch (err) {
          done(result(Buffer.alloc(0), { reason: 'bad_content_encoding', detail: `Content-Encoding ${coding}: ${(err as Error).message}` }));
          return stop();
        }
        if (decoder) body = response.pipe(decoder);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const take = (chunk: Buffer) => {
        if (settled) return;
        total += chunk.byteLength;
        if (total > options.maxBytes) {
          if (options.keepHead) {
            chunks.push(chunk.subarray(0, chunk.byteLength - (total - options.maxBytes)));
            cut = true;
            done(result(Buffer.concat(chunks, options.maxBytes), null));
          } else done(result(Buffer.alloc(0), { reason: 'too_large', detail: `body over the ${options.maxBytes}-byte limit (stopped reading)` }));
          return stop();
        }
        chunks.push(chunk);
      };
      const finish = () => {
        // A response cut short (the connection closed before Content-Length's bytes) is an error, not a body.
        if (!response.complete) return fail(new Error('other side closed'));
        // A buffer of its own, as fetch's was: a chunk is a view into the socket's read (headers and all), which a thread would be sent whole.
        done(result(Buffer.concat(chunks, total), null));
      };
      // A coded body's bytes as they came, kept (their first RAW_KEPT_BYTES) until the decoder gives
      // its first bytes or fails: a page sent as it is under a Content-Encoding it is not in (a
      // misconfigured server) is read as browsers read it, from these bytes on. Once bytes decode,
      // the body is in its coding, and its raw bytes are no page: they are let go.
      let raw: Buffer[] | null = decoder ? [] : null;
      let rawTotal = 0;
      let decoded = 0;
      let asSent = false;
      let responseEnded = false;
      if (decoder) {
        response.on('data', (chunk: Buffer) => {
          if (asSent) return take(chunk);
          rawTotal += chunk.byteLength;
          if (raw && rawTotal <= RAW_KEPT_BYTES) raw.push(chunk);
          else raw = null;
        });
        response.on('end', () => {
          responseEnded = true;
          if (asSent) finish();
        });
        decoder.on('error', (err: Error & { code?: string }) => {
          if (settled || asSent) return;
          // Not a fault of the connection (a stream cut short is, and is read to its end as fetch reads it): the same bytes would come again.
          if (!isCodingError(err)) return fail(err);
          const why = `${err.message}${err.code ? ` (${err.code})` : ''}`;
          const notIn = `Content-Encoding ${coding} claimed, the body was not ${coding} (${why})`;
          if (decoded > 0) {
            done(result(Buffer.alloc(0), { reason: 'bad_content_encoding', detail: `Content-Encoding ${coding}: the body broke off its coding after ${decoded} decoded bytes (${why})` }));
            return stop();
          }
          const head = raw && Buffer.concat(raw);
          if (!head || !readsAsText(head)) {
            done(result(Buffer.alloc(0), { reason: 'bad_content_encoding', detail: head ? `${notIn} nor a page as it came` : `${notIn} after ${RAW_KEPT_BYTES} bytes` }));
            return stop();
          }
          decoding = `${notIn}: read as it came`;
          asSent = true;
          raw = null;
          chunks.length = 0;
          total = 0;
          response.unpipe(decoder!);
          take(head);
          if (responseEnded) finish();
          else response.resume();
        });
      }
      body.on('data', (chunk: Buffer) => {
        if (asSent) return;
        if (decoder) {
          decoded += chunk.byteLength;
          raw = null;
        }
        take(chunk);
      });
      body.on('end', () => {
        if (!asSent) finish();
      });
      response.on('aborted', () => fail(new Error('other side closed')));
      response.on('close', () => {
        if (!response.complete) fail(new Error('other side closed'));
      });
    });
    req.end();
  });
}

/** Kept-alive connections, one agent per scheme for the process (fetch shared undici's global dispatcher the same way). */
const HTTP_AGENT = new HttpAgent({ keepAlive: true });
const HTTPS_AGENT = new HttpsAgent({ keepAlive: true });

/** How much of a coded body's bytes are kept as they came while it is decoded (see `readsAsText`). */
const RAW_KEPT_BYTES = 1024 * 1024;

/** Statuses whose body fetch never decodes. */
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/** What fetch sent besides the caller's headers (undici's defaults), so servers see the same request. */
function requestHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { connection: 'keep-alive' };
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  out['accept'] ??= '*/*';
  out['accept-language'] ??= '*';
  out['sec-fetch-mode'] ??= 'cors';
  out['user-agent'] ??= 'node';
  out['accept-encoding'] ??= 'gzip, deflate';
  return out;
}

/** Response headers as fetch's Headers gave them: lower-case names, repeated ones joined with ", ", set-cookie's last. */
function responseHeaders(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = name === 'location' ? percentEncodeRawBytes(raw[i + 1]!) : raw[i + 1]!;
    headers[name] = name in headers && name !== 'set-cookie' ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/**
 * A Location sent with raw bytes beyond ASCII (a Chinese path, unencoded, in UTF-8 or GBK):
 * node reads header bytes as Latin-1, which would turn 问题 into mojibake and the redirect
 * into a 404. Each such byte is percent-encoded as it came, as browsers do: the server gets
 * its own bytes back, whatever their encoding.
 */
function percentEncodeRawBytes(value: string): string {
  return value.replace(/[\x80-\xff]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The decoder of a Content-Encoding, as fetch decodes it (codings applied last first; an unknown one: the bytes as they came). */
function decoderOf(encoding: string | undefined): Transform | null {
  if (!encoding) return null;
  const codings = encoding.toLowerCase().split(',');
  if (codings.length > 5) throw new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is 5`);
  const decoders: Transform[] = [];
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i]!.trim();
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(createGunzip({ flush: zlib.Z_SYNC_FLUSH, finishFlush: zlib.Z_SYNC_FLUSH }));
    else if (coding === 'deflate') decoders.push(new InflateEither());
    else if (coding === 'br') decoders.push(createBrotliDecompress({ flush: zlib.BROTLI_OPERATION_FLUSH, finishFlush: zlib.BROTLI_OPERATION_FLUSH }));
    else return null;
  }
  if (decoders.length === 1) return decoders[0]!;
  // Several codings: one stream through them all, its errors any of theirs.
  const first = decoders[0]!;
  let last: Transform = first;
  for (const d of decoders.slice(1)) {
    last.on('error', (err) => d.destroy(err));
    last = last.pipe(d);
  }
  return composeDecoders(first, last);
}

/** `first` … `last` piped as one Transform: written to `first`, read from `last`. */
function composeDecoders(first: Transform, last: Transform): Transform {
  const out = new Transform({
    transform(chunk, _enc, cb) {
      if (first.write(chunk)) cb();
      else first.once('drain', () => cb());
    },
    flush(cb) {
      last.once('end', () => cb());
      first.end();
    },
  });
  last.on('data', (chunk: Buffer) => out.push(chunk));
  last.on('error', (err) => out.destroy(err));
  return out;
}

/** "deflate" as servers send it: zlib-wrapped, or raw (fetch tells them apart by the first byte, as here). */
class InflateEither extends Transform {
  private inner: Transform | null = null;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (!this.inner) {
      const options = { flush: zlib.Z_SYNC_FLUSH, finishFlush: zlib.Z_SYNC_FLUSH };
      this.inner = (chunk[0]! & 0x0f) === 0x08 ? createInflate(options) : createInflateRaw(options);
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (err) => this.destroy(err));
    }
    if (this.inner.write(chunk)) cb();
    else this.inner.once('drain', () => cb());
  }
  override _flush(cb: (err?: Error | null) => void): void {
    if (!this.inner) return cb();
    this.inner.once('end', () => cb());
    this.inner.end();
  }
}

/**
 * A decoder's error that says the bytes are not in the coding (zlib's Z_DATA_ERROR: "incorrect
 * header check", "invalid code lengths set"; brotli's format errors), as opposed to a stream
 * cut short or the machine failing.
 */
function isCodingError(err: Error & { code?: string }): boolean {
  const code = err.code ?? '';
  return code === 'Z_DATA_ERROR' || code === 'Z_NEED_DICT' || code.startsWith('ERR__ERROR_FORMAT_') || code === 'ERR__ERROR_DICTIONARY';
}

/**
 * Whether bytes as they came read as a page: markup (`<` after an optional BOM and blank space)
 * or text without control bytes (robots.txt, a text sitemap) in their first KB; compressed
 * bytes hold control bytes within a few dozen.
 */
export function readsAsText(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x0c)) i++;
  if (i === bytes.length) return false;
  if (bytes[i] === 0x3c) return true;
  for (let j = i; j < Math.min(bytes.length, i + 1024); j++) {
    const b = bytes[j]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) return false;
  }
  return true;
}

function isResetCode(code: string | undefined): boolean {
  return code === 'ECONNRESET' || code === 'EPIPE';
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `${cause.message}${(cause as { code?: string }).code ? ` (${(cause as { code?: string }).code})` : ''}` : '';
  return detail ? `${err.message}: ${detail}` : err.message;
}

/**
 * Retry-After as seconds or as an HTTP date, in milliseconds from `now`; null when absent or
 * unreadable. A date in the past means "now".
 */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * What Retry-After asks for, and the wait the crawl gives it: never longer than `maxMs`
 * (--max-wait), so that a server asking for an hour or a day cannot hold a URL, a host or the
 * whole crawl that long; `beyond` says the server asked for more. Null when absent or unreadable.
 */
export function retryAfterWait(value: string | undefined, now: number, maxMs: number): { ms: number; askedMs: number; beyond: boolean } | null {
  const asked = parseRetryAfter(value, now);
  return asked === null ? null : { ms: Math.min(asked, maxMs), askedMs: asked, beyond: asked > maxMs };
}
