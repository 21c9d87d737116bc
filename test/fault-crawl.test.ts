import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPage, startTestSite, type TestSite } from '../kit/site/test-site.js';
import { FAULT_KINDS } from '../src/core/faults.js';
import { qaHarvest } from './helpers/cli.js';
import { tempDir } from './helpers/run.js';
import {
  applyDeltas,
  copyOf,
  CRAWL_STEPS,
  expectStruck,
  faultSpec,
  leftovers,
  readRun,
  runsAfter,
  runWithFault,
  STEP_TIMEOUT_MS,
  verifyLatest,
  withoutFetchTime,
  type PublishedRun,
} from './support/faults.js';

/**
 * The fault suite, the crawl state: a delta crawl of a site where a page changed is killed
 * (SIGKILL) or has a write to its state fail (ENOSPC, EIO, EROFS) at every step of the crawl,
 * then the same command runs again, then a full crawl. The dataset must be what an undisturbed
 * crawl publishes, and the deltas applied in order the full snapshot.
 */

let site: TestSite;
let work: string;
let fresh: string;
let base: string;
let baseEntries: string[];
let undisturbed: { delta: PublishedRun; full: string[] };
const covered = new Set<string>();
const started = Date.now();

const crawl = (out: string, mode: 'full' | 'delta') => ['crawl', '--start', `${site.origin}/`, '--out', out, '--impolite', '--revisit-after', '0', '--keep-runs', '100', '--mode', mode];

beforeAll(async () => {
  site = await startTestSite({ questions: 8, faults: false });
  work = await tempDir();
  fresh = join(work, 'fresh');
  expect([0, 3]).toContain((await qaHarvest(...crawl(fresh, 'full'))).code);
  base = verifyLatest(fresh);
  baseEntries = readRun(fresh, base).entries;
  // The doctor rewrote one answer.
  site.override('/ask/q1.html', questionPage('q1', ['q2', 'q4'], '/ask/q1.html', 2));

  const reference = await copyOf(fresh, join(work, 'undisturbed'));
  expect([0, 3]).toContain((await qaHarvest(...crawl(reference, 'delta'))).code);
  expect([0, 3]).toContain((await qaHarvest(...crawl(reference, 'full'))).code);
  const [deltaRun, fullRun] = runsAfter(reference, base);
  undisturbed = { delta: deltaRun!, full: withoutFetchTime(fullRun!.entries) };
  expect(deltaRun!.entries.length).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  await site.close();
  const steps = new Set([...covered].map((c) => c.split(':')[0]));
  console.log(`fault suite, crawl state: ${steps.size} steps × ${FAULT_KINDS.length} faults = ${covered.size} cases covered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe('a fault at every step of a crawl', () => {
  for (const step of CRAWL_STEPS) {
    it(`${step}: ${FAULT_KINDS.join(', ')}`, async () => {
      for (const kind of FAULT_KINDS) {
        const what = `${step}:${kind}`;
        const out = await copyOf(fresh, join(work, `${step}-${kind}`));
        const before = verifyLatest(out);

        const faulty = await runWithFault(crawl(out, 'delta'), kind, faultSpec(step, kind));
        expectStruck(faulty, step, kind, what);
        const moved = verifyLatest(out) !== before;
        if (kind !== 'kill') expect(moved ? [0, 3] : [1], `${what}\n${faulty.stderr.slice(-600)}`).toContain(faulty.code);

        const again = await qaHarvest(...crawl(out, 'delta'));
        expect([0, 3], `${what}: the crawl after it\n${again.stderr.slice(-600)}`).toContain(again.code);
        verifyLatest(out);
        expect([...leftovers(out), ...(existsSync(join(out, '.state', '.lock')) ? ['.state/.lock'] : [])], what).toEqual([]);
        const carrying = runsAfter(out, base).filter((r) => r.entries.length > 0 || r.goneIds.length > 0);
        expect(carrying.map((r) => [withoutFetchTime(r.entries), r.goneIds.toSorted()]), what).toEqual([
          [withoutFetchTime(undisturbed.delta.entries), undisturbed.delta.goneIds.toSorted()],
        ]);

        const snapshot = await qaHarvest(...crawl(out, 'full'));
        expect(snapshot.lines.at(-1)!.changes, what).toMatchObject({ new: 0, changed: 0, gone: 0 });
        const runs = runsAfter(out, base);
        expect(withoutFetchTime(runs.at(-1)!.entries), what).toEqual(undisturbed.full);
        expect(applyDeltas(baseEntries, runs), what).toEqual(runs.at(-1)!.entries.toSorted());
        covered.add(what);
        await rm(out, { recursive: true, force: true });
      }
    }, STEP_TIMEOUT_MS);
  }

  it('covered every step with every fault', () => {
    expect(covered.size).toBe(CRAWL_STEPS.length * FAULT_KINDS.length);
  });
});
