import { spawnSync } from 'node:child_process';
import { KeyStage, keyed } from '../src/dedupe/entry-keys.js';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { ExtractStage } from '../src/extract/stage.js';
import { NearDupeStage } from '../src/dedupe/near-dupe-stage.js';
import { countWritten, newDatasetCounts, type DatasetCounts } from '../src/core/dataset-counts.js';
import { ReportCollector, type ReportOptions } from '../src/report/collector.js';
import { renderReport } from '../src/report/render.js';
import { writeReport } from '../src/report/write.js';
import type { Entry } from '../src/schema/entry.js';
import type { DatasetRecord, KeyedRecord } from '../src/schema/records.js';
import { DedupeStage } from '../src/dedupe/exact-dedupe.js';
import { ValidateStage } from '../src/validate/stage.js';
import { dupeRows, entryFrom } from '../scripts/quality-fixtures.js';

const root = new URL('..', import.meta.url).pathname;

/** The fixture pages and faults through validate → dedupe → near-duplicates, as the export would see them. */
async function fixtureRecords(): Promise<DatasetRecord[]> {
  const pages = readSavedPages([join(root, 'fixtures/pages'), join(root, 'fixtures/faults')], { relativeTo: root });
  const out: DatasetRecord[] = [];
  const near = new NearDupeStage();
  for await (const r of near.run(new KeyStage().run(new DedupeStage().run(new ValidateStage({ now: () => new Date(0) }).run(new ExtractStage({ now: new Date(0) }).run(pages)))))) out.push(r);
  // And the labelled near-duplicates, for clusters and content flags.
  async function* rows(): AsyncIterable<KeyedRecord> {
    for (const r of dupeRows()) yield keyed(entryFrom(r));
  }
  for await (const r of new NearDupeStage().run(rows())) out.push(r);
  return out;
}

/** A collector that observed `records`, and the records counted as the writer counts what it writes. */
function observed(records: DatasetRecord[], options: Partial<ReportOptions> = {}): { c: ReportCollector; counts: DatasetCounts } {
  const c = new ReportCollector(options);
  const counts = newDatasetCounts();
  for (const r of records) {
    c.observe(r);
    countWritten(counts, r);
  }
  return { c, counts };
}

