import type { Logger } from '../core/log.js';

export interface PublishOptions {
  /** The dataset folder (runs/<run-id>/ and `latest` live in it). */
  outDir: string;
  mode?: 'full' | 'delta';
  keepRuns?: number;
  minAnswerChars?: number;
  rowGroupSize?: number;
  rowsPerFile?: number;
  /** Publish a full snapshot even when it has no entries (normally a sign of missing inputs). */
  allowEmpty?: boolean;
  /** Above this share of rejects among records, the run is published with a warning. */
  warnRejectRate?: number;
  log?: Logger;
  /** Stop early and publish nothing when aborted (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  pages: number;
  entries: number;
  rejects: number;
  /** Pages expected in all, where the source knows (saved files); null for a crawl. */
  total: number | null;
}
