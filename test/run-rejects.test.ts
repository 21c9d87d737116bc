import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import type { PageItem } from '../src/schema/records.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';

const FAULTS = relative(process.cwd(), fixturePath('faults'));
const PAGES = relative(process.cwd(), fixturePath('pages'));
const faultFiles = () => readdirSync(FAULTS).filter((n) => n.endsWith('.html'));

async function collect(items: AsyncIterable<PageItem>): Promise<PageItem[]> {
  const out: PageItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('a run over fixtures/faults and fixtures/pages together', () => {
  let data: Awaited<ReturnType<typeof readDataset>>;
  let summary: Awaited<ReturnType<typeof runSavedPages>>;
  beforeAll(async () => {
    const out = join(await tempDir(), 'dataset');
    summary = await runSavedPages({ inputs: [FAULTS, PAGES], outDir: out });
    data = await readDataset(out);
  });

  const rejectOf = (name: string) => data.rejects.find((r) => r.source === join(FAULTS, name));
  const entriesOf = (name: string) => data.entries.filter((e) => e.sources.includes(join(FAULTS, name)));

  it('accounts for every fault file: a reject with a reason, or an entry; never silence', () => {
    expect(faultFiles()).toHaveLength(7);
    for (const name of faultFiles()) {
      const accounted = rejectOf(name) !== undefined || entriesOf(name).length > 0;
      expect(accounted, name).toBe(true);
    }
    for (const reject of data.rejects) expect(reject.reason.length).toBeGreaterThan(0);
  });

  it('rejects the empty, the binary and the list page, each with its reason', () => {
    expect(rejectOf('empty.html')).toMatchObject({ stage: 'extract', reason: 'empty_body' });
    expect(rejectOf('binary.html')).toMatchObject({ stage: 'decode', reason: 'not_text' });
    expect(rejectOf('not-a-question.html')).toMatchObject({ stage: 'extract', reason: 'no_entries' });
    expect(entriesOf('not-a-question.html')).toEqual([]);
    expect(data.rejects).toHaveLength(3);
  });

  it('keeps the damaged pages only with their flags', () => {
    expect(entriesOf('truncated.html').map((e) => e.flags)).toEqual([expect.arrayContaining(['cut_off_end'])]);
    expect(entriesOf('mojibake.html').map((e) => e.flags)).toEqual([expect.arrayContaining(['decoding_damage'])]);
    expect(entriesOf('no-doctor.html').map((e) => e.flags)).toEqual([expect.arrayContaining(['no_doctor'])]);
  });

  it('reads the undeclared GB18030 page by sniffing, and says so in its encoding', () => {
    const [entry] = entriesOf('gbk-no-charset.html');
    expect(entry).toMatchObject({ question: '孩子咳嗽有痰怎么办？', encoding: 'gb18030' });
  });

  it('still publishes every good page', () => {
    expect(summary.pages).toBe(14);
    expect(data.entries.filter((e) => e.sources.some((s) => s.startsWith(PAGES)))).toHaveLength(24);
    expect(data.manifest.counts.by_reject_reason).toEqual({ empty_body: 1, not_text: 1, no_entries: 1 });
  });
});

describe('reading inputs', () => {
  it('a missing path, a FIFO, and a FIFO named like a page are rejects, not crashes or hangs', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'folder'));
    copyFileSync(fixturePath('pages/jiankang-10087.html'), join(dir, 'folder', 'good.html'));
    execFileSync('mkfifo', [join(dir, 'pipe'), join(dir, 'folder', 'pipe.html')]);
    const items = await collect(readSavedPages([join(dir, 'missing.html'), join(dir, 'pipe'), join(dir, 'folder')]));
    const rejects = items.flatMap((i) => (i.kind === 'reject' ? [[i.reject.source, i.reject.reason]] : []));
    expect(rejects).toEqual([
      [join(dir, 'missing.html'), 'not_found'],
      [join(dir, 'pipe'), 'not_a_file'],
      [join(dir, 'folder', 'pipe.html'), 'not_a_file'],
    ]);
    expect(items.filter((i) => i.kind === 'page').map((i) => i.kind === 'page' && i.page.url)).toEqual([join(dir, 'folder', 'good.html')]);
  });

  it('a file over the size limit is rejected unread', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'big.html'), Buffer.alloc(2048, 0x20));
    const items = await collect(readSavedPages([dir], { maxBytes: 1024 }));
    expect(items).toEqual([{ kind: 'reject', reject: expect.objectContaining({ source: join(dir, 'big.html'), reason: 'too_large' }) }]);
  });

  it('skips files that are not pages, and reads folders recursively in name order', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'b'));
    for (const name of ['b/2.html', 'a.htm', 'c.txt', 'notes.json', 'image.png', '.hidden.html']) writeFileSync(join(dir, name), 'x');
    const skipped: string[] = [];
    const items = await collect(readSavedPages([dir], { onSkip: (p) => skipped.push(p) }));
    expect(items.map((i) => (i.kind === 'page' ? i.page.url : null))).toEqual([join(dir, 'a.htm'), join(dir, 'b', '2.html'), join(dir, 'c.txt')]);
    expect(skipped.sort()).toEqual([join(dir, 'image.png'), join(dir, 'notes.json')]);
  });
});
