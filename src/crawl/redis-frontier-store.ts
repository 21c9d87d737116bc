import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { silentLogger, type Logger } from '../core/log.js';
import type { Reject } from '../schema/entry.js';
import {
  LeaseLostError,
  type Discovered,
  type FrontierCounts,
  type FrontierEntry,
  type PassInfo,
  type PreviousVisit,
  type ResultKind,
  type SharedFrontierStore,
  type SharedRun,
  type StoredCrawl,
  type StoredPayload,
  type StoredResult,
  type UrlKind,
  type VisitResult,
} from './frontier-store.js';
import { sleep } from './host-pacer.js';
import { RedisLink, type Script } from './redis-link.js';
import * as lua from './redis-frontier-scripts.js';
import { frontierStatus, type FrontierStatus } from './redis-frontier-status.js';
import { discoveredJson, recording, toEntry, unpack } from './redis-url-fields.js';
import type { RobotsRecord, RobotsShare } from './robots-book.js';
import { pacePolicy, SharedPacer } from './shared-pacer.js';

export interface RedisFrontierOptions {
  /** redis://[:password@]host:port/db */
  url: string;
  /** The crawl's name: its keys are `qa:{<crawl-id>}:…`. */
  crawlId: string;
  /** How long a worker's leases outlive its last heartbeat (default 15 s; it beats three times as often). */
  leaseTtlMs?: number;
  /** How long to wait for a server that is away before failing (default 120 s). */
  giveUpAfterMs?: number;
  log?: Logger;
}

export const CRAWL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** URLs one script queues or revises: a thousand take the server about a millisecond. */
const ADD_BATCH = 1000;

/**
 * The frontier in Redis, for several workers on several machines (see SharedFrontierStore and
 * the key layout in redis-frontier-scripts.ts). Every step that reads and writes is one Lua
 * script, so workers never see half a step; what a finished page stored is in Redis as soon as
 * its finish returns (with `appendonly yes`, on disk within a second, or at once with
 * `appendfsync always`).
 */
export class RedisFrontierStore implements SharedFrontierStore {
  readonly shared = true;
  readonly worker: string;
  private readonly metaKey: string;
  private leaseTtlMs: number;
  private readonly log: Logger;
  private leaseCount = 0;
  /** Tokens of the leases this worker holds or is claiming: the heartbeat tells the server which are still wanted. */
  private readonly held = new Map<string, string>();
  private beat: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  private role: 'opener' | 'worker' = 'worker';

  private constructor(
    private readonly link: RedisLink,
    readonly crawlId: string,
    options: RedisFrontierOptions,
  ) {
    this.metaKey = `${lua.crawlPrefix(crawlId)}meta`;
    this.leaseTtlMs = options.leaseTtlMs ?? 15_000;
    this.log = options.log ?? silentLogger;
    this.worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  }

  static async connect(options: RedisFrontierOptions): Promise<RedisFrontierStore> {
    if (!CRAWL_ID.test(options.crawlId)) throw new Error(`crawl id '${options.crawlId}': use letters, digits, '.', '_' and '-' (up to 64)`);
    const link = await RedisLink.connect(options.url, { giveUpAfterMs: options.giveUpAfterMs, log: options.log });
    return new RedisFrontierStore(link, options.crawlId, options);
  }

  /** Where the crawl's keys start: `qa:{<crawl-id>}:`. */
  get prefix(): string {
    return lua.crawlPrefix(this.crawlId);
  }

  private run<T>(s: Script, ...args: Array<string | number | Buffer>): Promise<T> {
    return this.link.run<T>(s, this.metaKey, ['', ...args]);
  }

  /** Opens (or continues) a pass keeping the settings and politeness stored before, with no limits: for tests and tools. */
  async begin(now: Date): Promise<PassInfo> {
    const pass = await this.openPass(now, null, null);
    await this.opened();
    return pass;
  }

  open(now: Date, crawl: StoredCrawl, run: SharedRun): Promise<PassInfo> {
    return this.openPass(now, crawl, run);
  }

  private async openPass(now: Date, crawl: StoredCrawl | null, run: SharedRun | null): Promise<PassInfo> {
    const settings = crawl ? JSON.stringify(crawl) : ((await this.link.call((r) => r.hget(this.metaKey, 'settings'))) ?? '{}');
    const budget = run?.maxPages ?? '';
    const maxTime = run?.maxTimeMs ?? '';
    const pol = run ? pacePolicy(run.policy) : await this.link.call((r) => r.hgetall(`${this.prefix}policy`));
    const [pass, resumed, startedAt] = await this.run<[number, number, string, string]>(lua.OPEN, now.toISOString(), settings, budget, maxTime, JSON.stringify(pol));
    // One lease time for all: the workers that join beat at the opener's pace.
    if (run) await this.link.call((r) => r.hset(this.metaKey, 'lease_ms', this.leaseTtlMs));
    // Every known URL is queued again (a new pass), or the rest of them (an opener that died while queueing).
    while ((await this.run<number>(lua.REQUEUE_KNOWN, 2000)) !== 1);
    return { pass, resumed: resumed === 1, startedAt };
  }

