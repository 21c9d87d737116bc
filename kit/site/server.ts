import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fnv1a, Rng } from '../pages/rng.js';
import type { LoggedRequest } from './request-log.js';

/**
 * The HTTP side of every kit site, on 127.0.0.1 only: routes a path to a reply, logs each
 * request on arrival (time, headers, status), adds ETag/Last-Modified and answers conditional
 * requests with 304, delays answers, streams bodies without a length, and refuses a seeded
 * share of pages once with 503/429 and Retry-After. What the site holds is the route's business
 * (test-site.ts, corpus-site.ts).
 */

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
  delayMs?: number;
  /** Not a page whose entries belong in the dataset (no validators, never made flaky). */
  fault?: boolean;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

/** Answers a path (without its query); `hit` counts earlier requests for it, from 0. */
export type Route = (path: string, hit: number) => Reply;

/**
 * Pages that answer their first request with 503 or 429 and `Retry-After`, then normally:
 * which ones is a pure function of the seed and the path, so a test knows them in advance.
 */
export interface FlakyPages {
  /** Share of pages refused once, 0 to 1 (e.g. 0.04). */
  share: number;
  /** Retry-After of the refusals, seconds. */
  retryAfterS: number;
  /** The refusals to answer with (default both, half each). */
  statuses?: readonly (429 | 503)[];
  /** Default 1. */
  seed?: number;
}

export interface ServerOptions {
  /** Added to every response, ms (default 0). */
  latencyMs?: number;
  /** ETag and Last-Modified on pages, and 304 for conditional requests (default true). */
  validators?: boolean;
  flaky?: FlakyPages | null;
  /** Default: any free port. */
  port?: number;
}

export interface ServerStats {
  requests: number;
  /** Answered 200. */
  ok: number;
  notFound: number;
  /** Body bytes sent. */
  bytes: number;
}

export interface KitServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>` */
  host: string;
  log: LoggedRequest[];
  stats: ServerStats;
  /** Replaces the body of a path (a page that changed), or restores it with null. */
  override(path: string, html: string | null): void;
  /** What a later request for `path` gets (override or route), without logging or counting it. */
  peek(path: string): Reply;
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Tue, 01 Jun 2021 08:00:00 GMT';

/** The refusal a flaky page answers its first request with, or null if the page is not one of them. */
export function flakyStatus(path: string, flaky: FlakyPages | null | undefined): 429 | 503 | null {
  if (!flaky || flaky.share <= 0 || path === '/robots.txt' || path.startsWith('/sitemap')) return null;
  const rng = Rng.for(flaky.seed ?? 1, 'flaky', fnv1a(path));
  if (!rng.chance(flaky.share)) return null;
  return rng.pick(flaky.statuses ?? [503, 429]);
}

/** Serves `makeRoute(origin)` on 127.0.0.1 (the route may need its own origin, for redirects and sitemaps). */
export async function startServer(makeRoute: (origin: string) => Route, options: ServerOptions = {}): Promise<KitServer> {
  const { latencyMs = 0, validators = true, flaky = null } = options;
  const log: LoggedRequest[] = [];
  const stats: ServerStats = { requests: 0, ok: 0, notFound: 0, bytes: 0 };
  const hits = new Map<string, number>();
  const overrides = new Map<string, string>();
  let route: Route = () => ({ status: 503 });
  const answer = (path: string, hit: number): Reply => {
    const override = overrides.get(path);
    return override !== undefined ? { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: override } : route(path, hit);
  };

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
      retryAfter: null,
    };
    log.push(entry);
    res.once('close', () => (entry.doneAt = performance.now()));
    stats.requests++;
    const bare = path.split('?')[0]!;
    const hit = hits.get(bare) ?? 0;
    hits.set(bare, hit + 1);
    let reply = answer(bare, hit);
    const refusal = hit === 0 && reply.status === 200 && !reply.fault ? flakyStatus(bare, flaky) : null;
    if (refusal) reply = { status: refusal, headers: { 'retry-after': String(flaky!.retryAfterS), 'content-type': 'text/html; charset=utf-8' }, body: 'busy', fault: true };

    const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body);
    const headers: Record<string, string> = { ...reply.headers };
    entry.retryAfter = headers['retry-after'] ?? null;
    if (validators && reply.status === 200 && !reply.fault) {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      headers.etag = etag;
      headers['last-modified'] = LAST_MODIFIED;
      if (entry.ifNoneMatch === etag || (!entry.ifNoneMatch && entry.ifModifiedSince === LAST_MODIFIED)) {
        entry.status = 304;
        return void setTimeout(() => res.writeHead(304, { etag }).end(), latencyMs);
      }
    }
    entry.status = reply.status;
    if (reply.status === 200) stats.ok++;
    if (reply.status === 404) stats.notFound++;
    const send = () => {
      if (res.destroyed) return;
      stats.bytes += body.length;
      if (reply.chunked) {
        res.writeHead(reply.status, headers);
        for (let i = 0; i < body.length; i += 16_384) res.write(body.subarray(i, i + 16_384));
        res.end();
        return;
      }
      res.writeHead(reply.status, { ...headers, 'content-length': String(body.length) }).end(body);
    };
    const delay = (reply.delayMs ?? 0) + latencyMs;
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  route = makeRoute(origin);

  return {
    origin,
    host: `127.0.0.1:${port}`,
    log,
    stats,
    override(path, html) {
      if (html === null) overrides.delete(path);
      else overrides.set(path, html);
    },
    peek: (path) => answer(path, Number.MAX_SAFE_INTEGER),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
