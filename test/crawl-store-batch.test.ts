import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Discovered } from '../src/crawl/frontier-store.js';
import { SqliteFrontierStore } from '../src/crawl/sqlite-frontier-store.js';

/**
 * The crawl commits the visits it records in small batches (a few pages, or a few
 * milliseconds): `finish` resolves only once its visit is committed, so a process killed with
 * visits still waiting loses only those, which are pending again (their discoveries with them),
 * as visits still being fetched are.
 */
const ROOT = resolve(import.meta.dirname, '..');
const url = (path: string, depth = 1, parent: string | null = null): Discovered => ({ key: `http://a.example${path}`, url: `http://a.example${path}`, host: 'a.example', kind: 'page', depth, hops: 0, parent });

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a store committing visits in batches', () => {
  it('resumes after SIGKILL with every visit it reported stored, and the rest pending without their discoveries', async () => {
    dir = mkdtempSync(join(tmpdir(), 'qa-harvest-batch-'));
    const path = join(dir, 'crawl.sqlite');
    // A child records 10 visits, batches of 4 (or 60 s: never by time here), says which finished, and kills itself with 2 waiting.
    const script = join(dir, 'child.mts');
    writeFileSync(
      script,
      `import { SqliteFrontierStore } from ${JSON.stringify(join(ROOT, 'src/crawl/sqlite-frontier-store.ts'))};
const store = new SqliteFrontierStore(${JSON.stringify(path)}, { commit: { pages: 4, ms: 60_000 } });
await store.begin(new Date());
const page = (i: number) => ({ key: 'http://a.example/p' + i, url: 'http://a.example/p' + i, host: 'a.example', kind: 'page' as const, depth: 1, hops: 0, parent: null });
await store.add(Array.from({ length: 10 }, (_, i) => page(i)));
const entries = await store.pending(0, 100);
const done: Promise<void>[] = [];
for (const [i, e] of entries.entries()) {
  const found = { ...page(100 + i), depth: 2, parent: e.key };
  done.push(store.finish(e, { type: 'skipped', reason: 'test' }, [found]).then(() => { process.stdout.write(e.key + '\\n'); }));
}
await Promise.all(done.slice(0, 8));
process.kill(process.pid, 'SIGKILL');
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    const signal = await new Promise((r) => child.on('exit', (_code, sig) => r(sig)));
    expect(signal).toBe('SIGKILL');
    const reported = out.split('\n').filter(Boolean);
    expect(reported).toHaveLength(8);

    const store = new SqliteFrontierStore(path);
    expect(await store.begin(new Date())).toMatchObject({ pass: 1, resumed: true });
    for (const key of reported) expect(await store.previous(key), key).toMatchObject({ result: 'skipped' });
    const pending = (await store.pending(0, 100)).map((e) => e.key);
    // The two waiting for their batch: pending again, and what they found never queued.
    expect(pending.filter((k) => /\/p\d$/.test(k)).sort()).toEqual(['http://a.example/p8', 'http://a.example/p9']);
    expect(pending.filter((k) => /\/p1\d\d$/.test(k)).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `http://a.example/p${100 + i}`));
    await store.close();
  }, 30_000);

  it('commits a batch by time too, sees its own visits before they are committed, and commits what waits before any other write', async () => {
    dir = mkdtempSync(join(tmpdir(), 'qa-harvest-batch-'));
    const path = join(dir, 'crawl.sqlite');
    const store = new SqliteFrontierStore(path, { commit: { pages: 8, ms: 30 } });
    await store.begin(new Date());
    await store.add([url('/a'), url('/b'), url('/c')]);
    const [a, b, c] = await store.pending(0, 10);
    const other = new SqliteFrontierStore(path);
    let stored = false;
    const finished = store.finish(a!, { type: 'skipped', reason: 'test' }, [url('/d', 2, a!.key)]).then(() => (stored = true));
    // This connection reads what it recorded; another sees it only once committed.
    expect((await store.pending(0, 10)).map((e) => e.url)).toEqual(['http://a.example/b', 'http://a.example/c', 'http://a.example/d']);
    expect(await other.previous(a!.key)).toBeNull();
    expect(stored).toBe(false);
    await finished;
    expect(await other.previous(a!.key)).toMatchObject({ result: 'skipped' });
    // Another write (here, a retry's attempt count) commits what waits first.
    const second = store.finish(b!, { type: 'skipped', reason: 'test' }, []);
    await store.recordAttempt(c!.key, 1);
    expect(await other.previous(b!.key)).toMatchObject({ result: 'skipped' });
    await second;
    await other.close();
    await store.close();
  });
});
