import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { fixturePath, SEED_RELATED } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';

// Inputs relative to the working folder, as a user types them, so sources do not name this checkout.
const PAGES = relative(process.cwd(), fixturePath('pages'));
const pageFiles = () => readdirSync(PAGES).filter((n) => /\.(html|txt)$/.test(n)).map((n) => join(PAGES, n));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a run over fixtures/pages', () => {
  let out: string;
  let summary: Awaited<ReturnType<typeof runSavedPages>>;
  let data: Awaited<ReturnType<typeof readDataset>>;
  beforeAll(async () => {
    out = join(await tempDir(), 'dataset');
    summary = await runSavedPages({ inputs: [PAGES], outDir: out });
    data = await readDataset(out);
  });

  it('reads the 7 page files and publishes the 24 unique entries, with no rejects', () => {
    expect(pageFiles()).toHaveLength(7);
    expect(summary).toMatchObject({ pages: 7, entries: 24, rejects: 0, superseded: 2 });
    expect(data.entries).toHaveLength(24);
    expect(data.rejects).toEqual([]);
    expect(new Set(data.entries.map((e) => e.id)).size).toBe(24);
  });

  it('holds 5 page entries and 19 related ones (14 seed items − 2 superseded + 5 + 2)', () => {
    expect(data.entries.filter((e) => e.origin === 'page').map((e) => e.question).sort()).toEqual(
      ['后背抽筋的疼怎么回事', '脸色发黄是什么原因引起的', '女生第一次性生活会流血吗', '宝宝发烧38.5℃需要吃退烧药吗？', '吃完饭就胃胀😣是怎么回事？'].sort(),
    );
    expect(data.manifest.counts.by_origin).toEqual({ page: 5, related: 19 });
  });

  it('replaces the two truncated seed snippets by their full pages; exactly 10042 and 10057 stay flagged', () => {
    expect(data.superseded.map((s) => s.question).sort()).toEqual(['女生第一次性生活会流血吗', '脸色发黄是什么原因引起的'].sort());
    const cut = data.entries.filter((e) => e.flags.includes('cut_off_end'));
    expect(cut.map((e) => e.url).sort()).toEqual(['https://www.kangwen.example/wenda/10042.html', 'https://www.kangwen.example/wenda/10057.html']);
    const related = data.entries.filter((e) => e.origin === 'related' && SEED_RELATED.includes(e.question as never));
    expect(related).toHaveLength(12);
  });

  it('merges the seed, the desktop and the mobile copy of 后背抽筋 into one entry with three sources', () => {
    const main = data.entries.find((e) => e.question === '后背抽筋的疼怎么回事')!;
    expect(main.sources).toEqual([
      join(PAGES, 'seed-page.txt'),
      join(PAGES, 'youlai-desktop-749259.html'),
      join(PAGES, 'youlai-mobile-796E93gPx5Y.html'),
    ]);
    expect(main.doctor.name).toBe('王清玉');
    const bath = data.entries.find((e) => e.question === '宝宝发烧😷能洗澡吗？')!;
    expect(bath.sources).toEqual([join(PAGES, 'jiankang-10087.html'), join(PAGES, 'jiankang-gbk-10086.html')]);
  });

  it('the manifest counts what the files hold', () => {
    const { counts, files } = data.manifest;
    expect(counts).toMatchObject({ entries: data.entries.length, rejects: data.rejects.length, superseded: data.superseded.length });
    const byFlag: Record<string, number> = {};
    for (const e of data.entries) for (const f of e.flags) byFlag[f] = (byFlag[f] ?? 0) + 1;
    expect(counts.by_flag).toEqual(byFlag);
    expect(files['entries.jsonl'].rows).toBe(data.entries.length);
    expect(files['rejects.jsonl'].rows).toBe(0);
    expect(files['superseded.jsonl'].rows).toBe(2);
    const parquetRows = Object.entries(files as Record<string, { rows?: number }>)
      .filter(([name]) => name.endsWith('.parquet'))
      .reduce((n, [, f]) => n + (f.rows ?? 0), 0);
    expect(parquetRows).toBe(24);
    expect(data.manifest.stages.extract.pages).toBe(7);
  });

  it('the manifest holds the right sha256 and size of every file in the run', () => {
    const files = data.manifest.files as Record<string, { sha256: string; bytes: number }>;
    const listed = Object.keys(files).sort();
    const present = readdirSync(data.dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name !== 'manifest.json')
      .map((d) => relative(data.dir, join(d.parentPath, d.name)))
      .sort();
    expect(listed).toEqual(present);
    for (const name of listed) {
      expect(files[name]!.sha256, name).toBe(sha256(join(data.dir, name)));
      expect(files[name]!.bytes, name).toBe(readFileSync(join(data.dir, name)).length);
    }
  });
});

describe('a missing input', () => {
  it('stops the run before anything is published, naming the path (an unmounted disk must not publish an empty run)', async () => {
    const out = join(await tempDir(), 'dataset');
    const good = await runSavedPages({ inputs: [join(PAGES, 'jiankang-10087.html')], outDir: out });
    const missing = join(PAGES, 'no-such-page.html');
    await expect(runSavedPages({ inputs: [missing, join(PAGES, 'jiankang-10087.html')], outDir: out })).rejects.toThrow(missing);
    expect((await readDataset(out)).manifest.run.id).toBe(good.runId);
  });

  it('inside a folder, a file that cannot be read is a reject and the rest is published', async () => {
    const dir = await tempDir();
    await cp(join(PAGES, 'jiankang-10087.html'), join(dir, 'good.html'));
    await symlink(join(dir, 'nowhere.html'), join(dir, 'dangling.html'));
    const out = join(dir, 'dataset');
    const summary = await runSavedPages({ inputs: [dir], outDir: out });
    expect(summary.entries).toBe(4);
    expect((await readDataset(out)).rejects).toEqual([expect.objectContaining({ source: join(dir, 'dangling.html'), stage: 'read' })]);
  });
});

describe('run order', () => {
  it('two runs with the inputs in opposite orders publish the same ids and the same superseded ids', async () => {
    const dir = await tempDir();
    await runSavedPages({ inputs: pageFiles(), outDir: join(dir, 'a') });
    await runSavedPages({ inputs: pageFiles().reverse(), outDir: join(dir, 'b') });
    const [a, b] = [await readDataset(join(dir, 'a')), await readDataset(join(dir, 'b'))];
    expect(b.entries.map((e) => e.id).sort()).toEqual(a.entries.map((e) => e.id).sort());
    expect(b.superseded.map((s) => s.id).sort()).toEqual(a.superseded.map((s) => s.id).sort());
    for (const entry of a.entries) {
      const other = b.entries.find((e) => e.id === entry.id)!;
      expect(other.sources, entry.question).toEqual(entry.sources);
      expect(other.supersedes).toEqual(entry.supersedes);
    }
  });
});

describe('folders given as links', () => {
  it('are read like folders, and a link loop ends', async () => {
    const dir = await tempDir();
    const real = join(dir, 'real');
    await cp(join(PAGES, 'jiankang-10087.html'), join(real, 'a.html'), { recursive: true });
    const inputs = join(dir, 'inputs');
    await cp(join(PAGES, 'seed-page.txt'), join(inputs, 'seed.txt'), { recursive: true });
    await symlink(real, join(inputs, 'linked'));
    await symlink(inputs, join(inputs, 'loop'));
    const summary = await runSavedPages({ inputs: [inputs], outDir: join(dir, 'dataset') });
    expect(summary.pages).toBe(2);
    expect(summary.entries).toBe(19);
  });
});
