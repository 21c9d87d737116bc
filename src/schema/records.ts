import { z } from 'zod';
import type { PageRecord } from '../crawl/page.js';
import type { PageExtraction } from '../extract/draft.js';
import type { Entry, Reject } from './entry.js';

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
export type ExtractionItem = { kind: 'extraction'; extraction: PageExtraction } | RejectRecord;
export type EntryItem = { kind: 'entry'; entry: Entry } | RejectRecord;
export type DatasetRecord = EntryItem | { kind: 'superseded'; superseded: Superseded };
