/**
 * One HTTP exchange, exactly: no redirect following (the crawler records and schedules each
 * hop), the raw body bytes (decoding is the extractor's, from bytes and Content-Type), a size
 * cap enforced while reading, one timeout for headers and body together.
 */

export interface FetchOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** Bodies larger than this are not read to the end. */
  maxBytes: number;
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
  /** Set when the body was left unread: over the size cap, or a type that is not a page. */
  unread: null | { reason: 'too_large' | 'not_a_page'; detail: string };
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

export async function fetchOnce(url: string, options: FetchOptions): Promise<FetchResponse> {
  const started = performance.now();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (err: unknown): never => {
    if (options.signal?.aborted) throw new FetchError('aborted', 'stopped', elapsed());
    if (timeout.aborted) throw new FetchError('timeout', `no complete response within ${options.timeoutMs} ms`, elapsed());
    throw new FetchError('network', describe(err), elapsed());
  };

  let response: Response;
  try {
    response = await fetch(url, { method: 'GET', redirect: 'manual', headers: options.headers, signal });
  } catch (err) {
    return fail(err);
  }
  const headersMs = elapsed();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const result = (body: Buffer, unread: FetchResponse['unread']): FetchResponse => ({
    url,
    status: response.status,
    headers,
    body,
    elapsedMs: elapsed(),
    headersMs,
    unread,
  });

  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (response.status >= 200 && response.status < 300 && !options.acceptType(type)) {
    await response.body?.cancel().catch(() => {});
    return result(Buffer.alloc(0), { reason: 'not_a_page', detail: `Content-Type ${type || '(none)'} is not a page` });
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => {});
    return result(Buffer.alloc(0), { reason: 'too_large', detail: `Content-Length ${declared} is over the ${options.maxBytes}-byte limit` });
  }

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        total += chunk.byteLength;
        if (total > options.maxBytes) {
          await response.body.cancel().catch(() => {});
          return result(Buffer.alloc(0), { reason: 'too_large', detail: `body over the ${options.maxBytes}-byte limit (stopped reading)` });
        }
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      }
    }
  } catch (err) {
    return fail(err);
  }
  return result(Buffer.concat(chunks, total), null);
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
