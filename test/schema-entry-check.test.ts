import { describe, expect, it } from 'vitest';
import { EntrySchema, nothingCarried } from '../src/schema/entry.js';
import { z } from 'zod';
import { checkEntry, plainEntry, PLAIN_CHECK_HOLDS, schemaDigest, WRITTEN_FOR } from '../src/schema/entry-check.js';

const valid = (): Record<string, unknown> => ({
  id: '0123456789abcdef',
  question: '宝宝发烧怎么办？',
  answer: '多喝水。\n注意休息。',
  answer_paragraphs: ['多喝水。', '注意休息。'],
  doctor: { name: '王清玉', title: '主任医师', department: null, hospital: '福建省人民医院', hospital_grade: null },
  format: 'text',
  date: '2024-02-29',
  has_disclaimer: false,
  origin: 'page',
  position: null,
  url: 'https://example.com/q/1.html',
  related_urls: ['https://example.com/q/2.html'],
  source: 'saved/1.html',
  sources: ['saved/1.html'],
  supersedes: [],
  carried: nothingCarried(),
  site: 'example.com',
  extractor: 'generic-html',
  encoding: 'utf-8',
  read_by: 'genre',
  flags: ['no_doctor'],
  fetched_at: null,
});

/** The candidate with one field set (undefined: the field left out). */
const withField = (key: string, value: unknown) => {
  const c = valid();
  if (value === undefined) delete c[key];
  else c[key] = value;
  return c;
};

const cases: Array<[string, Record<string, unknown>]> = [
  ['valid', valid()],
  ['a crawl time', withField('fetched_at', '2024-01-01T08:30:00Z')],
  ['a crawl time with milliseconds', withField('fetched_at', '2024-01-01T08:30:00.123Z')],
  ['a crawl time with an offset', withField('fetched_at', '2024-01-01T08:30:00+08:00')],
  ['no day of that month', withField('date', '2023-02-29')],
  ['a day with its time', withField('date', '2024-01-01 08:00')],
  ['no date', withField('date', null)],
  ['an untrimmed question', withField('question', ' 宝宝发烧怎么办？')],
  ['an empty answer', withField('answer', '')],
  ['a blank answer', withField('answer', '  ')],
  ['no paragraphs', withField('answer_paragraphs', [])],
  ['an empty paragraph', withField('answer_paragraphs', ['多喝水。', ''])],
  ['a paragraph with spaces around', withField('answer_paragraphs', [' 多喝水。 '])],
  ['an untrimmed doctor name', withField('doctor', { ...(valid().doctor as object), name: '王清玉 ' })],
  ['a blank doctor title', withField('doctor', { ...(valid().doctor as object), title: ' ' })],
  ['a doctor without a grade', withField('doctor', { name: null, title: null, department: null, hospital: null })],
  ['a doctor with more', withField('doctor', { ...(valid().doctor as object), phone: '123' })],
  ['an id in capitals', withField('id', '0123456789ABCDEF')],
  ['a short id', withField('id', '0123')],
  ['an unknown format', withField('format', 'audio')],
  ['an unknown origin', withField('origin', 'list')],
  ['a position', withField('position', 3)],
  ['a negative position', withField('position', -1)],
  ['a fractional position', withField('position', 1.5)],
  ['an unknown flag', withField('flags', ['no_doctor', 'odd'])],
  ['no sources', withField('sources', [])],
  ['an unknown reading', withField('read_by', 'guess')],
  ['a blank encoding', withField('encoding', '')],
  ['no site', withField('site', null)],
  ['no url', withField('url', null)],
  ['a related url not a string', withField('related_urls', [1])],
  ['a carried conflict not a boolean', withField('carried', { ...nothingCarried(), date: { values: [], from: [], sources: [], conflict: 'no' } })],
  ['carried values', withField('carried', { ...nothingCarried(), format: { values: ['voice'], from: ['0123456789abcdef'], sources: ['a.html'], conflict: false } })],
  ['a field left out', withField('has_disclaimer', undefined)],
  ['a field more', withField('extra', 1)],
];

describe('checkEntry: the entry schema, cheaper where the entry plainly passes', () => {
  it('checks the fields the schema has', () => {
    // Fails when EntrySchema changes: make plainEntry follow it, then set WRITTEN_FOR to the digest this prints.
    expect(schemaDigest(EntrySchema), 'entry-check.ts was written for another EntrySchema').toBe(WRITTEN_FOR);
    expect(PLAIN_CHECK_HOLDS).toBe(true);
    expect(plainEntry(valid())).not.toBeNull();
  });

  it('tells a schema with one check more or less from the one it was written for', () => {
    expect(schemaDigest(EntrySchema.extend({ answer: z.string().trim().min(1).max(20_000) }))).not.toBe(WRITTEN_FOR);
    expect(schemaDigest(EntrySchema.extend({ question: z.string().min(1) }))).not.toBe(WRITTEN_FOR);
    expect(schemaDigest(EntrySchema.extend({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() }))).not.toBe(WRITTEN_FOR);
  });

  it.each(cases)('gives what EntrySchema.safeParse gives: %s', (_name, candidate) => {
    const ours = checkEntry(candidate);
    const schema = EntrySchema.safeParse(candidate);
    expect(ours.success).toBe(schema.success);
    // The same fields in the same order (the JSONL writer prints them so), or the same issues.
    expect(JSON.stringify(ours.success ? ours.data : ours.error.issues)).toBe(JSON.stringify(schema.success ? schema.data : schema.error.issues));
  });

  it('copies the lists and objects, as the schema does', () => {
    const candidate = valid();
    const ours = checkEntry(candidate);
    expect(ours.success).toBe(true);
    if (!ours.success) return;
    expect(ours.data.answer_paragraphs).not.toBe(candidate.answer_paragraphs);
    expect(ours.data.doctor).not.toBe(candidate.doctor);
    expect(ours.data.carried).not.toBe(candidate.carried);
    expect(ours.data.carried.date.values).not.toBe((candidate.carried as { date: { values: string[] } }).date.values);
  });
});
