/**
 * Times the store of published entries (published-store.ts) over a captured run's entries, in
 * two runs over one store: a first run into a new store (the commit's rebuild path) and a
 * second run over it (the incremental path: every 25th entry comes new, every 20th is gone,
 * every 10th has a changed answer, the rest are unchanged). For each run: the marks
 * (markSeenAll in the store stage's windows of 500), prepare, commit, and close (the WAL's
 * checkpoint), each in CPU milliseconds of the process (user + system; the store works on the
 * main thread alone, and on a shared machine CPU time says more than wall time) and wall.
 * `--root <checkout>` takes the store's code from another checkout (a worktree of the
 * baseline), so one script times both sides of an A/B; run them in turn, several rounds.
 * Prints one JSON line: the figures, and a hash of what the store decided (the second run's
 * counts, gone entries, and the classification of a sample of entries against the result),
 * which must be equal on both sides.
 * The capture: `capture.ts keyed cap.jsonl <corpus>…`, then `replay-stages.ts cap.jsonl --out near.jsonl`
 * (what the near-duplicate stage gives the store).
 * Usage: store-commit.ts <near.jsonl> [--root <checkout>] [--dir <scratch-folder>]
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { Entry } from '../../src/schema/entry.js';
import type { EntryKeys, KeyedRecord } from '../../src/schema/records.js';
import type * as StoreModule from '../../src/dedupe/published-store.js';
import type * as KeysModule from '../../src/dedupe/entry-keys.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const root = resolve(option('--root') ?? new URL('../..', import.meta.url).pathname);
const scratch = option('--dir');
const [file] = args;
if (!file) {
  process.stderr.write('usage: store-commit.ts <near.jsonl> [--root <checkout>] [--dir <scratch-folder>]\n');
  process.exit(2);
}
const load = <T>(path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;
const { PublishedStore } = await load<typeof StoreModule>('src/dedupe/published-store.ts');
const { entryKeys } = await load<typeof KeysModule>('src/dedupe/entry-keys.ts');

type Keyed = { entry: Entry; keys: EntryKeys };
const entries: Keyed[] = [];
for await (const line of createInterface({ input: createReadStream(file) })) {
  const record = JSON.parse(line, (_k, v) => (v && typeof v === 'object' && typeof v.u32 === 'string' ? new Uint32Array(new Uint8Array(Buffer.from(v.u32, 'base64')).buffer) : v)) as KeyedRecord;
  if (record.kind === 'entry') entries.push({ entry: record.entry, keys: record.keys });
}
const first = entries.filter((_, i) => i % 25 !== 0);
const changed = (e: Keyed): Keyed => {
  const entry = { ...e.entry, answer: `${e.entry.answer}（补充：请遵医嘱。）` };
  return { entry, keys: entryKeys(entry) };
};
const second = entries.filter((_, i) => i % 20 !== 7).map((e, i) => (i % 10 === 3 ? changed(e) : e));

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const timed = (step: () => void) => {
  const [c, w] = [cpuMs(), performance.now()];
  step();
  return { cpuMs: Math.round(cpuMs() - c), wallMs: Math.round(performance.now() - w) };
};

const dir = scratch ?? (await mkdtemp(join(tmpdir(), 'store-commit-')));
const path = join(dir, 'published.sqlite');
const hash = createHash('sha256');
const runs: Record<string, unknown> = {};
try {
  for (const [name, run] of [
    ['first', first],
    ['second', second],
  ] as const) {
    const store = PublishedStore.open(path);
    const mark = timed(() => {
      for (let i = 0; i < run.length; i += 500) store.markSeenAll(run.slice(i, i + 500));
    });
    const prepare = timed(() => store.prepare(name));
    const counts = store.counts();
    const gone = [...store.gone()];
    if (name === 'second') hash.update(JSON.stringify([counts, gone]));
    const commit = timed(() => store.commit(name));
    if (name === 'second') {
      for (let i = 0; i < entries.length; i += 7) hash.update(JSON.stringify(store.explain(entries[i]!.entry, entries[i]!.keys)));
      hash.update(String(store.size()));
    }
    const close = timed(() => store.close());
    runs[name] = { entries: run.length, counts, gone: gone.length, mark, prepare, commit, close };
  }
} finally {
  if (!scratch) await rm(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ root, ...runs, decided: hash.digest('hex').slice(0, 16) }));
