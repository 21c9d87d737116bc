import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../src/cli/commands/check.js';
import { fixturePath } from './helpers/pages.js';
import { tempDir } from './helpers/run.js';

/** Issue #9: the drift check catches drift on learned profiles (fixtures/profiles/) as on built-in ones. */

async function check(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { code: await checkCommand(args), stdout };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

/** A fixtures folder: a 康问 page and the profile learned for its site. */
async function fixtures(): Promise<{ dir: string; page: string; profile: string }> {
  const dir = await tempDir();
  await mkdir(join(dir, 'pages'));
  await mkdir(join(dir, 'profiles'));
  const page = join(dir, 'pages', 'page.html');
  const profile = join(dir, 'profiles', 'kangwen-example.json');
  await cp(fixturePath('pages/jiankang-10087.html'), page);
  await cp(fixturePath('profiles/kangwen-example.json'), profile);
  expect((await check(dir, '--update')).code).toBe(0);
  const expected = JSON.parse(await readFile(`${page}.expected.json`, 'utf8')) as { entries: Array<{ extractor: string }> };
  expect(expected.entries[0]!.extractor).toBe('kangwen-example/learned');
  expect((await check(dir)).code).toBe(0);
  return { dir, page, profile };
}

describe('qa-harvest check and learned profiles', () => {
  it('a page whose markup no longer matches its learned profile is drift', async () => {
    const { dir, page } = await fixtures();
    await writeFile(page, (await readFile(page, 'utf8')).replace('class="qa-answer"', 'class="qa-body"'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('DRIFT');
    expect(result.stdout).toMatch(/extractor\n\s+expected: kangwen-example\/learned\n\s+got:\s+generic-html/);
  });

  it('a learned profile whose selectors now read something else than the genre reader is drift (the entry is flagged unsure)', async () => {
    const { dir, profile } = await fixtures();
    const learned = JSON.parse(await readFile(profile, 'utf8'));
    learned.layouts[0].answer = ['p.notice'];
    await writeFile(profile, JSON.stringify(learned));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('flags');
    expect(result.stdout).toContain('unsure_reading');
  });
});
