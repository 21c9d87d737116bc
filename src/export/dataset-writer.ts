import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EntrySchema, SCHEMA_VERSION } from '../schema/entry.js';
import type { DatasetRecord } from '../schema/records.js';
import { digestFile, type FileDigest } from './file-digest.js';
import { JsonlFile } from './jsonl-file.js';
import { ParquetFile } from './parquet-file.js';
import { makeStagingDir, publishDir } from './publish.js';

export const DATASET_FILES = {
  entries: 'entries.jsonl',
  parquet: 'entries.parquet',
  rejects: 'rejects.jsonl',
  superseded: 'superseded.jsonl',
  manifest: 'manifest.json',
} as const;

export interface DatasetCounts {
  entries: number;
  rejects: number;
  superseded: number;
  byOrigin: Record<string, number>;
  byFlag: Record<string, number>;
  byRejectReason: Record<string, number>;
}

export interface DatasetWriterOptions {
  outDir: string;
  runId: string;
  rowGroupSize?: number;
}

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/**
 * The export stage: writes entries to JSONL and Parquet side by side, rejects and superseded
 * snippets to their own JSONL, in a staging folder; `finish` adds the manifest with each
 * file's sha256 and swaps the folder into place. Until then the previous dataset stands.
 */
export class DatasetWriter {
  readonly counts: DatasetCounts = { entries: 0, rejects: 0, superseded: 0, byOrigin: {}, byFlag: {}, byRejectReason: {} };
  private constructor(
    readonly staging: string,
    private readonly options: DatasetWriterOptions,
    private readonly entries: JsonlFile,
    private readonly parquet: ParquetFile,
    private readonly rejects: JsonlFile,
    private readonly superseded: JsonlFile,
  ) {}

  static async open(options: DatasetWriterOptions): Promise<DatasetWriter> {
    const staging = await makeStagingDir(options.outDir, options.runId);
    return new DatasetWriter(
      staging,
      options,
      new JsonlFile(join(staging, DATASET_FILES.entries)),
      new ParquetFile(join(staging, DATASET_FILES.parquet), EntrySchema, {
        rowGroupSize: options.rowGroupSize,
        metadata: { 'qa_harvest.schema_version': SCHEMA_VERSION, 'qa_harvest.run_id': options.runId },
      }),
      new JsonlFile(join(staging, DATASET_FILES.rejects)),
      new JsonlFile(join(staging, DATASET_FILES.superseded)),
    );
  }

  async write(record: DatasetRecord): Promise<void> {
    switch (record.kind) {
      case 'entry': {
        const { entry } = record;
        await this.entries.write(entry);
        await this.parquet.write(entry);
        this.counts.entries++;
        bump(this.counts.byOrigin, entry.origin);
        for (const flag of entry.flags) bump(this.counts.byFlag, flag);
        return;
      }
      case 'reject':
        await this.rejects.write(record.reject);
        this.counts.rejects++;
        bump(this.counts.byRejectReason, record.reject.reason);
        return;
      case 'superseded':
        await this.superseded.write(record.superseded);
        this.counts.superseded++;
        return;
    }
  }

  /** Closes the files, checks them, writes the manifest and publishes; returns the manifest. */
  async finish(manifestFields: Record<string, unknown>): Promise<Record<string, unknown>> {
    await Promise.all([this.entries.close(), this.rejects.close(), this.superseded.close()]);
    await this.parquet.close();
    const files: Record<string, FileDigest & { rows: number }> = {};
    const rows = {
      [DATASET_FILES.entries]: this.entries.lines,
      [DATASET_FILES.parquet]: this.parquet.rows,
      [DATASET_FILES.rejects]: this.rejects.lines,
      [DATASET_FILES.superseded]: this.superseded.lines,
    };
    for (const [name, count] of Object.entries(rows)) {
      files[name] = { ...(await digestFile(join(this.staging, name))), rows: count };
    }
    const manifest = {
      ...manifestFields,
      schema_version: SCHEMA_VERSION,
      counts: {
        entries: this.counts.entries,
        rejects: this.counts.rejects,
        superseded: this.counts.superseded,
        by_origin: this.counts.byOrigin,
        by_flag: this.counts.byFlag,
        by_reject_reason: this.counts.byRejectReason,
      },
      files,
    };
    await writeFile(join(this.staging, DATASET_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    await publishDir(this.staging, this.options.outDir);
    return manifest;
  }

  /** Throws the staging folder away; the published dataset is untouched. */
  async abort(): Promise<void> {
    await Promise.allSettled([this.entries.close(), this.rejects.close(), this.superseded.close()]);
    await rm(this.staging, { recursive: true, force: true });
  }
}
