import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaHarvest } from './helpers/cli.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';

const SEED = fixturePath('pages/seed-page.txt');

/** One clear line on stderr besides the log (a warning such as "no --contact"): no stack trace. */
function oneClearLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l && !l.startsWith('{') && !l.startsWith("Run 'qa-harvest --help'"));
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('an --out that cannot be a dataset folder is a usage error (exit 2), said in one line', () => {
  it('a regular file', async () => {
    const file = join(await tempDir(), 'notes.txt');
    await writeFile(file, 'precious');
    const run = await qaHarvest('run', SEED, '--out', file);
    expect(run.code).toBe(2);
    expect(oneClearLine(run.stderr)).toMatch(/notes\.txt is a file, not a folder/);
    const crawl = await qaHarvest('crawl', '--start', 'http://127.0.0.1:9/', '--out', file);
    expect(crawl.code).toBe(2);
    expect(oneClearLine(crawl.stderr)).toMatch(/notes\.txt is a file, not a folder/);
  });

  it('a file further up the path', async () => {
    const file = join(await tempDir(), 'notes.txt');
    await writeFile(file, 'precious');
    const run = await qaHarvest('run', SEED, '--out', join(file, 'ds'));
    expect(run.code).toBe(2);
    expect(oneClearLine(run.stderr)).toMatch(/notes\.txt is a file, not a folder/);
  });

  it('a folder that can be neither made nor found (/proc/x: Node\'s recursive mkdir spins there)', async () => {
    const started = Date.now();
    const run = await qaHarvest('run', SEED, '--out', '/proc/qa-harvest-test/ds');
    expect(run.code).toBe(2);
    expect(oneClearLine(run.stderr)).toMatch(/cannot make the dataset folder \(--out\) \/proc\/qa-harvest-test\/ds: ENOENT/);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);
});

describe('a failed first run', () => {
  it('leaves the dataset folder as it found it: not there', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'empty'));
    const out = join(dir, 'nested', 'ds');
    const run = await qaHarvest('run', join(dir, 'empty'), '--out', out);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'nested'))).toBe(false);
  });

  it('into a folder that was there: leaves it empty', async () => {
    const out = await tempDir();
    const run = await qaHarvest('run', join(out), '--out', out);
    expect(run.code).toBe(1);
    expect(await readdir(out)).toEqual([]);
  });
});

describe('qa-harvest recover', () => {
  it('says there was nothing to do in a sound dataset folder, and refuses a folder that is not one', async () => {
    const out = join(await tempDir(), 'ds');
    expect((await qaHarvest('run', SEED, '--out', out)).code).toBe(0);
    const done = await qaHarvest('recover', '--out', out);
    expect(done.code).toBe(0);
    expect(done.lines.at(-1)).toMatchObject({ status: 'recovered', rolledForward: null, rolledBack: null, removed: [] });
    expect(String(done.lines.at(-1)!.msg)).toContain('nothing to do');
    const refused = await qaHarvest('recover', '--out', await tempDir());
    expect(refused.code).toBe(2);
  });
});

describe('what a page holds is not lost to its file name or one bad byte', () => {
  it('a file whose name is not UTF-8 is read (its name shown with %XX), not reported missing', async () => {
    const dir = await tempDir();
    const pages = join(dir, 'pages');
    await mkdir(pages);
    await copyFile(fixturePath('pages/youlai-desktop-749259.html'), Buffer.concat([Buffer.from(`${pages}/caf`), Buffer.from([0xe9]), Buffer.from('.html')]));
    const run = await qaHarvest('run', pages, '--out', join(dir, 'ds'));
    expect(run.code).toBe(0);
    const { entries, rejects } = await readDataset(join(dir, 'ds'));
    expect(rejects).toEqual([]);
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.every((e) => e.source === join(pages, 'caf%E9.html'))).toBe(true);
  });

  it('decoding_damage goes on the entries whose text holds U+FFFD, not on every entry of the page', async () => {
    const dir = await tempDir();
    const page = await readFile(fixturePath('pages/youlai-desktop-749259.html'));
    // One bad byte inside the text of the first related item.
    const at = page.indexOf(Buffer.from('。'), page.indexOf(Buffer.from('相关推荐')));
    await writeFile(join(dir, 'one-bad-byte.html'), Buffer.concat([page.subarray(0, at), Buffer.from([0xff]), page.subarray(at)]));
    expect((await qaHarvest('run', join(dir, 'one-bad-byte.html'), '--out', join(dir, 'ds'))).code).toBe(0);
    const { entries } = await readDataset(join(dir, 'ds'));
    const damaged = (e: { question: string; answer: string }) => `${e.question}${e.answer}`.includes('\uFFFD');
    expect(entries.filter(damaged)).toHaveLength(1);
    for (const entry of entries) expect(entry.flags.includes('decoding_damage'), entry.question).toBe(damaged(entry));
  });
});
