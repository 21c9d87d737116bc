import type { DatasetCounts } from '../core/dataset-counts.js';
import type { FlagEvidence } from '../flags/evidence.js';
import type { ReadBy } from '../schema/entry.js';

// What a report shows, as plain data: the collector fills it, the renderer draws it.

/** Upper bounds (characters) of the answer-length histogram's bins; the last bin is open. */
export const LENGTH_BINS = [20, 50, 100, 150, 200, 300, 500, 1000] as const;

export interface FlaggedSample {
  id: string;
  flag: string;
  question: string;
  /** The answer, cut to an excerpt around the evidence. */
  answer: string;
  evidence: FlagEvidence;
  source: string;
}

export interface ClusterMember {
  id: string;
  reason: string;
  question: string;
  answer: string;
  sources: string[];
}

export interface ClusterExample {
  keptId: string;
  question: string;
  answer: string;
  source: string;
  /** Entries the kept one stands for (its `supersedes`). */
  size: number;
  members: ClusterMember[];
}

/** How one site's entries were read: by whom (`read_by`), with which extractor, and how many the reader doubted. */
export interface SiteReading {
  entries: number;
  /** Entries per `read_by`, every value of READ_BY listed (0 where none). */
  byReadBy: Record<ReadBy, number>;
  /** Entries per extractor (youlai/desktop, generic-html, text-copy…). */
  byExtractor: Record<string, number>;
  /** Entries flagged `unsure_reading`. */
  unsure: number;
}

/** What the collector gathers beside the counts of what was written: categories, lengths, capped samples. */
export interface ReportDetails {
  bySupersededReason: Record<string, number>;
  byDepartment: Record<string, number>;
  byHospitalGrade: Record<string, number>;
  byFormat: Record<string, number>;
  bySite: Record<string, number>;
  /** Per site (`(unknown)` for text copies of unknown origin): how its entries were read. */
  readingBySite: Record<string, SiteReading>;
  answerLengths: { bins: number[]; counts: number[] };
  flaggedSamples: Record<string, FlaggedSample[]>;
  clusters: ClusterExample[];
}

/** Everything the report shows, JSON-serialisable: the run's counts (the writer's, see DatasetCounts) and the details. */
export type ReportSummary = DatasetCounts & ReportDetails;
