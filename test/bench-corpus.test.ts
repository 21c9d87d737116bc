import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import type { ExtractionItem } from '../src/schema/records.js';
import { DedupeStage } from '../src/dedupe/exact-dedupe.js';
import { ValidateStage } from '../src/validate/stage.js';
import { generatePages, type CorpusPage } from '../kit/pages/corpus.js';
import { FAMILIES, generatePage } from '../bench/genre/families.js';

const digest = (pages: Iterable<CorpusPage>) => {
  const hash = createHash('sha256');
  for (const p of pages) hash.update(p.name).update(p.body);
  return hash.digest('hex');
};

function extract(p: CorpusPage) {
  const out = extractPage({ url: p.name, finalUrl: p.name, status: 200, headers: { 'content-type': p.contentType }, body: p.body, fetchedAt: null }, { now: new Date(0) });
  if (!out.ok) throw new Error(`${p.name}: ${out.reject.reason} ${out.reject.detail}`);
  return out.value;
}

describe('the benchmark corpus generator', () => {
  it('gives the same bytes for the same seed, other bytes for another, and page i regardless of where a run starts', () => {
    expect(digest(generatePages({ pages: 150, seed: 3 }))).toBe(digest(generatePages({ pages: 150, seed: 3 })));
    expect(digest(generatePages({ pages: 150, seed: 3 }))).not.toBe(digest(generatePages({ pages: 150, seed: 4 })));
    const whole = [...generatePages({ pages: 150, seed: 3 })];
    expect(digest(generatePages({ pages: 50, seed: 3, start: 100 }))).toBe(digest(whole.slice(100)));
  });

  it('writes the four layouts, the 康问 pages in GB18030 declared as gbk', () => {
    const pages = [...generatePages({ pages: 200, seed: 1 })];
    const layouts = new Set(pages.map((p) => p.plan.layout));
    expect([...layouts].sort()).toEqual(['jiankang-gbk', 'text-copy', 'youlai-desktop', 'youlai-mobile']);
    const gbk = pages.find((p) => p.plan.layout === 'jiankang-gbk')!;
    expect(gbk.body.toString('latin1')).toContain('<meta charset="gbk">');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk.body)).toThrow();
    expect(extract(gbk).encoding).toBe('gb18030');
  });

  it('makes ~11 KB youlai pages in the standard size and ~60 KB HTML pages in the large one', () => {
    const mean = (pages: CorpusPage[]) => pages.reduce((s, p) => s + p.body.length, 0) / pages.length / 1024;
    const youlai = (p: CorpusPage) => p.plan.layout.startsWith('youlai');
    const html = (p: CorpusPage) => p.plan.layout !== 'text-copy';
    expect(mean([...generatePages({ pages: 100 })].filter(youlai))).toBeGreaterThan(9);
    expect(mean([...generatePages({ pages: 100 })].filter(youlai))).toBeLessThan(14);
    expect(mean([...generatePages({ pages: 100, size: 'large' })].filter(html))).toBeGreaterThan(50);
    expect(mean([...generatePages({ pages: 100, size: 'large' })].filter(html))).toBeLessThan(70);
  });

  it.each(['standard', 'large'] as const)('yields the expected number of entries from every %s page, whatever its layout', (size) => {
    for (const page of generatePages({ pages: 120, seed: 2, size })) {
      const extraction = extract(page);
      expect(extraction.entries, page.name).toHaveLength(page.expectedEntries);
      expect(extraction.entries[0]!.origin, page.name).toBe('page');
    }
  });

  it('gives deduplication work: exact duplicates across pages, and cut snippets that full answers supersede', async () => {
    async function* extractions(): AsyncIterable<ExtractionItem> {
      for (const page of generatePages({ pages: 400, seed: 1 })) yield { kind: 'extraction', extraction: extract(page) };
    }
    const validate = new ValidateStage({ now: () => new Date(0) });
    const dedupe = new DedupeStage();
    let entries = 0;
    for await (const record of dedupe.run(validate.run(extractions()))) if (record.kind === 'entry') entries++;
    expect(validate.stats.rejected).toBe(0);
    expect(validate.stats.flagged.cut_off_end).toBeGreaterThan(100);
    expect(dedupe.stats.exactDuplicates).toBeGreaterThan(dedupe.stats.seen / 3);
    expect(dedupe.stats.superseded).toBeGreaterThan(100);
    expect(entries).toBeGreaterThan(400);
  });
});

describe('the genre layout families (bench/genre)', () => {
  const familyDigest = (name: string, seed: number) => {
    const family = FAMILIES.find((f) => f.name === name)!;
    const hash = createHash('sha256');
    for (let i = 0; i < 5; i++) {
      const page = generatePage(family, seed, i);
      hash.update(page.name).update(page.body).update(JSON.stringify(page.expected));
    }
    return hash.digest('hex');
  };

  it.each(FAMILIES.map((f) => [f.split, f.name]))('%s / %s: the same seed gives the same bytes and answer key, another seed others', (_split, name) => {
    expect(familyDigest(name, 7)).toBe(familyDigest(name, 7));
    expect(familyDigest(name, 7)).not.toBe(familyDigest(name, 8));
  });
});
