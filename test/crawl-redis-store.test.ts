import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReject } from '../src/core/outcome.js';
import { isShared, LeaseLostError, type Discovered } from '../src/crawl/frontier-store.js';
import { HostPacer, type Pacer, type PacerOptions, type ResponseSignal } from '../src/crawl/host-pacer.js';
import { LeasedRequestManager } from '../src/crawl/leased-request-manager.js';
import { RedisFrontierStore } from '../src/crawl/redis-frontier-store.js';
import { RedisLink } from '../src/crawl/redis-link.js';
import { SharedPacer } from '../src/crawl/shared-pacer.js';
import { hasRedisServer, startRedis, type RedisServer } from '../kit/measure/redis-server.js';
import { PROFILES } from '../src/extract/profiles/index.js';
import { CrawlStateError, guardState, type GuardedSharedState } from '../src/pipeline/crawl-state.js';
import { shareProfiles, sharedProfiles } from '../src/pipeline/profiles.js';

/**
 * The Redis frontier's atomic steps, against a real redis-server: leases and the host places
 * they take, a lost lease, the shared retry queue, heartbeats that run out, passes, and
 * publishing order.
 */
const url = (path: string, depth = 1, host = 'a.example'): Discovered => ({ key: `http://${host}${path}`, url: `http://${host}${path}`, host, kind: 'page', depth, hops: 0, parent: null });
const policy = (hostConcurrency: number) => ({ policy: { intervalMs: 0, hostConcurrency, targetConcurrency: 2, adaptive: false }, maxPages: null, maxTimeMs: null });
const crawl = { options: {}, maxPageBytes: 1000 };
const skipped = { type: 'skipped', reason: 'test' } as const;

