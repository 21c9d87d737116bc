import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, ROOT } from './helpers/pages.js';
import { readDataset, snapshot, tempDir } from './helpers/run.js';

/**
 * The CLI as a user runs it (node bin/qa-harvest.js), compiled from the current sources into a
 * private folder: the shared dist/ may be stale or half rebuilt by someone else.
 */
let cli: string | null = null;
let work: string;
beforeAll(async () => {
  work = await tempDir();
  const build = join(work, 'build');
  mkdirSync(join(build, 'bin'), { recursive: true });
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(build, 'dist')], { stdio: 'pipe' });
  } catch {
    // tsc still emits JavaScript when some other file has a type error; only a missing emit is fatal.
  }
  copyFileSync(join(ROOT, 'bin', 'qa-harvest.js'), join(build, 'bin', 'qa-harvest.js'));
  copyFileSync(join(ROOT, 'package.json'), join(build, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(build, 'node_modules'));
  cli = join(build, 'bin', 'qa-harvest.js');
}, 120_000);

/** Runs the CLI from an empty folder, so no qa-harvest.config.json of the checkout applies. */
function qaHarvest(...args: string[]) {
  const cwd = join(work, 'cwd');
  mkdirSync(cwd, { recursive: true });
  const result = spawnSync(process.execPath, [cli!, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('qa-harvest run (the built CLI)', () => {
  it('publishes fixtures/pages with exit 0; exits 2 on bad usage and on a folder that is not a dataset, leaving it alone', async () => {
    expect(readdirSync(join(work, 'build', 'dist', 'cli')), 'the CLI was not compiled').toContain('main.js');
    const out = join(work, 'dataset');
    const ok = qaHarvest('run', fixturePath('pages'), '--out', out);
    expect(ok.code, ok.stderr).toBe(0);

    const data = await readDataset(out);
    const pageFiles = readdirSync(fixturePath('pages')).filter((n) => /\.(html|txt)$/.test(n));
    expect(data.manifest.stages.extract.pages).toBe(pageFiles.length);
    expect(data.manifest.counts).toMatchObject({ entries: 24, rejects: 0, superseded: 2 });
    expect(data.entries).toHaveLength(24);
    for (const [name, file] of Object.entries(data.manifest.files as Record<string, { sha256: string; rows?: number }>)) {
      expect(createHash('sha256').update(readFileSync(join(data.dir, name))).digest('hex'), name).toBe(file.sha256);
    }
    expect(data.manifest.files['entries.jsonl'].rows).toBe(data.entries.length);

    const published = await snapshot(out);
    for (const bad of [['run', '--out', out], ['run', fixturePath('pages'), '--no-such-option'], ['run', fixturePath('pages'), '--row-group-size', 'many'], ['frobnicate']]) {
      const usage = qaHarvest(...bad);
      expect(usage.code, bad.join(' ')).toBe(2);
    }
    expect(await snapshot(out)).toEqual(published);

    const notes = join(work, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'todo.txt'), 'my notes');
    const before = await snapshot(notes);
    const refused = qaHarvest('run', fixturePath('pages'), '--out', notes);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not a qa-harvest dataset/);
    expect(await snapshot(notes)).toEqual(before);
  });
});
