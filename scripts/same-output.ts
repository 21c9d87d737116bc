/**
 * Proves a refactor changed nothing a data scientist would see: builds qa-harvest at another
 * commit in a scratch worktree, runs it and the current build over the same inputs (the
 * fixtures and a generated benchmark corpus by default), and compares the published runs:
 * entries.jsonl, superseded.jsonl and gone.jsonl byte for byte, the Parquet files row for row, rejects
 * apart from their time stamps, and the manifest's counts. Exit 1 on any difference.
 *
 *   npx tsx scripts/same-output.ts --against <commit> [--pages 3000] [--large 600] [inputs…]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeCorpus } from '../kit/pages/corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    against: { type: 'string' },
    pages: { type: 'string', default: '3000' },
    large: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
  },
});
if (!values.against) {
  console.error('usage: npx tsx scripts/same-output.ts --against <commit> [--pages N] [--large N] [inputs…]');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'qa-same-output-'));
const run = (cmd: string, args: string[], cwd = ROOT) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

function buildBaseline(commit: string): string {
  const dir = join(scratch, 'baseline');
  run('git', ['worktree', 'add', '--detach', dir, commit]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  run('npx', ['tsc', '-p', 'tsconfig.build.json'], dir);
  return dir;
}

async function inputs(): Promise<string[]> {
  if (positionals.length) return positionals.map((p) => resolve(p));
  const standard = await writeCorpus(join(scratch, 'corpus-standard'), { pages: Number(values.pages), size: 'standard', seed: 7 });
  const large = await writeCorpus(join(scratch, 'corpus-large'), { pages: Number(values.large), size: 'large', seed: 7 });
  return [join(ROOT, 'fixtures/pages'), join(ROOT, 'fixtures/faults'), standard.dir, large.dir];
}

function publish(tree: string, from: string[], out: string): string {
  try {
    run(process.execPath, [join(tree, 'bin/qa-harvest.js'), 'run', ...from, '--out', out, '--log-format', 'json'], tree);
  } catch (err) {
    const e = err as { status: number; stderr: string };
    // Exit 3 (published with warnings) still publishes; anything else is a failed comparison.
    if (e.status !== 3) throw new Error(`${tree}: qa-harvest run exited ${e.status}: ${e.stderr.split('\n').slice(-3).join(' ')}`);
  }
  return join(out, 'latest');
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const withoutTimes = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const { at: _at, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(rest);
    })
    .join('\n');

/** Every row of a Parquet file, in file order, as DuckDB reads it (the file's metadata names its run, so bytes differ). */
async function parquetRows(path: string): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`);
    return JSON.stringify(reader.getRowObjectsJson());
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}

async function compare(a: string, b: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of ['entries.jsonl', 'superseded.jsonl', 'gone.jsonl']) {
    if (sha(join(a, file)) !== sha(join(b, file))) problems.push(`${file} differs`);
  }
  if (withoutTimes(join(a, 'rejects.jsonl')) !== withoutTimes(join(b, 'rejects.jsonl'))) problems.push('rejects.jsonl differs (time stamps aside)');
  const parts = (dir: string) => readdirSync(join(dir, 'data')).sort();
  if (parts(a).join() !== parts(b).join()) problems.push(`data/ holds ${parts(a).join(',')} vs ${parts(b).join(',')}`);
  else for (const part of parts(a)) if ((await parquetRows(join(a, 'data', part))) !== (await parquetRows(join(b, 'data', part)))) problems.push(`data/${part}: rows differ`);
  const counts = (dir: string) => JSON.stringify((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { counts: unknown }).counts);
  if (counts(a) !== counts(b)) problems.push(`manifest counts differ: ${counts(a)} vs ${counts(b)}`);
  return problems;
}

try {
  const baseline = buildBaseline(values.against);
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  const from = await inputs();
  const a = publish(baseline, from, join(scratch, 'out-baseline'));
  const b = publish(ROOT, from, join(scratch, 'out-current'));
  const lines = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).length;
  console.log(`inputs: ${from.join(' ')}`);
  for (const f of ['entries.jsonl', 'rejects.jsonl', 'superseded.jsonl', 'gone.jsonl']) console.log(`  ${f.padEnd(18)} ${lines(a, f)} rows at ${values.against}, ${lines(b, f)} now`);
  const problems = await compare(a, b);
  if (problems.length) {
    console.log(`DIFFERENT from ${values.against}:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`identical to ${values.against}: entries, superseded, gone, Parquet rows, rejects (time stamps aside), manifest counts`);
  }
} finally {
  if (existsSync(join(scratch, 'baseline'))) run('git', ['worktree', 'remove', '--force', join(scratch, 'baseline')]);
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  else console.log(`kept ${scratch}`);
}