  async opened(): Promise<void> {
    await this.run(lua.OPENED);
  }

  /**
   * Waits (up to `waitMs`, default a minute) for a pass to be open: a worker may start before its
   * opener, or while the opener queues the known URLs of a new pass.
   */
  async join(waitMs = 60_000): Promise<{ pass: PassInfo; crawl: StoredCrawl } | null> {
    const deadline = performance.now() + waitMs;
    for (;;) {
      const [pass, state, startedAt, settings] = await this.link.call((r) => r.hmget(this.metaKey, 'pass', 'pass_state', 'pass_started_at', 'settings'));
      if (state === 'open' && settings) return { pass: { pass: Number(pass), resumed: true, startedAt: startedAt ?? '' }, crawl: JSON.parse(settings) as StoredCrawl };
      if (performance.now() > deadline) return null;
      await sleep(200);
    }
  }

  /** What the opener stored, and whether its pass is complete: for publishing from the frontier; null when there is no such crawl. */
  async storedCrawl(): Promise<{ crawl: StoredCrawl; complete: boolean } | null> {
    const [state, settings] = await this.link.call((r) => r.hmget(this.metaKey, 'pass_state', 'settings'));
    return settings ? { crawl: JSON.parse(settings) as StoredCrawl, complete: state === 'complete' } : null;
  }

  async add(urls: readonly Discovered[]): Promise<number> {
    let queued = 0;
    for (let i = 0; i < urls.length; i += ADD_BATCH) queued += await this.run<number>(lua.ADD, discoveredJson(urls.slice(i, i + ADD_BATCH)));
    return queued;
  }

  /** Pending URLs in frontier order (not those leased or waiting to retry): for tests and a look at the queue. */
  async pending(afterSeq: number, limit: number): Promise<FrontierEntry[]> {
    const hosts = await this.link.call((r) => r.zrange(`${this.prefix}hosts`, 0, -1));
    const found: Array<[string, number]> = [];
    for (const host of hosts) {
      const flat = await this.link.call((r) => r.zrangebyscore(`${this.prefix}p:${host}`, `(${afterSeq}`, '+inf', 'WITHSCORES', 'LIMIT', 0, limit));
      for (let i = 0; i < flat.length; i += 2) found.push([flat[i]!, Number(flat[i + 1])]);
    }
    found.sort((a, b) => a[1] - b[1]);
    const out: FrontierEntry[] = [];
    for (const [key] of found.slice(0, limit)) {
      const [url, host, kind, depth, hops, parent, seq, attempts] = await this.link.call((r) => r.hmget(`${this.prefix}u:${key}`, 'u', 'h', 'k', 'd', 'o', 'pa', 's', 'a'));
      out.push(toEntry([key, url ?? key, host!, kind!, depth!, hops!, parent ?? '', seq!, attempts ?? '0']));
    }
    return out;
  }

  async previous(key: string): Promise<PreviousVisit | null> {
    const [result, status, etag, lastModified, sha256, checkedAt, entries, transient] = await this.link.call((r) =>
      r.hmget(`${this.prefix}u:${key}`, 'r', 'st', 'et', 'lm', 'sh', 'ca', 'en', 'tr'),
    );
    if (!result) return null;
    const num = (v: string | null) => (v === null ? null : Number(v));
    return { result: result as ResultKind, status: num(status!), etag: etag ?? null, lastModified: lastModified ?? null, sha256: sha256 ?? null, checkedAt: num(checkedAt!), entries: num(entries!), transient: transient === '1' };
  }

  async payload(key: string): Promise<StoredPayload | null> {
    const [kind, blob] = await this.link.call(async (r) => [await r.hget(`${this.prefix}u:${key}`, 'k'), await r.getBuffer(`${this.prefix}x:${key}`)] as const);
    if (!blob) return null;
    return kind === 'page' ? { kind: 'page', extraction: unpack(blob) } : { kind: 'sitemap', listing: unpack(blob) };
  }

