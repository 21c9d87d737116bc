import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EntrySchema, FLAG_DESCRIPTIONS, REJECT_REASONS, SCHEMA_VERSION } from '../schema/entry.js';
import type { DatasetRecord } from '../schema/records.js';
import { VERSION } from '../core/version.js';
import { countWritten, newDatasetCounts, type DatasetCounts } from '../core/dataset-counts.js';
import type { Sink } from '../core/stage.js';
import { renderDatasetCard } from './dataset-card.js';
import { digestFile, type FileDigest } from './file-digest.js';
import { JsonlFile } from './jsonl-file.js';
import { ParquetThread } from './parquet-thread.js';
import { latestRunId, makeStagingDir, publishRun, runDirOf } from './publish.js';
import { faultPoint } from '../core/faults.js';

export const DATASET_FILES = {
  entries: 'entries.jsonl',
  dataDir: 'data',
  rejects: 'rejects.jsonl',
  superseded: 'superseded.jsonl',
  gone: 'gone.jsonl',
  manifest: 'manifest.json',
  card: 'README.md',
} as const;

export type { DatasetCounts };

export interface DatasetWriterOptions {
  /** The dataset folder: runs/<run-id>/ and the `latest` link live in it. */
  datasetDir: string;
  runId: string;
  mode?: 'full' | 'delta';
  rowGroupSize?: number;
  rowsPerFile?: number;
  /** Whether the Parquet files may be written on a thread of their own (default true; false: in process). */
  parquetThread?: boolean;
}

export interface FinishInput {
  sourceMode: string;
  inputs: string[];
  /** Everything else the manifest should carry: run times, config, stage stats. */
  manifest: Record<string, unknown>;
}

export type Manifest = Record<string, unknown> & {
  files: Record<string, FileDigest & { rows?: number }>;
  counts: Record<string, unknown>;
};

/** Files under `dir`, as `/`-separated paths relative to it, in name order. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const names: string[] = [];
  for (const dirent of (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) names.push(...(await listFiles(dir, rel)));
    else names.push(rel);
  }
  return names;
}

/**
 * The export stage: entries to JSONL and to Parquet parts side by side, rejects and
 * superseded snippets to their own JSONL, all in the run's staging folder; `seal` adds
 * the dataset card and the manifest (sha256 of every file), `publish` renames the folder into
 * `runs/<run-id>` and switches `latest`. Until then the previous run stands untouched.
 * It is the sink of a run, and `counts` is the count of what the run wrote.
 */
export class DatasetWriter implements Sink<DatasetRecord> {
  readonly name = 'export';
  readonly counts: DatasetCounts = newDatasetCounts();
  private readonly extraRows: Record<string, number> = {};
  /** The Parquet files' closing, once begun (finishParquet): seal waits for it. */
  private parquetClosed: Promise<Array<{ name: string; rows: number }>> | null = null;
  private constructor(
    readonly staging: string,
    private readonly options: DatasetWriterOptions,
    private readonly entries: JsonlFile,
    private readonly parquet: ParquetThread,
    private readonly rejects: JsonlFile,
    private readonly superseded: JsonlFile,
  ) {}

  static async open(options: DatasetWriterOptions): Promise<DatasetWriter> {
    const staging = await makeStagingDir(options.datasetDir, options.runId);
    await mkdir(join(staging, DATASET_FILES.dataDir));
    return new DatasetWriter(
      staging,
      options,
      new JsonlFile(join(staging, DATASET_FILES.entries)),
      new ParquetThread(join(staging, DATASET_FILES.dataDir), {
        rowGroupSize: options.rowGroupSize,
        rowsPerFile: options.rowsPerFile,
        metadata: { 'qa_harvest.schema_version': SCHEMA_VERSION, 'qa_harvest.run_id': options.runId },
        thread: options.parquetThread,
      }),
      new JsonlFile(join(staging, DATASET_FILES.rejects)),
      new JsonlFile(join(staging, DATASET_FILES.superseded)),
    );
  }

  /** Starts the Parquet files' thread ahead of the entries (ParquetThread.warm): call it once the run is known to be large. */
  warm(): void {
    this.parquet.warm();
  }

