import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../kit/pages/corpus.js';
import { FAULT_KINDS, type FaultStep } from '../src/core/faults.js';
import { qaHarvest } from './helpers/cli.js';
import { fixturePath } from './helpers/pages.js';
import { tempDir } from './helpers/run.js';
import {
  applyDeltas,
  copyOf,
  expectStruck,
  faultSpec,
  leftovers,
  PUBLISH_STEPS,
  readRun,
  runChild,
  runsAfter,
  runWithFault,
  STEP_TIMEOUT_MS,
  verifyLatest,
  type PublishedRun,
} from './support/faults.js';

/**
 * The fault suite, publishing: a delta run over changed inputs (new, changed and gone entries)
 * is killed (SIGKILL) or has a write fail (ENOSPC, EIO, EROFS) at every named step, then the
 * same command runs again, and then a full run. Whatever happened: `latest` is always a
 * complete run matching its manifest; the exit code says whether `latest` moved; exactly one
 * delta carries the change, equal to an undisturbed run's; applied in order the deltas equal
 * the full snapshot, which equals an undisturbed one; nothing is left behind.
 */

let work: string;
let inputs: string;
let base: string;
let baseEntries: string[];
/** Dataset folders to copy per scenario: after the first full run; and after a delta run killed after moving latest / before. */
const template = { fresh: '', killedAfterLatest: '', killedBeforeLatest: '' };
let undisturbed: { delta: PublishedRun; full: string[] };
const covered = new Set<string>();
const started = Date.now();

const delta = (out: string) => ['run', inputs, '--out', out, '--mode', 'delta', '--keep-runs', '100'];
const full = (out: string) => ['run', inputs, '--out', out, '--mode', 'full', '--keep-runs', '100'];

beforeAll(async () => {
  work = await tempDir();
  inputs = join(work, 'pages');
  // v1: the fixture pages and a few generated ones.
  await cp(fixturePath('pages'), inputs, { recursive: true });
  await writeCorpus(join(inputs, 'generated-1'), { pages: 3, seed: 3 });
  template.fresh = join(work, 'fresh');
  expect((await qaHarvest(...full(template.fresh))).code).toBe(0);
  base = verifyLatest(template.fresh);
  baseEntries = readRun(template.fresh, base).entries;

  // v2: a page gone, an answer edited, new pages.
  await rm(join(inputs, 'jiankang-10087.html'));
  const edited = join(inputs, 'youlai-desktop-0A0A0Aplac3.html');
  await writeFile(edited, (await readFile(edited, 'utf8')).replace('明确原因以后再对症治疗。', '明确原因以后再对症治疗,不要自行服药。'));
  await writeCorpus(join(inputs, 'generated-2'), { pages: 2, seed: 4 });

  const reference = await copyOf(template.fresh, join(work, 'undisturbed'));
  expect((await qaHarvest(...delta(reference))).code).toBe(0);
  expect((await qaHarvest(...full(reference))).code).toBe(0);
  const [deltaRun, fullRun] = runsAfter(reference, base);
  undisturbed = { delta: deltaRun!, full: fullRun!.entries.toSorted() };
  const changes = JSON.parse(await readFile(join(reference, 'runs', deltaRun!.id, 'manifest.json'), 'utf8')).changes_since_previous_run;
  expect(changes.new).toBeGreaterThan(0);
  expect(changes.changed).toBeGreaterThan(0);
  expect(changes.gone).toBeGreaterThan(0);
  expect(applyDeltas(baseEntries, [undisturbed.delta])).toEqual(undisturbed.full);

  // A prepared run for the recovery steps to meet: latest moved (roll forward), or not (roll back).
  template.killedAfterLatest = await copyOf(template.fresh, join(work, 'killed-after-latest'));
  expect((await runChild(delta(template.killedAfterLatest), faultSpec('store-commit', 'kill'))).signal).toBe('SIGKILL');
  template.killedBeforeLatest = await copyOf(template.fresh, join(work, 'killed-before-latest'));
  expect((await runChild(delta(template.killedBeforeLatest), faultSpec('latest-switch', 'kill'))).signal).toBe('SIGKILL');
}, 60_000);

afterAll(() => {
  const steps = new Set([...covered].map((c) => c.split(':')[0]));
  console.log(`fault suite, publishing: ${steps.size} steps × ${FAULT_KINDS.length} faults = ${covered.size} cases covered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

// A run killed holding the lock leaves it stale: the takeover step meets one there.
const templateFor = (step: FaultStep) =>
  step === 'roll-forward' || step === 'takeover' ? template.killedAfterLatest : step === 'roll-back' ? template.killedBeforeLatest : template.fresh;

describe('a fault at every step of a run and of its publishing', () => {
  for (const step of PUBLISH_STEPS) {
    it(`${step}: ${FAULT_KINDS.join(', ')}`, async () => {
      for (const kind of FAULT_KINDS) {
        const what = `${step}:${kind}`;
        const out = await copyOf(templateFor(step), join(work, `${step}-${kind}`));
        const before = verifyLatest(out);

        const faulty = await runWithFault(delta(out), kind, faultSpec(step, kind));
        expectStruck(faulty, step, kind, what);
        const moved = verifyLatest(out) !== before;
        // The exit code tells the truth: 0 or 3 exactly when latest moved to the run.
        if (kind !== 'kill') expect(moved ? [0, 3] : [1], `${what}: latest ${moved ? 'moved' : 'stayed'}\n${faulty.stderr.slice(-600)}`).toContain(faulty.code);

        const again = await qaHarvest(...delta(out));
        expect([0, 3], `${what}: the run after it\n${again.stderr.slice(-600)}`).toContain(again.code);
        verifyLatest(out);
        expect(leftovers(out), what).toEqual([]);
        // One delta carries the change, the same as an undisturbed run's.
        const carrying = runsAfter(out, base).filter((r) => r.entries.length > 0 || r.goneIds.length > 0);
        expect(carrying.map((r) => [r.entries, r.goneIds.toSorted()]), what).toEqual([[undisturbed.delta.entries, undisturbed.delta.goneIds.toSorted()]]);

        const snapshot = await qaHarvest(...full(out));
        expect(snapshot.lines.at(-1)!.changes, what).toMatchObject({ new: 0, changed: 0, gone: 0 });
        const runs = runsAfter(out, base);
        expect(runs.at(-1)!.entries.toSorted(), what).toEqual(undisturbed.full);
        expect(applyDeltas(baseEntries, runs), what).toEqual(undisturbed.full);
        covered.add(what);
        await rm(out, { recursive: true, force: true });
      }
    }, STEP_TIMEOUT_MS);
  }

  it('covered every step with every fault', () => {
    expect(covered.size).toBe(PUBLISH_STEPS.length * FAULT_KINDS.length);
  });
});