  async finish(entry: FrontierEntry, result: VisitResult, discovered: readonly Discovered[]): Promise<void> {
    const token = this.leaseOf(entry);
    const r = recording(result);
    // A sitemap of 50,000 URLs in one script would hold the server for a while: such lists are
    // queued first, in parts. Queued URLs whose finish is then lost are simply found again.
    let found = discovered;
    if (found.length > ADD_BATCH) {
      await this.add(found);
      found = [];
    }
    const stored = await this.run<number>(lua.FINISH, entry.key, token, r.mode, JSON.stringify(r.changes), JSON.stringify(r.kept), r.payload, r.body ?? '', discoveredJson(found));
    this.held.delete(token);
    if (stored !== 1) throw new LeaseLostError(entry.key);
  }

  private leaseOf(entry: FrontierEntry): string {
    if (!entry.lease) throw new Error(`a shared frontier records visits of claimed URLs only (${entry.key} was not claimed)`);
    return entry.lease;
  }

  async recordAttempt(key: string, attempts: number): Promise<void> {
    const token = [...this.held].find(([, k]) => k === key)?.[0];
    if (token) await this.run(lua.RECORD_ATTEMPT, key, token, attempts);
  }

  async completePass(): Promise<boolean> {
    return (await this.run<number>(lua.COMPLETE)) === 1;
  }

  async counts(): Promise<FrontierCounts> {
    const [pass, queued, retrying, leased, done, known] = await this.run<number[]>(lua.COUNTS);
    return { pass: pass!, pending: queued! + retrying! + leased!, done: done!, known: known! };
  }

  async *results(): AsyncIterable<StoredResult> {
    const FIELDS = ['u', 'h', 'k', 'r', 'st', 'rt', 'rj', 'er'] as const;
    for (let after = '-'; ; ) {
      const keys = await this.link.call((r) => r.zrangebylex(`${this.prefix}known`, after, '+', 'LIMIT', 0, 200));
      if (keys.length === 0) return;
      after = `(${keys.at(-1)!}`;
      const rows = await this.link.call(async (r) => {
        const read = r.pipeline();
        for (const key of keys) read.hmget(`${this.prefix}u:${key}`, ...FIELDS);
        return ((await read.exec()) ?? []).map(([err, row]) => {
          if (err) throw err;
          return row as Array<string | null>;
        });
      });
      for (const [i, key] of keys.entries()) {
        const [url, host, kind, result, status, redirectTo, reject, error] = rows[i]!;
        if (!(result === 'page' || result === 'rejected' || result === 'redirect' || error)) continue;
        const blob = result === 'page' && kind === 'page' ? await this.link.call((r) => r.getBuffer(`${this.prefix}x:${key}`)) : null;
        yield {
          key,
          url: url ?? key,
          host: host!,
          kind: kind as UrlKind,
          result: result as ResultKind,
          status: status === null ? null : Number(status),
          redirectTo: redirectTo ?? null,
          extraction: blob ? unpack(blob) : null,
          reject: reject ? (JSON.parse(reject) as Reject) : null,
          error: error ? (JSON.parse(error) as Reject) : null,
        };
      }
    }
  }

  async redirectOf(key: string): Promise<{ result: ResultKind | null; redirectTo: string | null } | null> {
    const [host, result, redirectTo] = await this.link.call((r) => r.hmget(`${this.prefix}u:${key}`, 'h', 'r', 'rt'));
    return host ? { result: (result as ResultKind | null) ?? null, redirectTo: redirectTo ?? null } : null;
  }

  async reviseRejects(reasons: readonly string[]): Promise<number> {
    if (reasons.length === 0) return 0;
    // In parts of the known URLs, so that no script holds the server for long.
    let revised = 0;
    for (let after = '-'; ; ) {
      const keys = await this.link.call((r) => r.zrangebylex(`${this.prefix}known`, after, '+', 'LIMIT', 0, ADD_BATCH));
      if (keys.length === 0) return revised;
      after = `(${keys.at(-1)!}`;
      revised += await this.run<number>(lua.REVISE_REJECTS, JSON.stringify(reasons), JSON.stringify(keys));
    }
  }

  getMeta(name: string): Promise<string | null> {
    return this.link.call((r) => r.hget(`${this.prefix}usermeta`, name));
  }

  async setMeta(name: string, value: string): Promise<void> {
    await this.link.call((r) => r.hset(`${this.prefix}usermeta`, name, value));
  }

