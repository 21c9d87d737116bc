import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../core/log.js';
import type { PublishOptions } from './options.js';
import { DATASET_FILES, DatasetWriter, type DatasetCounts, type FinishInput, type Manifest } from '../export/dataset-writer.js';
import { pruneRuns } from '../export/publish.js';
import { acquireRunLock } from './run-lock.js';
import { NearDupeStage } from '../dedupe/near-dupe-stage.js';
import { PublishedStore, type DeltaCounts } from '../dedupe/published-store.js';
import { ReportCollector } from '../report/collector.js';
import { writeReport } from '../report/write.js';
import type { DatasetRecord, ExtractionItem } from '../schema/records.js';
import type { Sink } from '../core/stage.js';
import { DedupeStage } from '../dedupe/exact-dedupe.js';
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from '../flags/flags.js';
import { ValidateStage } from '../validate/stage.js';
import { pipeline, RunClock, runPipeline, type Pipeline } from './runner.js';
import { StoreStage } from './store-stage.js';

export { RunInterruptedError } from './runner.js';

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
  /** Against what earlier runs published: new, changed, unchanged, gone. */
  changes: DeltaCounts;
}

/** What a run reads, and how the manifest describes it. */
export interface RunSource {
  mode: string;
  inputs: string[];
  config: Record<string, unknown>;
  /** The records up to extraction: a source and the stages after it (read → extract; a crawl's stored results). */
  extractions: Pipeline<ExtractionItem>;
  /** Stats of what ran before the run's steps (the crawl), first in the manifest's `stages`. */
  before?: Record<string, unknown>;
  /** Pages read so far, for progress and the summary. */
  pages: () => number;
  total?: () => number | null;
}

export function newRunId(now = new Date()): string {
  // UTC start time to the millisecond first, so that name order is age order (pruning relies on it).
  return `${now.toISOString().replace(/[-:]/g, '').replace('.', '')}-${randomBytes(2).toString('hex')}`;
}

/**
 * The tail every run shares, as a list: validate → dedupe → near-duplicates → store (delta
 * status; a delta run holds back what is published already) → report, into the writer. One
 * page at a time is in flight until the dedupe stages (whose indexes are on disk). One run at
 * a time holds the dataset folder; the run appears complete or not at all, and `latest` moves
 * only to a complete run. `clock` has each step's time while the run is under way.
 */
export async function publishDataset(source: RunSource, options: PublishOptions, clock = new RunClock()): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const startedAt = new Date();
  const flags = { ...DEFAULT_FLAG_OPTIONS, ...(options.minAnswerChars !== undefined ? { minAnswerChars: options.minAnswerChars } : {}) };
  const run: RunFacts = { id: newRunId(startedAt), startedAt, mode: options.mode ?? 'full', flags };
  const workDir = join(options.outDir, WORK_DIR, run.id);
  const lock = await acquireRunLock(options.outDir, run.id, (holder) =>
    log.warn('taking over a stale lock: its run died without releasing it', { lock_pid: holder.pid, lock_run: holder.run_id, since: holder.started_at }),
  );
  let writer: DatasetWriter | null = null;
  let published: PublishedStore | null = null;
  try {
    const output = (writer = await DatasetWriter.open({ datasetDir: options.outDir, runId: run.id, mode: run.mode, rowGroupSize: options.rowGroupSize, rowsPerFile: options.rowsPerFile }));
    await removeLeftovers(options.outDir, output.staging, log);
    await mkdir(workDir, { recursive: true });
    published = openPublishedStore(options.outDir);
    log.info('run started', { run_id: run.id, mode: run.mode, source: source.mode, inputs: source.inputs, out: options.outDir });

    const validate = new ValidateStage({ flags: run.flags });
    const report = new ReportCollector();
    const progress = () => options.onProgress?.({ pages: source.pages(), entries: output.counts.entries, rejects: output.counts.rejects, total: source.total?.() ?? null });
    const stages = await runPipeline(
      pipeline(source.extractions, [validate, new DedupeStage({ workDir }), new NearDupeStage({ workDir }), new StoreStage(published, run.mode), report]),
      loggingRejects(output, log),
      { signal: options.signal, onProgress: progress, clock },
    );

    const { entries, rejects, superseded } = output.counts;
    // An empty full snapshot is almost always an input that was not there (an unmounted disk):
    // publishing it would make it `latest` and, night after night, prune every real run.
    if (run.mode === 'full' && entries === 0 && !options.allowEmpty) throw new EmptyRunError(rejects);
    const changes = published.counts();
    // Tombstones: what earlier runs published and this one no longer has, so delta consumers can delete.
    await output.writeJsonl(DATASET_FILES.gone, published.gone());
    const allStages = { ...source.before, ...stages };
    await writeReport(output.staging, report, output.counts, { runId: run.id, generatedAt: new Date().toISOString(), stages: allStages });
    const { runDir, manifest } = await clock.time('publish', () => output.finish(finishInput(source, options, run, allStages, changes)));
    writer = null; // published: nothing to abort any more
    published.commit(run.id);

    const warnings = [...(await pruneOldRuns(options, log)), ...rejectRateWarnings(source, options, output.counts, validate.stats.valid)];
    const seconds = (Date.now() - startedAt.getTime()) / 1000;
    return { runId: run.id, outDir: options.outDir, runDir, manifest, pages: source.pages(), entries, rejects, superseded, seconds, warnings, changes };
  } finally {
    await writer?.abort();
    published?.close();
    await rm(workDir, { recursive: true, force: true });
    await lock.release();
  }
}

