import { describe, expect, it } from 'vitest';
import { readWork } from '../src/validate/read-work.js';
import { DEFAULT_FLAG_OPTIONS } from '../src/flags/flags.js';
import type { ReadEntry } from '../src/flags/consistency.js';

const doctor = { name: '王清玉', title: '主任医师', department: '骨科', hospital: null, hospital_grade: null };
const read = (over: Partial<ReadEntry>): ReadEntry => ({
  question: '宝宝发烧怎么办？',
  answer_paragraphs: ['多喝水，注意休息，体温超过38.5度可以用退烧药。'],
  doctor,
  date: null,
  origin: 'page',
  ...over,
});

describe('readWork: one kept result per distinct read', () => {
  it('gives the same work for the same read, worked out once', () => {
    const a = readWork(read({}), DEFAULT_FLAG_OPTIONS);
    expect(readWork(read({}), DEFAULT_FLAG_OPTIONS)).toBe(a);
  });

  it('tells apart reads whose texts run together alike', () => {
    // Question and paragraphs, or two paragraphs, that would read the same joined without their ends.
    const pairs: Array<[Partial<ReadEntry>, Partial<ReadEntry>]> = [
      [{ question: '发烧怎么办', answer_paragraphs: ['多喝水。注意休息，体温高时用药。'] }, { question: '发烧怎么办多喝水。', answer_paragraphs: ['注意休息，体温高时用药。'] }],
      [{ answer_paragraphs: ['多喝水。', '注意休息，体温高时用药。'] }, { answer_paragraphs: ['多喝水。注意休息，', '体温高时用药。'] }],
      [{ doctor: { ...doctor, name: '王清', title: '玉主任医师' } }, { doctor }],
      [{ doctor: { ...doctor, hospital: null } }, { doctor: { ...doctor, hospital: '~' } }],
      [{ date: null }, { date: '2024-01-01' }],
      [{ origin: 'page' }, { origin: 'related' }],
      [{ continues: true }, {}],
    ];
    for (const [x, y] of pairs) expect(readWork(read(x), DEFAULT_FLAG_OPTIONS)).not.toBe(readWork(read(y), DEFAULT_FLAG_OPTIONS));
    expect(readWork(read({}), { ...DEFAULT_FLAG_OPTIONS, minAnswerChars: 1 })).not.toBe(readWork(read({}), DEFAULT_FLAG_OPTIONS));
  });
});
