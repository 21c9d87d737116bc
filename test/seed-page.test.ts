import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import type { PageExtraction } from '../src/schema/records.js';
import { toEntries } from '../src/validate/to-entry.js';

const seed = readFileSync(new URL('../fixtures/pages/seed-page.txt', import.meta.url));

function seedEntries() {
  const outcome = extractPage({ url: 'seed-page.txt', finalUrl: 'seed-page.txt', status: 200, headers: { 'content-type': 'text/plain' }, body: seed, fetchedAt: null });
  if (!outcome.ok) throw new Error(outcome.reject.detail);
  const extraction: PageExtraction = outcome.value;
  return toEntries(extraction, new Date(0)).map((result) => {
    if (!result.ok) throw new Error(result.reject.detail);
    return result.value;
  });
}

describe('the seed page (a text copy)', () => {
  const entries = seedEntries();

  it('yields its own entry and 14 related entries', () => {
    expect(entries).toHaveLength(15);
    expect(entries[0]).toMatchObject({ origin: 'page', question: '后背抽筋的疼怎么回事', position: null, has_disclaimer: true });
    expect(entries.slice(1).map((e) => e.position)).toEqual([...Array(14).keys()]);
    expect(entries.slice(1).every((e) => e.origin === 'related' && e.format === 'voice')).toBe(true);
  });

  it('reads the doctor card', () => {
    expect(entries[0]!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '骨科', hospital: '福建省人民医院', hospital_grade: '三甲' });
  });

  it('keeps the answer paragraphs without the card or the disclaimer', () => {
    const main = entries[0]!;
    expect(main.answer_paragraphs).toHaveLength(4);
    expect(main.answer_paragraphs[0]).toBe('后背抽筋疼可能是以下原因引起:');
    expect(main.answer).not.toContain('提示');
    expect(main.answer).not.toContain('王清玉');
  });

  it('flags exactly the two snippets that are cut off', () => {
    const cut = entries.filter((e) => e.flags.includes('cut_off_end')).map((e) => e.question);
    expect(cut).toEqual(['脸色发黄是什么原因引起的', '女生第一次性生活会流血吗']);
    expect(entries.find((e) => e.question === '脸色发黄是什么原因引起的')!.flags).toContain('cut_off_start');
    expect(entries.filter((e) => e.flags.includes('cut_off_start'))).toHaveLength(1);
  });

  it('reads each related date', () => {
    expect(entries.find((e) => e.question === '脸色发黄是什么原因引起的')!.date).toBe('2020-12-16');
    expect(entries.find((e) => e.question === '女生第一次性生活会流血吗')!.date).toBe('2021-01-01');
    expect(entries.filter((e) => e.date === '2021-05-18')).toHaveLength(12);
  });
});