  async write(record: DatasetRecord): Promise<void> {
    faultPoint('export-write');
    switch (record.kind) {
      case 'entry': {
        // Serialised once: the JSON line is also what the Parquet thread reads the entry from.
        const line = JSON.stringify(record.entry);
        await this.entries.writeLine(line);
        await this.parquet.write(line);
        break;
      }
      case 'reject':
        await this.rejects.write(record.reject);
        break;
      case 'superseded':
        await this.superseded.write(record.superseded);
        break;
    }
    countWritten(this.counts, record);
  }

  /**
   * Begins closing the Parquet files once the last entry is written: their thread writes what it
   * still holds and the footer while the run's last steps (the store's counts, gone.jsonl, the
   * report) go on in this thread; `seal` waits for it and throws what it failed with.
   */
  finishParquet(): void {
    if (this.parquetClosed) return;
    this.parquetClosed = this.parquet.close();
    // Not unhandled meanwhile: seal takes the failure.
    this.parquetClosed.catch(() => {});
  }

  /** Writes a further JSONL file into the run (e.g. gone.jsonl), one record at a time; returns how many. */
  async writeJsonl(name: string, records: Iterable<unknown> | AsyncIterable<unknown>): Promise<number> {
    const file = new JsonlFile(join(this.staging, name));
    try {
      for await (const record of records) await file.write(record);
    } finally {
      await file.close();
    }
    this.extraRows[name] = file.lines;
    return file.lines;
  }

  /** Closes and checks the files, writes card and manifest: the staging folder holds a complete run. */
  async seal(input: FinishInput): Promise<Manifest> {
    await Promise.all([this.entries.close(), this.rejects.close(), this.superseded.close()]);
    this.finishParquet();
    const parts = await this.parquetClosed!;
    const finishedAt = new Date().toISOString();
    const mode = this.options.mode ?? 'full';
    const card = renderDatasetCard(EntrySchema, {
      datasetDir: this.options.datasetDir,
      runId: this.options.runId,
      mode,
      sourceMode: input.sourceMode,
      inputs: input.inputs,
      counts: this.counts,
      flags: FLAG_DESCRIPTIONS,
      rejectReasons: REJECT_REASONS,
      schemaVersion: SCHEMA_VERSION,
      version: VERSION,
      finishedAt,
    });
    faultPoint('card');
    await writeFile(join(this.staging, DATASET_FILES.card), card, { flag: 'wx' });

    // Every file of the run, including what other stages put in the staging folder (the report).
    const rows: Record<string, number> = {
      ...this.extraRows,
      [DATASET_FILES.entries]: this.entries.lines,
      [DATASET_FILES.rejects]: this.rejects.lines,
      [DATASET_FILES.superseded]: this.superseded.lines,
      ...Object.fromEntries(parts.map((p) => [`${DATASET_FILES.dataDir}/${p.name}`, p.rows])),
    };
    const files: Manifest['files'] = {};
    for (const name of await listFiles(this.staging)) {
      files[name] = { ...(await digestFile(join(this.staging, name))), ...(name in rows ? { rows: rows[name] } : {}) };
    }

    const manifest: Manifest = {
      name: 'qa-harvest',
      qa_harvest_version: VERSION,
      schema_version: SCHEMA_VERSION,
      mode,
      ...input.manifest,
      inputs: input.inputs,
      finished_at: finishedAt,
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
    // The manifest is written last: a run folder with a manifest is a complete run.
    faultPoint('manifest');
    await writeFile(join(this.staging, DATASET_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    return manifest;
  }

  /** Renames the sealed run into `runs/<run-id>` and switches `latest` to it; returns the run folder. */
  publish(): Promise<string> {
    return publishRun(this.staging, this.options.datasetDir, this.options.runId);
  }

  /** Throws the run away, staged or renamed, unless `latest` names it; the published runs and `latest` are untouched. */
  async abort(): Promise<void> {
    await this.parquet.abort();
    await Promise.allSettled([this.entries.close(), this.rejects.close(), this.superseded.close()]);
    await rm(this.staging, { recursive: true, force: true });
    if ((await latestRunId(this.options.datasetDir)) !== this.options.runId) await rm(runDirOf(this.options.datasetDir, this.options.runId), { recursive: true, force: true });
  }
}
