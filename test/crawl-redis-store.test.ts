import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReject } from '../src/core/outcome.js';
import { LeaseLostError, type Discovered } from '../src/crawl/frontier-store.js';
import { RedisFrontierStore } from '../src/crawl/redis-frontier-store.js';
import { hasRedisServer, startRedis, type RedisServer } from './site/redis-server.js';

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
});