describe.skipIf(!hasRedisServer())('the Redis frontier store', () => {
  let redis: RedisServer;
  let n = 0;
  const open = async (leaseTtlMs = 15_000) => RedisFrontierStore.connect({ url: redis.url, crawlId: `t${++n}`, leaseTtlMs });
  /** A second worker on the same crawl. */
  const join = (store: RedisFrontierStore, leaseTtlMs = 15_000) => RedisFrontierStore.connect({ url: redis.url, crawlId: store.crawlId, leaseTtlMs });

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());

  it('hands out URLs in frontier order, each to one worker, while its host has a free place', async () => {
    const a = await open();
    const b = await join(a);
    try {
      await a.open(new Date(), crawl, policy(2));
      expect(await a.add([url('/', 0), url('/1'), url('/2'), url('/3'), url('/x', 1, 'b.example'), url('/1')])).toBe(5);
      await a.opened();
      await Promise.all([a.startWorker('opener'), b.startWorker('worker')]);
      const first = await a.claim(0);
      const second = await b.claim(0);
      expect([first?.url, second?.url]).toEqual(['http://a.example/', 'http://a.example/1']);
      expect(first!.lease).not.toBe(second!.lease);
      // a.example has two in flight: the next claim goes to the other host.
      expect((await a.claim(0))?.host).toBe('b.example');
      expect(await b.claim(0)).toBeNull();
      expect(await b.claimable(0)).toBe(false);
      // The response is in: the place is free while the page is read, and the lease holds.
      await a.releasePlace(first!);
      const third = await b.claim(0);
      expect(third?.url).toBe('http://a.example/2');
      await a.finish(first!, skipped, [url('/4', 2), url('/2', 2)]);
      expect(await a.counts()).toMatchObject({ pass: 1, done: 1, known: 6, pending: 5 });
      expect(await a.drained()).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('refuses the result of a worker whose lease was taken back, and gives its URLs to the others', async () => {
    const a = await open(300);
    const b = await join(a, 300);
    try {
      await a.open(new Date(), crawl, policy(1));
      await a.add([url('/1'), url('/2')]);
      await a.opened();
      await b.startWorker('worker');
      const held = await b.claim(0);
      // b stops heartbeating (as when SIGKILLed); a, beating, takes its lease back.
      await b.close();
      await a.startWorker('opener');
      await new Promise((resolve) => setTimeout(resolve, 900));
      const again = await a.claim(0);
      expect(again?.url).toBe(held!.url);
      const late = await join(a, 300);
      try {
        // The stalled worker comes back with its old lease: refused.
        await expect(late.finish({ ...held!, lease: held!.lease }, skipped, [])).rejects.toBeInstanceOf(LeaseLostError);
      } finally {
        await late.close();
      }
      await a.finish(again!, skipped, []);
      expect((await a.previous(held!.key))?.result).toBe('skipped');
    } finally {
      await a.close();
    }
  });

  it('keeps retries in one queue ordered by the time they may start, for any worker', async () => {
    const a = await open();
    const b = await join(a);
    try {
      await a.open(new Date(), crawl, policy(0));
      await a.add([url('/1'), url('/2'), url('/3')]);
      await a.opened();
      const [one, two] = [await a.claim(0), await a.claim(0)];
      await a.requeue(one!, 400, 1);
      await a.requeue(two!, 150, 1);
      expect((await b.claim(0))?.url).toBe('http://a.example/3');
      expect(await b.claim(0)).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 450));
      const retried = [await b.claim(0), await b.claim(0)];
      expect(retried.map((e) => [e?.url, e?.attempts])).toEqual([
        ['http://a.example/2', 1],
        ['http://a.example/1', 1],
      ]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('keeps a refused URL waiting for its Retry-After when the worker that was refused stops (SIGTERM): no other worker takes it sooner', async () => {
    const a = await open();
    const b = await join(a);
    try {
      await a.open(new Date(), crawl, policy(2));
      await a.add([url('/busy')]);
      await a.opened();
      await a.startWorker('worker');
      const manager = new LeasedRequestManager(a);
      const request = (await manager.fetchNextRequest())!;
      // Refused with Retry-After: 5, and the worker is told to stop before crawlee gives the request back.
      request.userData.notBefore = Date.now() + 5000;
      manager.stop();
      await manager.reclaimRequest(request);
      await b.startWorker('worker');
      expect(await b.claim(0)).toBeNull();
      expect(await b.counts()).toMatchObject({ pending: 1 });
      expect(await b.drained()).toBe(false);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('hands out the same URL for a claim sent twice (an answer lost while the server restarted)', async () => {
    const a = await open();
    try {
      await a.begin(new Date());
      await a.add([url('/1'), url('/2')]);
      const first = await a.claim(0);
      // The same token again, as RedisLink resends it.
      const resent = await (a as unknown as { run: (s: unknown, ...args: unknown[]) => Promise<string[]> }).run(
        (await import('../src/crawl/redis-frontier-scripts.js')).CLAIM,
        a.worker,
        first!.lease!,
        0,
        '0',
      );
      expect(resent[0]).toBe(first!.key);
      expect((await a.claim(0))?.url).toBe('http://a.example/2');
    } finally {
      await a.close();
    }
  });

  it('keeps results across passes and publishes them in URL order', async () => {
    const store = await open();
    try {
      expect(await store.begin(new Date())).toMatchObject({ pass: 1, resumed: false });
      await store.add([url('/', 0), url('/b'), url('/a'), url('/c')]);
      const first = (await store.claim(0))!;
      const reject = makeReject(first.url, 'fetch', 'not_found', 'HTTP 404', new Date(), { status: 404 });
      await store.finish(first, { type: 'rejected', reject, transient: false }, [url('/d', 2)]);
      expect(await store.begin(new Date())).toMatchObject({ pass: 1, resumed: true });
      expect(await store.completePass()).toBe(false);
      for (let e = await store.claim(0); e; e = await store.claim(0)) await store.finish(e, { type: 'redirect', status: 301, to: 'http://a.example/', checkedAt: 1 }, []);
      expect(await store.completePass()).toBe(true);
      expect(await store.begin(new Date())).toMatchObject({ pass: 2, resumed: false });
      expect((await store.pending(0, 10)).map((e) => e.url)).toEqual(['http://a.example/', 'http://a.example/b', 'http://a.example/a', 'http://a.example/c', 'http://a.example/d']);
      expect(await store.previous('http://a.example/')).toMatchObject({ result: 'rejected', status: 404 });
      const published = [];
      for await (const r of store.results()) published.push([r.key, r.result]);
      expect(published).toEqual([
        ['http://a.example/', 'rejected'],
        ['http://a.example/a', 'redirect'],
        ['http://a.example/b', 'redirect'],
        ['http://a.example/c', 'redirect'],
        ['http://a.example/d', 'redirect'],
      ]);
      expect(await store.redirectOf('http://a.example/a')).toEqual({ result: 'redirect', redirectTo: 'http://a.example/' });
      expect(await store.redirectOf('http://a.example/none')).toBeNull();
      expect(await store.forget()).toBeGreaterThan(5);
      expect(await store.counts()).toMatchObject({ known: 0 });
    } finally {
      await store.close();
    }
  });

  it('asks again for the rejects of a setting that changed, and only those (reviseRejects)', async () => {
    const store = await open();
    try {
      await store.begin(new Date());
      await store.add([url('/big'), url('/gone'), url('/fine')]);
      const at = new Date();
      const results = {
        'http://a.example/big': { type: 'rejected', reject: makeReject('http://a.example/big', 'fetch', 'too_large', 'over 1000 bytes', at), transient: false },
        'http://a.example/gone': { type: 'rejected', reject: makeReject('http://a.example/gone', 'fetch', 'not_found', 'HTTP 404', at, { status: 404 }), transient: false },
        'http://a.example/fine': { type: 'redirect', status: 301, to: 'http://a.example/', checkedAt: at.getTime() },
      } as const;
      for (let e = await store.claim(0); e; e = await store.claim(0)) await store.finish(e, results[e.key as keyof typeof results], []);
      expect(await store.reviseRejects(['too_large', 'redirect_out_of_scope'])).toBe(1);
      // Due for a request: no check time left; the others keep theirs.
      expect(await store.previous('http://a.example/big')).toMatchObject({ result: 'rejected', checkedAt: null });
      expect(await store.previous('http://a.example/gone')).toMatchObject({ result: 'rejected', checkedAt: at.getTime() });
      expect(await store.previous('http://a.example/fine')).toMatchObject({ result: 'redirect', checkedAt: at.getTime() });
      expect(await store.reviseRejects([])).toBe(0);
    } finally {
      await store.close();
    }
  });

  it("gives joined workers the opener's site profiles, as data", async () => {
    const store = await open();
    const other = await join(store);
    try {
      expect(await sharedProfiles(other)).toEqual(PROFILES);
      const learned = { ...PROFILES[0]!, id: 'learned-test', hosts: ['b.example'] };
      await shareProfiles(store, [...PROFILES, learned]);
      expect(await sharedProfiles(other)).toEqual([...PROFILES, learned]);
    } finally {
      await other.close();
      await store.close();
    }
  });
});

describe.skipIf(!hasRedisServer())("the crawl's guard around a shared frontier", () => {
  it('stays a shared store, lets a lost lease through as an answer, and stops the crawl at the first write the server does not take', async () => {
    const redis = await startRedis();
    const store = await RedisFrontierStore.connect({ url: redis.url, crawlId: 'guarded', leaseTtlMs: 300, giveUpAfterMs: 300 });
    const other = await RedisFrontierStore.connect({ url: redis.url, crawlId: 'guarded', leaseTtlMs: 300, giveUpAfterMs: 300 });
    let stops = 0;
    const guarded = guardState(store, 'the test frontier', () => stops++) as GuardedSharedState;
    try {
      expect(isShared(guarded)).toBe(true);
      await guarded.open(new Date(), crawl, policy(1));
      await guarded.add([url('/1'), url('/2')]);
      await guarded.opened();
      await store.startWorker('worker');
      const held = (await guarded.claim(0))!;
      // This worker stops heartbeating; the other takes its lease back.
      await store.leave();
      await other.startWorker('worker');
      await expect.poll(async () => (await other.claim(0))?.key, { interval: 50, timeout: 5000 }).toBe(held.key);
      await expect(guarded.finish(held, skipped, [])).rejects.toBeInstanceOf(LeaseLostError);
      expect([guarded.failure, stops]).toEqual([null, 0]);

      await redis.kill();
      await expect(guarded.claim(0)).rejects.toBeInstanceOf(CrawlStateError);
      expect(stops).toBe(1);
      expect(guarded.failure?.message).toMatch(/the crawl state the test frontier could not be written/);
      // Every write after it fails the same way, without asking the server.
      await expect(guarded.add([url('/3')])).rejects.toBe(guarded.failure);
    } finally {
      await store.close();
      await other.close();
      await redis.stop();
    }
  });
});

/**
 * HostPacer and its Lua twin follow the same rules: the scenarios of crawl-units.test.ts
 * ("waiting politely"), run through both, on a clock the test moves.
 */
describe.skipIf(!hasRedisServer())('one politeness, in one process or shared by workers', () => {
  let redis: RedisServer;
  let link: RedisLink;
  let n = 0;
  beforeAll(async () => {
    redis = await startRedis();
    link = await RedisLink.connect(redis.url);
  });
  afterAll(async () => {
    await link?.close();
    await redis?.stop();
  });

  type Options = Partial<PacerOptions>;
  const makers: Array<[string, (options: PacerOptions) => Promise<Pacer>]> = [
    ['HostPacer', async (options) => new HostPacer(options)],
    [
      'SharedPacer',
      async (options) => {
        const pacer = new SharedPacer(link, `qa:{pace${++n}}:meta`, options.clock);
        await pacer.setPolicy(options);
        return pacer;
      },
    ],
  ];

  describe.each(makers)('%s', (_name, make) => {
    /** A pacer on a clock the test moves: each answer comes `every` ms after the one before. */
    async function pacerOnClock(options: Options = {}) {
      let now = 1_000_000;
      const pacer = await make({ intervalMs: 100, hostConcurrency: 2, targetConcurrency: 2, adaptive: true, clock: () => now, ...options });
      const answer = async (signal: ResponseSignal, every = 100) => {
        now += every;
        return pacer.observe('h', signal);
      };
      return { pacer, answer, wait: (ms: number) => (now += ms) };
    }
    const ok = { latencyMs: 5, refused: false };
    const busy = { latencyMs: 5, refused: true, status: 503, retryAfterMs: 1000 };

    it('slows down when a host answers slowly, and recovers after', async () => {
      const { pacer, answer } = await pacerOnClock();
      expect(await pacer.gapMs('h')).toBe(100);
      await answer({ latencyMs: 4000, refused: false });
      expect(await pacer.gapMs('h')).toBe(1000);
      for (let i = 0; i < 12; i++) await answer({ latencyMs: 20, refused: false });
      expect(await pacer.gapMs('h')).toBe(100);
    });

    it('pauses the host for a 429 and for refusals that cluster, for the Retry-After given; a lone 503 holds back only its URL', async () => {
      const { pacer, answer, wait } = await pacerOnClock();
      expect(await answer(busy)).toBeNull();
      expect([await pacer.pausedForMs('h'), await pacer.gapMs('h')]).toEqual([0, 100]);
      expect(await answer({ ...busy, status: 429, retryAfterMs: 2000 })).toEqual({ ms: 2000, reason: 'rate_limited' });
      expect(await pacer.pausedForMs('h')).toBe(2000);
      wait(2000);
      for (let i = 0; i < 10; i++) await answer(ok);
      expect(await answer(busy)).toBeNull();
      expect(await answer(busy)).toBeNull();
      expect(await answer(busy)).toEqual({ ms: 1000, reason: 'refusals_cluster' });
      expect(await answer({ ...busy, status: 429, retryAfterMs: 1500 }, 10)).toBeNull();
      expect(await pacer.pausedForMs('h')).toBe(1500);
      wait(1500);
      expect((await pacer.snapshot()).h).toMatchObject({ refusals: 6, pauses: 2, pause_reasons: { rate_limited: 1, refusals_cluster: 1, retry: 0 }, paused_s: 3.51 });
    });

    it('slows down while refusals cluster, never beyond the Retry-After given, and recovers as soon as answers are good', async () => {
      const { pacer, answer } = await pacerOnClock();
      const asked = { ...busy, retryAfterMs: 300 };
      for (let i = 0; i < 4; i++) await answer(asked);
      expect(await pacer.gapMs('h')).toBe(100);
      await answer(asked);
      expect(await pacer.gapMs('h')).toBe(200);
      for (let i = 0; i < 5; i++) await answer(asked, 200);
      expect(await pacer.gapMs('h')).toBe(300);
      await answer(ok);
      expect(await pacer.gapMs('h')).toBe(150);
      await answer(ok);
      expect(await pacer.gapMs('h')).toBe(100);
      expect((await pacer.snapshot()).h).toMatchObject({ slowdowns: 2, pauses: 2, pause_reasons: { refusals_cluster: 2 } });
    });

    it('slows down when exchanges keep failing, without pausing the host', async () => {
      const { pacer, answer } = await pacerOnClock();
      for (let i = 0; i < 5; i++) expect(await answer({ latencyMs: 200, refused: false, failed: true })).toBeNull();
      expect(await pacer.gapMs('h')).toBe(200);
      expect(await pacer.pausedForMs('h')).toBe(0);
    });

    it('with politeness off, pauses nothing and keeps its pace, whatever the server says', async () => {
      const { pacer, answer } = await pacerOnClock({ intervalMs: 0, hostConcurrency: 0, targetConcurrency: 16, adaptive: false, hostPauses: false });
      for (let i = 0; i < 10; i++) expect(await answer({ ...busy, status: i % 2 ? 429 : 503 }, 5)).toBeNull();
      expect([await pacer.pausedForMs('h'), await pacer.gapMs('h')]).toEqual([0, 0]);
      expect((await pacer.snapshot()).h).toMatchObject({ refusals: 10, pauses: 0, slowdowns: 0, paused_s: 0 });
    });

    it('spaces request starts evenly on its own clock, and a pause holds back every waiter', async () => {
      const pacer = await make({ intervalMs: 40, hostConcurrency: 0, targetConcurrency: 1, adaptive: false });
      const starts: number[] = [];
      await Promise.all(Array.from({ length: 5 }, () => pacer.acquire('h').then(() => starts.push(performance.now()))));
      for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(37);
      const paused = performance.now();
      await pacer.pause('h', 150);
      await pacer.acquire('h');
      expect(performance.now() - paused).toBeGreaterThanOrEqual(145);
    });
  });
});