describe('ReportCollector', () => {
  let records: DatasetRecord[];
  beforeAll(async () => {
    records = await fixtureRecords();
  });

  it('shows the counts of what was written, and counts department, grade and format while records stream by', () => {
    const { c, counts } = observed(records);
    const s = c.summary(counts);
    const entries = records.filter((r) => r.kind === 'entry').length;
    expect(s.entries).toBe(entries);
    expect(Object.values(s.byOrigin).reduce((a, b) => a + b, 0)).toBe(entries);
    expect(s.byRejectReason).toMatchObject({ empty_body: 1 });
    expect(s.byFlag.cut_off_end).toBeGreaterThanOrEqual(2);
    expect(s.byFormat.voice).toBeGreaterThan(0);
    expect(s.answerLengths.counts.reduce((a, b) => a + b, 0)).toBe(entries);
    expect(s.clusters.length).toBeGreaterThan(0);
    expect(s.clusters.some((cl) => cl.members.length > 0)).toBe(true);
  });

  it('shows per site how its entries were read (read_by, extractor) and the share flagged unsure_reading', () => {
    const { c, counts } = observed(records);
    const s = c.summary(counts);
    const entries = records.flatMap((r) => (r.kind === 'entry' ? [r.entry] : []));
    const sites = new Set(entries.map((e) => e.site ?? '(unknown)'));
    expect(Object.keys(s.readingBySite).sort()).toEqual([...sites].sort());
    for (const [site, r] of Object.entries(s.readingBySite)) {
      const mine = entries.filter((e) => (e.site ?? '(unknown)') === site);
      expect(r.entries, site).toBe(mine.length);
      expect(Object.values(r.byReadBy).reduce((a, b) => a + b, 0), site).toBe(mine.length);
      expect(Object.values(r.byExtractor).reduce((a, b) => a + b, 0), site).toBe(mine.length);
      expect(r.unsure, site).toBe(mine.filter((e) => e.flags.includes('unsure_reading')).length);
    }
  });

  it('renders the per-site reading table in report.md and report.html, with the share of doubtful entries', () => {
    const base = entryFrom({ question: '血压低的症状有哪些', answer: '血压低常见头晕、乏力、眼前发黑，站起时明显。', doctor: null, origin: 'related', url: null, source: 's' });
    const read = (n: number, over: Partial<Entry>): DatasetRecord => ({ kind: 'entry', entry: { ...base, id: n.toString(16).padStart(16, '0'), ...over } });
    const a = { site: 'a.example', extractor: 'a/desktop' };
    const sample = [
      read(1, { ...a, read_by: 'profile' }),
      read(2, { ...a, read_by: 'learned_profile', extractor: 'a-example/learned' }),
      read(3, { ...a, read_by: 'genre', extractor: 'generic-html', flags: ['unsure_reading'] }),
      read(4, { ...a, read_by: 'structured_data', extractor: 'generic-html' }),
      read(5, { site: null, read_by: 'text_lines', extractor: 'text-copy' }),
    ];
    const { c, counts } = observed(sample);
    expect(c.summary(counts).readingBySite['a.example']).toEqual({
      entries: 4,
      byReadBy: { profile: 1, learned_profile: 1, genre: 1, structured_data: 1, text_lines: 0 },
      byExtractor: { 'a/desktop': 1, 'a-example/learned': 1, 'generic-html': 2 },
      unsure: 1,
    });
    const { markdown, html } = c.render(counts);
    expect(markdown).toContain('## How entries were read, per site');
    expect(markdown).toContain('| site | entries | profile | learned_profile | genre | structured_data | text_lines | unsure_reading | share unsure | extractors |');
    expect(markdown).toContain('| a.example | 4 | 1 (25.0%) | 1 (25.0%) | 1 (25.0%) | 1 (25.0%) | 0 | 1 | 25.0% | generic-html 2, a-example/learned 1, a/desktop 1 |');
    expect(markdown).toContain('| (unknown) | 1 | 0 | 0 | 0 | 0 | 1 (100.0%) | 0 | 0.0% | text-copy 1 |');
    expect(html).toContain('<h2>How entries were read, per site</h2>');
    expect(html).toContain('<td>a.example</td><td class="n">4</td><td class="n">1 (25.0%)</td><td class="n">1 (25.0%)</td><td class="n">1 (25.0%)</td><td class="n">1 (25.0%)</td><td class="n">0</td><td class="n">1</td><td class="n">25.0%</td>');
  });

  it('keeps samples, clusters and categories capped, so memory does not grow with the run', () => {
    const base = entryFrom({ question: '问题', answer: '多喝水，伴有乏', doctor: null, origin: 'related', url: null, source: 's' });
    const many: DatasetRecord[] = [];
    for (let i = 0; i < 500; i++) {
      const e: Entry = { ...base, id: i.toString(16).padStart(16, '0'), doctor: { ...base.doctor, department: `科${i}` }, supersedes: ['ffffffffffffffff'] };
      many.push({ kind: 'entry', entry: e });
    }
    const { c, counts } = observed(many, { samplesPerFlag: 2, clusterExamples: 1, maxCategoryKeys: 3 });
    const s = c.summary(counts);
    expect(s.entries).toBe(500);
    expect(s.flaggedSamples.cut_off_end).toHaveLength(2);
    expect(s.clusters).toHaveLength(1);
    expect(Object.keys(s.byDepartment)).toHaveLength(4); // 3 + (other)
    expect(s.byDepartment['(other)']).toBe(497);
  });

  it('renders purely: the same summary gives the same report', () => {
    const { c, counts } = observed(records);
    expect(renderReport(c.summary(counts), { runId: 'r' })).toEqual(renderReport(c.summary(counts), { runId: 'r' }));
  });

  it('writes a self-contained report.html (inline SVG charts, nothing fetched, no script) and a report.md', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-harvest-report-'));
    try {
      const { c, counts } = observed(records);
      const paths = await writeReport(join(dir, 'report'), c, counts, { runId: 'fixtures', generatedAt: '2026-01-01T00:00:00Z', stages: { nearDupes: { clusters: 1 } } });
      const html = readFileSync(paths.html, 'utf8');
      expect(html).not.toMatch(/<script|<link|<img|src=|href="http|url\(/i);
      expect(html.match(/<svg class="chart"/g)!.length).toBeGreaterThanOrEqual(9);
      expect(html).toContain('<mark title=');
      const md = readFileSync(paths.markdown, 'utf8');
      for (const section of ['## Counts', '## Answer length', '## Entries by department, hospital grade and format', '## How entries were read, per site', '## Duplicate clusters', '## Flagged entries']) expect(md).toContain(section);
      expect(md).toMatch(/\*\*⟦.+?⟧\*\*/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// --- headless Chromium -----------------------------------------------------------------------
function findChromium(): string | null {
  for (const name of [process.env.CHROMIUM_PATH, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    if (!name) continue;
    const found = spawnSync('sh', ['-c', `command -v "${name}"`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}
const chromium = findChromium();

/** RGB pixels of an 8-bit, non-interlaced PNG (colour type 2 or 6), as Chromium writes them. */
function decodePng(png: Buffer): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      colourType = data[9]!;
      expect(data[12]).toBe(0);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= bpp ? out[y * stride + i - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= bpp && y > 0 ? out[(y - 1) * stride + i - bpp]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const v = [x, x + a, x + b, x + ((a + b) >> 1), x + paeth][filter]!;
      out[y * stride + i] = v & 0xff;
    }
  }
  return { width, height, rgb: (x, y) => [out[y * stride + x * bpp]!, out[y * stride + x * bpp + 1]!, out[y * stride + x * bpp + 2]!] };
}

describe.skipIf(!chromium)('report.html in headless Chromium', () => {
  let dir: string;
  let htmlPath: string;
  const flags = (profile: string) => [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
  ];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qa-harvest-chromium-'));
    const { c, counts } = observed(await fixtureRecords());
    htmlPath = (await writeReport(join(dir, 'out'), c, counts, { runId: 'fixtures' })).html;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses the charts into SVG elements with bars', () => {
    const run = spawnSync(chromium!, [...flags(join(dir, 'profile-dom')), '--dump-dom', `file://${htmlPath}`], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const dom = run.stdout;
    for (const id of ['chart-origin', 'chart-flag', 'chart-reject-reason', 'chart-answer-length', 'chart-department', 'chart-hospital-grade', 'chart-format']) {
      expect(dom, id).toMatch(new RegExp(`<svg[^>]*id="${id}"`));
    }
    expect(dom.match(/<rect class="bar"/g)!.length).toBeGreaterThanOrEqual(20);
  });

  it('paints the bars: the screenshot is a PNG holding the bar colours', () => {
    const png = join(dir, 'report.png');
    const run = spawnSync(chromium!, [...flags(join(dir, 'profile-shot')), '--hide-scrollbars', '--window-size=1200,1600', `--screenshot=${png}`, `file://${htmlPath}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(statSync(png).size).toBeGreaterThan(10_000);
    const image = decodePng(readFileSync(png));
    expect(image.width).toBe(1200);
    const count = (r: number, g: number, b: number) => {
      let n = 0;
      for (let y = 0; y < image.height; y += 2) for (let x = 0; x < image.width; x += 2) {
        const [pr, pg, pb] = image.rgb(x, y);
        if (Math.abs(pr - r) < 6 && Math.abs(pg - g) < 6 && Math.abs(pb - b) < 6) n++;
      }
      return n;
    };
    expect(count(0x3b, 0x6e, 0xa5), 'blue bars (origin, department…)').toBeGreaterThan(500);
    expect(count(0xb5, 0x53, 0x3c), 'red bars (flags)').toBeGreaterThan(100);
    expect(count(0x4f, 0x8a, 0x5b), 'green columns (answer length)').toBeGreaterThan(100);
  });
});

if (!chromium) {
  describe('report.html in headless Chromium', () => {
    it.skip('skipped: no chromium on PATH (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH)', () => {});
  });
}
