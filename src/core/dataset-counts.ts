import type { DatasetRecord } from '../schema/records.js';

/** What a run wrote, by kind and key: the one count that the manifest, the dataset card and the report show. */
export interface DatasetCounts {
  entries: number;
  rejects: number;
  superseded: number;
  byOrigin: Record<string, number>;
  byFlag: Record<string, number>;
  byRejectReason: Record<string, number>;
}

export const newDatasetCounts = (): DatasetCounts => ({ entries: 0, rejects: 0, superseded: 0, byOrigin: {}, byFlag: {}, byRejectReason: {} });

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** Counts one record as written. */
export function countWritten(counts: DatasetCounts, record: DatasetRecord): void {
  switch (record.kind) {
    case 'entry':
      counts.entries++;
      bump(counts.byOrigin, record.entry.origin);
      for (const flag of record.entry.flags) bump(counts.byFlag, flag);
      return;
    case 'reject':
      counts.rejects++;
      bump(counts.byRejectReason, record.reject.reason);
      return;
    case 'superseded':
      counts.superseded++;
      return;
  }
}
