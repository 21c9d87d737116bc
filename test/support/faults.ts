import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { armFault, FAULT_ENV, FAULT_STEPS, type FaultKind, type FaultStep } from '../../src/core/faults.js';
import { qaHarvest } from '../helpers/cli.js';
import { CLI, cliBuilt } from './published.js';

/**
 * The fault suite's harness: a run with a fault armed at a named step (in this process for the
 * errors a write throws, in a child process for SIGKILL), and what must hold of the dataset
 * folder whatever happened.
 */

/** Steps reached once per record or page: the fault strikes at the fifth, mid-run. */
const PER_RECORD = new Set<FaultStep>(['export-write', 'store-mark', 'crawl-finish']);
export const faultSpec = (step: FaultStep, kind: FaultKind) => `${step}${PER_RECORD.has(step) ? '@5' : ''}:${kind}`;
/**
 * How long one step's cases may take: each runs the CLI three times for each fault kind (twelve
 * processes), some 30–55 s on a quiet 2-core machine, over 60 s when the machine is busy. A step
 * that hangs still fails, within minutes.
 */
export const STEP_TIMEOUT_MS = 300_000;
export const CRAWL_STEPS = FAULT_STEPS.filter((s) => s.startsWith('crawl-'));
export const PUBLISH_STEPS = FAULT_STEPS.filter((s) => !s.startsWith('crawl-'));

export interface Outcome {
  /** Exit code; null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** The CLI with a fault armed: SIGKILL in a child process (the built CLI), the others in this one. */
export async function runWithFault(args: string[], kind: FaultKind | null, spec: string | null): Promise<Outcome> {
  if (kind === 'kill') return runChild(args, spec!);
  armFault(spec);
  try {
    const { code, stderr } = await qaHarvest(...args);
    return { code, signal: null, stderr };
  } finally {
    armFault(null);
  }
}

export function runChild(args: string[], spec: string): Promise<Outcome> {
  if (!cliBuilt()) throw new Error('the fault suite kills the built CLI: run `npm run build` first (npm test does)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--log-format', 'json'], { env: { ...process.env, [FAULT_ENV]: spec }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** The fault struck where it was armed: the process died of SIGKILL, or the error it threw was reported. */
export function expectStruck(outcome: Outcome, step: FaultStep, kind: FaultKind, what: string): void {
  if (kind === 'kill') expect(outcome.signal, `${what}: not killed (exit ${outcome.code})\n${outcome.stderr.slice(-800)}`).toBe('SIGKILL');
  else expect(outcome.stderr, `${what}: the fault never struck`).toContain(`fault injected at ${step}`);
}

/** `latest` is a complete run: every file its manifest lists, with that sha256, and nothing else. Returns its run id. */
export function verifyLatest(out: string): string {
  const dir = join(out, 'latest');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string; bytes: number }> };
  const files = listFiles(dir).filter((f) => f !== 'manifest.json');
  expect(files.sort(), `${out}: files of latest`).toEqual(Object.keys(manifest.files).sort());
  for (const [name, { sha256 }] of Object.entries(manifest.files)) {
    expect(createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'), `${out}: ${name}`).toBe(sha256);
  }
  return readlinkSync(dir).split('/').pop()!;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(dir, join(prefix, d.name)) : [join(prefix, d.name)]));
}

/** What runs that died may leave, and the next run must have removed: staging folders, links, scratch space, the lock. */
export function leftovers(out: string): string[] {
  return [
    ...readdirSync(join(out, 'runs')).filter((n) => n.startsWith('.')),
    ...readdirSync(out).filter((n) => n.startsWith('.latest.') || n.startsWith('.lock')),
    ...(existsSync(join(out, '.work')) ? readdirSync(join(out, '.work')) : []),
  ];
}

export interface PublishedRun {
  id: string;
  mode: 'full' | 'delta';
  entries: string[];
  goneIds: string[];
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

export function readRun(out: string, id: string): PublishedRun {
  const dir = join(out, 'runs', id);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { mode: 'full' | 'delta' };
  return { id, mode: manifest.mode, entries: lines(join(dir, 'entries.jsonl')), goneIds: lines(join(dir, 'gone.jsonl')).map((l) => (JSON.parse(l) as { id: string }).id) };
}

/** Complete runs (with a manifest) in run order, after `base`. */
export function runsAfter(out: string, base: string): PublishedRun[] {
  return readdirSync(join(out, 'runs'))
    .filter((n) => !n.startsWith('.') && n > base && existsSync(join(out, 'runs', n, 'manifest.json')))
    .sort()
    .map((id) => readRun(out, id));
}

/** A consumer's copy: a full snapshot, then every delta run in order (delete the gone by id, then upsert the entries by id). */
export function applyDeltas(snapshot: readonly string[], runs: readonly PublishedRun[]): string[] {
  const held = new Map(snapshot.map((line) => [(JSON.parse(line) as { id: string }).id, line]));
  for (const run of runs.filter((r) => r.mode === 'delta')) {
    for (const id of run.goneIds) held.delete(id);
    for (const line of run.entries) held.set((JSON.parse(line) as { id: string }).id, line);
  }
  return [...held.values()].sort();
}

/** A fresh copy of a dataset folder (a template made once), for one scenario. */
export async function copyOf(template: string, to: string): Promise<string> {
  await cp(template, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

/** Entries as compared across crawls: the fetch time aside (a page fetched again after a kill has its own). */
export const withoutFetchTime = (entries: readonly string[]) =>
  entries.map((line) => {
    const { fetched_at: _, ...rest } = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify(rest);
  }).sort();
