import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../core/log.js';
import type { PublishOptions } from './options.js';
import { DATASET_FILES, DatasetWriter, type Manifest } from '../export/dataset-writer.js';
import { pruneRuns } from '../export/publish.js';
import { acquireRunLock } from './run-lock.js';
import { NearDupeStage } from '../dedupe/near-dupe-stage.js';
import { PublishedStore, type DeltaCounts } from '../dedupe/published-store.js';
import { ReportCollector } from '../report/collector.js';
import { writeReport } from '../report/write.js';
import type { ExtractionItem } from '../schema/records.js';
import { DedupeStage } from '../dedupe/exact-dedupe.js';
import { DEFAULT_FLAG_OPTIONS } from '../flags/flags.js';
import { ValidateStage } from '../validate/stage.js';

/** The cross-run store of what has been published, inside the dataset folder. */
export const PUBLISHED_STORE = join('.state', 'published.sqlite');
/** Per-run scratch space (the dedupe indexes), inside the dataset folder so a killed run's is found and removed. */
export const WORK_DIR = '.work';
const NO_ENTRIES = 'no_entries';

export interface RunSummary {
  runId: string;
  outDir: string;
  runDir: string;
  manifest: Manifest;
  pages: number;
  entries: number;
  rejects: number;
  superseded: number;
  seconds: number;
  warnings: string[];
  /** Against what earlier runs published: new, changed, unchanged, duplicate_of_published, gone. */
  changes: DeltaCounts & { gone: number };
}

export interface SourceInfo {
  mode: string;
  inputs: string[];
  config: Record<string, unknown>;
  /** Stats of the stages before validation, read when the run ends. */
  stages: () => Record<string, unknown>;
  pages: () => number;
  total?: () => number | null;
}

export class RunInterruptedError extends Error {
  constructor() {
    super('run interrupted: nothing was published, the latest run stays as it was');
  }
}

/**
 * Stops the source as soon as the run is aborted, and reports progress per page, not only
 * when records reach the writer (the dedupe stages hold entries back until the input ends).
 */
async function* untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal | undefined, onItem: () => void): AsyncIterable<T> {
  for await (const item of source) {
    if (signal?.aborted) throw new RunInterruptedError();
    onItem();
    yield item;
  }
}

export function newRunId(now = new Date()): string {
  // UTC start time to the millisecond first, so that name order is age order (pruning relies on it).
  return `${now.toISOString().replace(/[-:]/g, '').replace('.', '')}-${randomBytes(2).toString('hex')}`;
}

/**
 * The tail every run shares: validate → dedupe → near-duplicates → export, each stage an
 * async iterable over the one before, so one page at a time is in flight until the dedupe
 * stages (whose indexes are on disk). One run at a time holds the dataset folder; the run
 * appears complete or not at all, and `latest` moves only to a complete run.
 */
