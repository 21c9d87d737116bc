import type { AnswerFormat, Doctor, Origin } from '../schema/entry.js';

/** An entry as extraction sees it: what the page says, before validation gives it an id and flags. */
export interface EntryDraft {
  question: string;
  answerParagraphs: string[];
  doctor: Doctor;
  format: AnswerFormat;
  date: string | null;
  hasDisclaimer: boolean;
  origin: Origin;
  /** 0-based position in the related list; null for the page's own entry. */
  position: number | null;
  url: string | null;
  relatedUrls: string[];
}

/** Everything extraction learned from one page. */
export interface PageExtraction {
  source: string;
  site: string | null;
  /** Which extractor read it: `youlai/desktop`, `generic-html`, `text-copy`. */
  extractor: string;
  encoding: string;
  /** U+FFFD characters in the decoded page. */
  replacementChars: number;
  fetchedAt: string | null;
  canonicalUrl: string | null;
  /** The page's own entry first (where it has one), then its related items in list order. */
  entries: EntryDraft[];
  /** Every link on the page, absolute where a base URL is known; the crawler picks what it follows. */
  links: string[];
}

/**
 * The page's own entry, where the page has both a question and an answer; its related
 * links are the links of its related items.
 */
export function pageDraft(
  parts: Pick<EntryDraft, 'answerParagraphs' | 'doctor' | 'format' | 'date' | 'hasDisclaimer'> & { question: string | null },
  related: EntryDraft[],
): EntryDraft | null {
  if (!parts.question || parts.answerParagraphs.length === 0) return null;
  return {
    ...parts,
    question: parts.question,
    origin: 'page',
    position: null,
    url: null,
    relatedUrls: related.map((r) => r.url).filter((u): u is string => u !== null),
  };
}

export const noDoctor = (): Doctor => ({ name: null, title: null, department: null, hospital: null, hospital_grade: null });
