import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house, floor by floor: each room of src/ may import only the rooms listed for it
 * (its own files always). The same table is the README's map; a change to one is a change
 * to the other. Imports point down: cli → pipeline → stages → flags → core → schema.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  schema: [],
  core: ['schema'],
  flags: ['core', 'schema'],
  extract: ['core', 'schema'],
  crawl: ['core', 'schema'],
  sources: ['crawl', 'core', 'schema'],
  validate: ['flags', 'core', 'schema'],
  dedupe: ['flags', 'core', 'schema'],
  report: ['flags', 'core', 'schema'],
  export: ['core', 'schema'],
  pipeline: ['sources', 'crawl', 'extract', 'validate', 'dedupe', 'report', 'export', 'flags', 'core', 'schema'],
  cli: ['pipeline', 'sources', 'crawl', 'extract', 'export', 'core', 'schema'],
  types: [],
};

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * src/extract's own rooms, bottom first (the README's map lists them): a file may import its own
 * room and the rooms before it. `draft.ts`, the drafts the room hands on, is below them all;
 * `extract-page.ts` and `stage.ts`, its entry points, above them all.
 */
export const EXTRACT_ROOMS = ['bytes', 'links', 'markup', 'tree', 'words', 'dates', 'lines', 'records', 'card', 'related', 'layouts', 'reader', 'profiles'] as const;
const EXTRACT_BASE = ['draft.ts'];
const EXTRACT_ENTRIES = ['extract-page.ts', 'stage.ts'];


function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const roomOf = (path: string): string => relative(SRC, path).split(/[\\/]/)[0]!;

/** Every relative import of one file, resolved to the file it names. */
function importsOf(file: string): { target: string; spec: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
    spec: m[1]!,
    target: resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts'),
  }));
}

/** Every relative import (static, dynamic, re-export) of every file under src/, as room → room edges. */
function edges(): { from: string; to: string; file: string; spec: string }[] {
  const found: { from: string; to: string; file: string; spec: string }[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const { target, spec } of importsOf(file)) {
      const from = roomOf(file);
      const to = roomOf(target);
      if (from !== to) found.push({ from, to, file: relative(SRC, file), spec });
    }
  }
  return found;
}

describe('import direction', () => {
  const all = edges();

  it('finds the imports it checks (the scan itself works)', () => {
    expect(all.some((e) => e.from === 'pipeline' && e.to === 'extract')).toBe(true);
    expect(all.length).toBeGreaterThan(50);
  });

  it('every room of src/ is in the table', () => {
    const rooms = new Set([...sourceFiles(SRC)].map(roomOf).filter((r) => !r.endsWith('.ts')));
    expect([...rooms].filter((r) => !(r in ALLOWED))).toEqual([]);
    expect([...sourceFiles(SRC)].map((f) => relative(SRC, f)).filter((f) => !f.includes('/'))).toEqual([]);
  });

  it('no import runs against the direction', () => {
    const backEdges = all.filter((e) => !(ALLOWED[e.from] ?? []).includes(e.to)).map((e) => `${e.file} imports ${e.spec} (${e.from} → ${e.to})`);
    expect(backEdges).toEqual([]);
  });

  it('the table itself has no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const walk = (room: string, path: string[]) => {
      if (done.has(room)) return;
      if (visiting.has(room)) {
        cycles.push([...path, room].join(' → '));
        return;
      }
      visiting.add(room);
      for (const next of ALLOWED[room] ?? []) walk(next, [...path, room]);
      visiting.delete(room);
      done.add(room);
    };
    for (const room of Object.keys(ALLOWED)) walk(room, []);
    expect(cycles).toEqual([]);
  });

  it('no two files import each other, directly or round a loop', () => {
    const graph = new Map([...sourceFiles(SRC)].map((f) => [f, importsOf(f).map((i) => i.target)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const walk = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) walk(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('import direction inside src/extract', () => {
  const EXTRACT = join(SRC, 'extract');
  const files = [...sourceFiles(EXTRACT)].map((f) => relative(EXTRACT, f));
  const rank = (file: string): number => {
    if (EXTRACT_BASE.includes(file)) return -1;
    if (EXTRACT_ENTRIES.includes(file)) return EXTRACT_ROOMS.length;
    return (EXTRACT_ROOMS as readonly string[]).indexOf(file.split(/[\\/]/)[0]!);
  };

  it('every file is in a room of the table, or is the base or an entry point', () => {
    const misplaced = files.filter((f) =>
      f.includes('/') ? !(EXTRACT_ROOMS as readonly string[]).includes(f.split('/')[0]!) : ![...EXTRACT_BASE, ...EXTRACT_ENTRIES].includes(f),
    );
    expect(misplaced).toEqual([]);
  });

  it('no file imports a room above its own', () => {
    const upward = files.flatMap((file) =>
      importsOf(join(EXTRACT, file))
        .map(({ target, spec }) => ({ spec, to: relative(EXTRACT, target) }))
        .filter(({ to }) => !to.startsWith('..') && rank(to) > rank(file))
        .map(({ spec, to }) => `${file} imports ${spec} (${to})`),
    );
    expect(upward).toEqual([]);
  });
});