export async function publishDataset(extractions: AsyncIterable<ExtractionItem>, options: PublishOptions, source: SourceInfo): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const startedAt = new Date();
  const runId = newRunId(startedAt);
  const flags = { ...DEFAULT_FLAG_OPTIONS, ...(options.minAnswerChars !== undefined ? { minAnswerChars: options.minAnswerChars } : {}) };
  const mode = options.mode ?? 'full';
  const workDir = join(options.outDir, WORK_DIR, runId);

  const lock = await acquireRunLock(options.outDir, runId, (holder) =>
    log.warn('taking over a stale lock: its run died without releasing it', { lock_pid: holder.pid, lock_run: holder.run_id, since: holder.started_at }),
  );
  let writer: DatasetWriter | null = null;
  let published: PublishedStore | null = null;
  try {
    writer = await DatasetWriter.open({ datasetDir: options.outDir, runId, mode, rowGroupSize: options.rowGroupSize, rowsPerFile: options.rowsPerFile });
    await removeLeftovers(options.outDir, writer.staging, log);
    await mkdir(workDir, { recursive: true });
    published = openPublishedStore(options.outDir);

    const validate = new ValidateStage({ flags });
    const dedupe = new DedupeStage({ workDir });
    const nearDupes = new NearDupeStage({ workDir });
    const progress = () =>
      options.onProgress?.({ pages: source.pages(), entries: writer!.counts.entries, rejects: writer!.counts.rejects, total: source.total?.() ?? null });
    const records = nearDupes.run(dedupe.run(validate.run(untilAborted(extractions, options.signal, progress))));
    const report = new ReportCollector();
    let pagesWithoutEntries = 0;
    log.info('run started', { run_id: runId, mode, source: source.mode, inputs: source.inputs, out: options.outDir });

    for await (const record of records) {
      if (options.signal?.aborted) throw new RunInterruptedError();
      if (record.kind === 'reject') {
        const r = record.reject;
        // A page without entries is often a list page (a crawl reads many): worth a line, not a warning.
        const level = r.reason === NO_ENTRIES ? 'info' : 'warn';
        log[level](`rejected: ${r.reason}`, { source: r.source, stage: r.stage, status: r.status, detail: r.detail.slice(0, 200) });
        if (r.reason === NO_ENTRIES) pagesWithoutEntries++;
      }
      report.observe(record);
      if (record.kind === 'entry') {
        const status = published.markSeen(record.entry);
        // A delta carries only what no earlier run published; a full snapshot carries every live entry.
        if (mode === 'delta' && status !== 'new' && status !== 'changed') continue;
      }
      await writer.write(record);
      progress();
    }
    if (options.signal?.aborted) throw new RunInterruptedError();
    const { entries, rejects, superseded } = writer.counts;
    // An empty full snapshot is almost always an input that was not there (an unmounted disk):
    // publishing it would make it `latest` and, night after night, prune every real run.
    if (mode === 'full' && entries === 0 && !options.allowEmpty) throw new EmptyRunError(rejects);

    const changes = published.counts();
    // Tombstones: what earlier runs published and this one no longer has, so delta consumers can delete.
    await writer.writeJsonl(DATASET_FILES.gone, published.gone());
    const stages = { ...source.stages(), validate: validate.stats, dedupe: dedupe.stats, near_dupes: nearDupes.stats };
    await writeReport(writer.staging, report, writer.counts, { runId, generatedAt: new Date().toISOString(), stages });
    const { runDir, manifest } = await writer.finish({
      sourceMode: source.mode,
      inputs: source.inputs,
      manifest: {
        run: { id: runId, source: source.mode, started_at: startedAt.toISOString() },
        config: {
          ...source.config,
          mode,
          min_answer_chars: flags.minAnswerChars,
          row_group_size: options.rowGroupSize ?? null,
          rows_per_file: options.rowsPerFile ?? null,
          warn_reject_rate: options.warnRejectRate ?? null,
        },
        stages,
        changes_since_previous_run: changes,
      },
    });
    writer = null; // published: nothing to abort any more
    published.commit(runId);

    const warnings: string[] = [];
    try {
      const removed = await pruneRuns(options.outDir, options.keepRuns ?? 7, async () => false);
      if (removed.length) log.info('removed old runs', { removed });
    } catch (err) {
      // The run is published; failing to tidy old ones is worth a warning, not a failed run.
      warnings.push(`could not remove old runs: ${(err as Error).message}`);
    }
    // A crawl reads list and section pages on purpose; they are not failures of the run.
    const failed = source.mode === 'crawl' ? rejects - pagesWithoutEntries : rejects;
    const rejectRate = failed / Math.max(1, failed + validate.stats.valid);
    if (options.warnRejectRate !== undefined && rejectRate > options.warnRejectRate) {
      warnings.push(`reject rate ${(rejectRate * 100).toFixed(1)}% is above the ${(options.warnRejectRate * 100).toFixed(1)}% threshold`);
    }
    return {
      runId,
      outDir: options.outDir,
      runDir,
      manifest,
      pages: source.pages(),
      entries,
      rejects,
      superseded,
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      warnings,
      changes,
    };
  } finally {
    await writer?.abort();
    published?.close();
    await rm(workDir, { recursive: true, force: true });
    await lock.release();
  }
}

export class EmptyRunError extends Error {
  constructor(rejects: number) {
    super(
      `the run found no entries (${rejects} rejects), so it was not published and latest stays as it was; ` +
        'check that the inputs are there, or allow an empty snapshot with --allow-empty',
    );
  }
}

function openPublishedStore(outDir: string): PublishedStore {
  const path = join(outDir, PUBLISHED_STORE);
  try {
    return PublishedStore.open(path);
  } catch (err) {
    throw new Error(`cannot open the store of published entries ${path}: ${(err as Error).message} (move it aside to start the history afresh)`);
  }
}

/** Staging folders and work files of runs that died: this run holds the lock, so none of them can still finish. */
async function removeLeftovers(outDir: string, staging: string, log: Logger): Promise<void> {
  const cleaned = await pruneRuns(outDir, Number.MAX_SAFE_INTEGER, async (path) => path !== staging);
  const work = join(outDir, WORK_DIR);
  const stale = await readdir(work).catch(() => [] as string[]);
  for (const name of stale) await rm(join(work, name), { recursive: true, force: true });
  if (cleaned.length || stale.length) log.warn('removed what runs that died left behind', { removed: [...cleaned, ...stale.map((n) => `${WORK_DIR}/${n}`)] });
}
