import type { EntryDraft, PageExtraction } from '../../src/schema/records.js';
import { noDoctor } from '../../src/extract/draft.js';
import type { Doctor, Entry } from '../../src/schema/entry.js';
import type { EntryItem, Superseded } from '../../src/schema/records.js';
import { DedupeStage } from '../../src/dedupe/exact-dedupe.js';
import { toEntry } from '../../src/validate/to-entry.js';

export interface EntrySpec {
  question: string;
  /** Paragraphs, or one string with `\n` between them. */
  answer: string | string[];
  doctor?: Partial<Doctor> | null;
  source?: string;
  origin?: 'page' | 'related';
  position?: number | null;
  url?: string | null;
  date?: string | null;
  site?: string | null;
}

/** A validated entry built the way the pipeline builds one (toEntry), so id and flags are real. */
export function makeEntry(spec: EntrySpec): Entry {
  const origin = spec.origin ?? (spec.doctor ? 'page' : 'related');
  const draft: EntryDraft = {
    question: spec.question,
    answerParagraphs: Array.isArray(spec.answer) ? spec.answer : spec.answer.split('\n'),
    doctor: { ...noDoctor(), ...(spec.doctor ?? {}) },
    format: 'unknown',
    date: spec.date ?? null,
    hasDisclaimer: origin === 'page',
    origin,
    position: spec.position ?? (origin === 'related' ? 0 : null),
    url: spec.url ?? null,
    relatedUrls: [],
  };
  const page: PageExtraction = {
    source: spec.source ?? 'test.html',
    site: spec.site ?? null,
    extractor: 'test',
    encoding: 'utf-8',
    replacementChars: 0,
    fetchedAt: null,
    canonicalUrl: null,
    entries: [draft],
    links: [],
  };
  const result = toEntry(draft, page, new Date(0));
  if (!result.ok) throw new Error(result.reject.detail);
  return result.value;
}

/** Runs the dedupe stage over entries (in the given order) and sorts what comes out by kind. */
export async function dedupe(entries: Entry[]): Promise<{ entries: Entry[]; superseded: Superseded[] }> {
  async function* input(): AsyncIterable<EntryItem> {
    for (const entry of entries) yield { kind: 'entry', entry };
  }
  const out = { entries: [] as Entry[], superseded: [] as Superseded[] };
  for await (const record of new DedupeStage().run(input())) {
    if (record.kind === 'entry') out.entries.push(record.entry);
    else if (record.kind === 'superseded') out.superseded.push(record.superseded);
    else throw new Error(`unexpected reject: ${record.reject.reason}`);
  }
  return out;
}
