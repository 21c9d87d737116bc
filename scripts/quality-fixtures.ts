/**
 * Loaders for the labelled fixtures in fixtures/quality/, shared by scripts/quality-eval.ts
 * and the test/quality-*.test.ts files.
 */
import { readFileSync } from 'node:fs';
import type { EntryDraft, PageExtraction } from '../src/schema/records.js';
import type { Doctor, Entry } from '../src/schema/entry.js';
import { toEntry } from '../src/validate/to-entry.js';

const dir = new URL('../fixtures/quality/', import.meta.url);
const readJsonl = <T>(name: string): T[] =>
  readFileSync(new URL(name, dir), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

export type TruncationLabel = 'complete' | 'cut_end' | 'cut_start' | 'cut_both';
export interface TruncationCase {
  text: string;
  label: TruncationLabel;
  note: string;
  question?: string;
  /** The full answer, where the fixture knows it (a snippet of it, or a copy of it). */
  full?: string;
  /** Content flags the text should raise (most raise none). */
  flags?: string[];
}
export const truncationCases = (): TruncationCase[] => readJsonl<TruncationCase>('truncation.jsonl');

export interface FlagCase {
  question: string;
  answer: string;
  /** The content flags a reviewer expects (mojibake, leftover_markup, boilerplate, contact_or_ad, qa_unrelated). */
  flags: string[];
  note: string;
}
export const flagCases = (): FlagCase[] => readJsonl<FlagCase>('flags.jsonl');

export interface DupeRow {
  key: string;
  /** Rows with the same label should end up as one published entry. */
  cluster: string;
  question: string;
  answer: string;
  doctor: Doctor | null;
  origin: 'page' | 'related';
  url: string | null;
  source: string;
  /** Content flags the answer should raise. */
  flags: string[];
  note: string;
}
/** Cases written after the rules were frozen, never used to tune them: a check on over-fitting. */
export type HoldoutCase = ({ kind: 'truncation' } & TruncationCase) | ({ kind: 'flags' } & FlagCase);
export const holdoutCases = (): HoldoutCase[] => readJsonl<HoldoutCase>('holdout.jsonl');

export const dupeRows = (): DupeRow[] => readJsonl<DupeRow>('near-dupes.jsonl');

const noDoctor: Doctor = { name: null, title: null, department: null, hospital: null, hospital_grade: null };

/** A fixture row as the validate stage would make it: real id, tidy text and flags. */
export function entryFrom(row: Omit<DupeRow, 'key' | 'cluster' | 'note' | 'flags'> & Partial<Pick<Entry, 'date' | 'format'>>): Entry {
  const draft: EntryDraft = {
    question: row.question,
    answerParagraphs: row.answer.split('\n'),
    doctor: row.doctor ?? noDoctor,
    format: row.format ?? 'text',
    date: row.date ?? null,
    hasDisclaimer: false,
    origin: row.origin,
    position: row.origin === 'related' ? 0 : null,
    url: row.url,
    relatedUrls: [],
  };
  const page: PageExtraction = {
    source: row.source,
    site: row.url ? new URL(row.url).host : null,
    extractor: 'fixture',
    encoding: 'utf-8',
    replacementChars: 0,
    fetchedAt: null,
    canonicalUrl: row.url,
    entries: [draft],
    links: [],
  };
  const outcome = toEntry(draft, page, new Date(0));
  if (!outcome.ok) throw new Error(`fixture row ${row.source}: ${outcome.reject.detail}`);
  return outcome.value;
}