/** What the run settled when it started. */
interface RunFacts {
  id: string;
  startedAt: Date;
  mode: 'full' | 'delta';
  flags: FlagOptions;
}

/** What the manifest says beside the files and counts: the run, its configuration, each step's stats and time, the changes. */
function finishInput(source: RunSource, options: PublishOptions, run: RunFacts, stages: Record<string, unknown>, changes: RunSummary['changes']): FinishInput {
  return {
    sourceMode: source.mode,
    inputs: source.inputs,
    manifest: {
      run: { id: run.id, source: source.mode, started_at: run.startedAt.toISOString() },
      config: {
        ...source.config,
        mode: run.mode,
        min_answer_chars: run.flags.minAnswerChars,
        row_group_size: options.rowGroupSize ?? null,
        rows_per_file: options.rowsPerFile ?? null,
        warn_reject_rate: options.warnRejectRate ?? null,
      },
      stages,
      changes_since_previous_run: changes,
    },
  };
}

/** Removes runs past --keep-runs; the run is published, so failing to tidy old ones is a warning, not a failed run. */
async function pruneOldRuns(options: PublishOptions, log: Logger): Promise<string[]> {
  try {
    const removed = await pruneRuns(options.outDir, options.keepRuns ?? 7, async () => false);
    if (removed.length) log.info('removed old runs', { removed });
    return [];
  } catch (err) {
    return [`could not remove old runs: ${(err as Error).message}`];
  }
}

function rejectRateWarnings(source: RunSource, options: PublishOptions, counts: DatasetCounts, valid: number): string[] {
  // A crawl reads list and section pages on purpose; they are not failures of the run.
  const failed = source.mode === 'crawl' ? counts.rejects - (counts.byRejectReason[NO_ENTRIES] ?? 0) : counts.rejects;
  const rate = failed / Math.max(1, failed + valid);
  if (options.warnRejectRate === undefined || rate <= options.warnRejectRate) return [];
  return [`reject rate ${(rate * 100).toFixed(1)}% is above the ${(options.warnRejectRate * 100).toFixed(1)}% threshold`];
}

/** The writer as the run's sink, logging each reject as it is written. */
function loggingRejects(writer: DatasetWriter, log: Logger): Sink<DatasetRecord> {
  return {
    name: writer.name,
    write(record) {
      if (record.kind === 'reject') {
        const r = record.reject;
        // A page without entries is often a list page (a crawl reads many): worth a line, not a warning.
        log[r.reason === NO_ENTRIES ? 'info' : 'warn'](`rejected: ${r.reason}`, { source: r.source, stage: r.stage, status: r.status, detail: r.detail.slice(0, 200) });
      }
      return writer.write(record);
    },
  };
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
