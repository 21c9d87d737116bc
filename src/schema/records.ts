import { z } from 'zod';
import type { AnswerFormat, Doctor, Entry, Origin, ReadBy, Reject } from './entry.js';


/** A page as a source hands it on: raw bytes plus what the transport said about them. */
export interface PageRecord {
  /** Where the page was asked for: a file path or the requested URL. */
  url: string;
  /** Where it was finally read from (after redirects); equal to `url` for files. */
  finalUrl: string;
  status: number;
  /** Lower-case header names. For saved files, text/plain for .txt; other files' content decides. */
  headers: Record<string, string>;
  body: Buffer;
  /** When it was fetched; null for saved files, whose fetch time is unknown. */
  fetchedAt: Date | null;
}

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
  /** How the entry was read (`read_by`); the page's extractor decides where this is not set. */
  readBy?: ReadBy;
  /** Why the reader is not sure it read this entry right; any makes the entry `unsure_reading`. */
  doubts?: string[];
  /**
   * The page says the answer goes on elsewhere (a pager counting more pages under it, `第1/3页 下一页`):
   * the text read is only part of it, cut off wherever the page broke it (flagged `cut_off_end`).
   */
  continues?: boolean;
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
  /** Why the page holds no Q&A of its own, where the reader knows (`a search results page`): said in its reject. */
  noQa?: string;
  /**
   * Why the page's own question and answer were not read (`no answer read under its question (…)`): where its related
   * items were, published as a `no_page_entry` reject; where nothing was, said in the page's `no_entries` reject.
   */
  ownUnread?: string;
  /**
   * Where a built-in profile knows the page's site but not this template of its page (two answer
   * boxes, an empty answer box): the layout and why (`youlai/desktop: 2 answers in .ans_box`). The
   * page was read by the genre rules; the run counts these, so a person sees when a profile needs
   * a new layout (profile-fit.ts).
   */
  profileMisfit?: string;
}

/** An entry kept out of the dataset because a fuller or richer entry stands for it. */
export const SupersededSchema = z.object({
  id: z.string(),
  superseded_by: z.string(),
  reason: z.enum(['truncated_snippet', 'same_answer', 'near_duplicate']),
  question: z.string(),
  answer: z.string(),
  flags: z.array(z.string()),
  sources: z.array(z.string()),
});
export type Superseded = z.infer<typeof SupersededSchema>;

/** What flows between stages. Each stage handles its own kind and passes the others on. */
export type RejectRecord = { kind: 'reject'; reject: Reject };
export type PageItem = { kind: 'page'; page: PageRecord } | RejectRecord;
/**
 * `stored`: what a store told of the extraction without unpacking it (its source, fetch time),
 * when `extraction` is unpacked only as it is read (a crawl's stored pages: crawl-results.ts).
 */
export type ExtractionItem = { kind: 'extraction'; extraction: PageExtraction; stored?: { source: string; fetchedAt: string | null } } | RejectRecord;
export type EntryItem = { kind: 'entry'; entry: Entry } | RejectRecord;
export type SupersededRecord = { kind: 'superseded'; superseded: Superseded };
/** What the writer and the report take: entries, rejects, superseded entries. */
export type DatasetRecord = EntryItem | SupersededRecord;

/**
 * What the near-duplicate stage and the store of published entries compare an entry by,
 * computed once (on a worker thread, after exact duplicates are merged) and carried with it. Pipeline-internal: never published, never a column; the entry
 * schema (entry.ts) stays the one description of a published entry.
 */
export interface EntryKeys {
  /** MinHash signature of the answer's content (the near-duplicate rules' fingerprint). */
  signature: Uint32Array;
  /** The answer's content as snippet placement and near-duplicates compare it (answerContent). */
  answerCore: string;
  /** Identity across runs: URL, else question and doctor (published-store.ts). */
  identity: string;
  /** Hash of the content that makes a change: question, answer, doctor card, format, date. */
  content: string;
  /** Every field's hash (the store's `entryVersion`) of the entry the keys were made for; null once a stage changed the entry since (the store works it out then). */
  version: string | null;
}

/** An entry with its keys, as the near-duplicate stage and the store pass it on. */
export type KeyedEntry = { kind: 'entry'; entry: Entry; keys: EntryKeys };
export type KeyedItem = KeyedEntry | RejectRecord;
export type KeyedRecord = KeyedItem | SupersededRecord;

/**
 * An entry as exact dedupe takes it in (exact-dedupe.ts, packEntry), made on the thread that
 * validated it: what copies of an id are told apart and grouped by, and the entry as its JSON
 * text, which dedupe stores and parses back only for the copies it keeps (a quarter, on the
 * benchmark's corpus). A text crosses between threads for far less than the object it stands
 * for. Pipeline-internal, never published.
 */
export interface PackedEntry {
  id: string;
  source: string;
  date: string | null;
  format: AnswerFormat;
  /** completeness(entry, 0): copies of one id share their answer, so its length ranks none above another. */
  rank: number;
  /** comparable(question): the group of entries for one question. */
  qkey: string;
  /** JSON.stringify(entry). */
  json: string;
}
export type PackedEntryItem = { kind: 'packed_entry'; packed: PackedEntry } | RejectRecord;