  async claim(lookaheadMs: number): Promise<FrontierEntry | null> {
    const token = `${this.worker}#${++this.leaseCount}`;
    // Held before it is asked for: a heartbeat racing the claim must not give it back.
    this.held.set(token, '');
    const row = await this.run<string[] | null>(lua.CLAIM, this.worker, token, lookaheadMs, '0').catch((err: unknown) => {
      this.held.delete(token);
      throw err;
    });
    if (!row) {
      this.held.delete(token);
      return null;
    }
    this.held.set(token, row[0]!);
    return { ...toEntry(row), lease: token };
  }

  async claimable(lookaheadMs: number): Promise<boolean> {
    return (await this.run<number>(lua.CLAIM, this.worker, '', lookaheadMs, '1')) === 1;
  }

  async releasePlace(entry: FrontierEntry): Promise<void> {
    await this.run(lua.RELEASE_PLACE, entry.key, this.leaseOf(entry));
  }

  async requeue(entry: FrontierEntry, waitMs: number, attempts: number): Promise<void> {
    const token = this.leaseOf(entry);
    await this.run(lua.REQUEUE, entry.key, token, Math.max(0, Math.round(waitMs)), attempts);
    this.held.delete(token);
  }

  async drained(): Promise<boolean> {
    return (await this.run<number>(lua.DRAINED)) === 1;
  }

  async takePage(): Promise<boolean> {
    return (await this.run<number>(lua.TAKE_PAGE)) === 1;
  }

  async timeLeftMs(): Promise<number | null> {
    const deadline = await this.link.call((r) => r.hget(this.metaKey, 'deadline'));
    return deadline === null ? null : Number(deadline) - (await this.link.serverTime());
  }

  async startWorker(role: 'opener' | 'worker'): Promise<void> {
    this.role = role;
    const stored = role === 'worker' ? await this.link.call((r) => r.hget(this.metaKey, 'lease_ms')) : null;
    if (stored) this.leaseTtlMs = Number(stored);
    await this.heartbeat(false);
    this.beat = setInterval(() => {
      // After the server was away, the other workers get a lease's time to beat again before theirs are taken back.
      this.beating ??= this.heartbeat(performance.now() - this.link.connectedAt >= this.leaseTtlMs)
        .catch((err: unknown) => this.log.warn('heartbeat failed', { worker: this.worker, error: String(err) }))
        .finally(() => (this.beating = null));
    }, Math.max(50, Math.floor(this.leaseTtlMs / 3)));
    this.beat.unref();
  }

  private async heartbeat(reap: boolean, leaving = false): Promise<void> {
    const info = { role: this.role, host: hostname(), pid: process.pid };
    const [returned, reaped] = await this.run<[number, number]>(lua.HEARTBEAT, this.worker, this.leaseTtlMs, JSON.stringify([...this.held.keys()]), reap ? '1' : '0', leaving ? '1' : '0', JSON.stringify(info));
    if (reaped > 0) this.log.warn('workers stopped heartbeating: their URLs go back to the frontier', { workers: reaped, urls: returned });
    else if (returned > 0 && !leaving) this.log.warn('leases this worker no longer holds went back to the frontier', { urls: returned });
  }

  async leave(): Promise<void> {
    if (this.beat) clearInterval(this.beat);
    this.beat = null;
    await this.beating;
    await this.heartbeat(false, true);
    this.held.clear();
  }

  pacer(): SharedPacer {
    return new SharedPacer(this.link, this.metaKey);
  }

  robots(): RobotsShare {
    return {
      once: async (origin: string, read: () => Promise<RobotsRecord>): Promise<RobotsRecord> => {
        for (;;) {
          const [state, record] = await this.run<[string, string?]>(lua.ROBOTS_TAKE, origin, this.worker);
          if (state === 'done') return JSON.parse(record!) as RobotsRecord;
          if (state === 'fetch') {
            let found: RobotsRecord;
            try {
              found = await read();
            } catch (err) {
              await this.run(lua.ROBOTS_PUT, origin, this.worker, '');
              throw err;
            }
            await this.run(lua.ROBOTS_PUT, origin, this.worker, JSON.stringify(found));
            return found;
          }
          // Another worker is reading it.
          await sleep(100);
        }
      },
    };
  }

  /** What --status shows: the frontier's counts, each live worker, each host's pace. */
  status(): Promise<FrontierStatus> {
    return frontierStatus(this.link, this.crawlId, this.pacer());
  }

  /** Deletes every key of the crawl (--restart). */
  async forget(): Promise<number> {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.link.call((r) => r.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 1000));
      cursor = next;
      if (keys.length) deleted += await this.link.call((r) => r.unlink(...keys));
    } while (cursor !== '0');
    return deleted;
  }

  async close(): Promise<void> {
    if (this.beat) clearInterval(this.beat);
    await this.beating;
    await this.link.close();
  }
}
