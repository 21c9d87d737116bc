import type { ExtractionItem } from '../schema/records.js';

/**
 * What the learner of profiles (auto-profiles.ts) reads of a page's extraction: sent back from a
 * worker thread in place of the extraction, which the worker validates and packs itself, so a
 * page's entries cross between threads once, packed, as they do when no profile is learned.
 */
export type ReadingNote =
  | { kind: 'reject' }
  | {
      kind: 'extraction';
      extractor: string;
      site: string | null;
      canonicalUrl: string | null;
      /** The genre reader read a page entry from it without a doubt: a page to learn from (a profile taught a doubtful reading would confirm it). */
      teaches: boolean;
    };

export function readingNote(item: ExtractionItem): ReadingNote {
  if (item.kind !== 'extraction') return { kind: 'reject' };
  const { extractor, site, canonicalUrl, entries } = item.extraction;
  return { kind: 'extraction', extractor, site, canonicalUrl, teaches: entries.some((e) => e.origin === 'page' && !e.doubts?.length) };
}
