import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { faultPoint } from '../core/faults.js';
import { silentLogger, type Logger } from '../core/log.js';
import { PUBLISH_DEFAULTS, type PublishOptions } from './options.js';
import { DATASET_FILES, DatasetWriter, type DatasetCounts, type FinishInput, type Manifest } from '../export/dataset-writer.js';
import { latestRunId, makeDatasetDir, pruneRuns, RUNS_DIR, runDirOf } from '../export/publish.js';
import { acquireRunLock, type RunLock } from './run-lock.js';
import type { DeltaCounts, PublishedStore } from '../dedupe/published-store.js';
import { ReportCollector } from '../report/collector.js';
import { writeReport } from '../report/write.js';
import type { DatasetRecord, EntryItem, ExtractionItem, PackedEntryItem, PageItem } from '../schema/records.js';
import type { Sink } from '../core/stage.js';
import { DedupeStage } from '../dedupe/exact-dedupe.js';
import { buildNearDupeStage, KeyedNearDupesStep } from './threaded-stage.js';
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from '../flags/flags.js';
import type { ValidateStats } from '../validate/stage.js';
import type { ExtractOptions } from '../extract/extract-page.js';
import { keysStep, PerPageStep, resolveThreads } from './per-page.js';
import { learningExtract } from './auto-profiles.js';
import type { LearnOptions } from './host-learning.js';
export type { LearnOptions };
import { openPublishedStore, PUBLISHED_STORE, recoverDataset, WORK_DIR } from './recover.js';
import { pipeline, RunClock, runPipeline, type Pipeline, type SteppedStage, type StepReport } from './runner.js';
import { StoreStage } from './store-stage.js';
import { CheckedPerPageStep, checkSpecs, type CheckedPages } from './checked-pages.js';

export { RunInterruptedError } from './runner.js';
export { PUBLISHED_STORE, WORK_DIR } from './recover.js';
const NO_ENTRIES = 'no_entries';
/**
 * Pages read after which the near-duplicates' thread and the keys' threads are started: a page
 * gives one record or more (most give several: its entry and its related items), so the
 * stages' input will be worth threads (THREAD_FROM_RECORDS); if not, they are stopped unused.
 */
const WARM_NEAR_DUPES_FROM_PAGES = 500;

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
  /**
   * What the run reads: pages still to be extracted (saved files), with the options to extract
   * them by, or extractions (a crawl's stored results). Extraction, validation and the entries'
   * keys run in the per-page step, on the run's threads.
   */
  input:
    | { pages: Pipeline<PageItem>; extract: ExtractOptions; learn?: LearnOptions }
    /** `checked`: pages the crawl validated and packed as it read them (checked-pages.ts), taken as they are when checked with the run's flags. */
    | { extractions: Pipeline<ExtractionItem>; checked?: CheckedPages | null };
  /** Stats of what ran before the run's steps (the crawl), first in the manifest's `stages`. */
  before?: Record<string, unknown>;
  /** Pages read so far, for progress and the summary. */
  pages: () => number;
  total?: () => number | null;
  /** When the run began, if before publishing (a crawl's start): the summary's time counts from it. */
  startedAt?: Date;
}

/** The quality flags' options a run validates with. */
export function runFlags(options: Pick<PublishOptions, 'minAnswerChars'>): FlagOptions {
  return { ...DEFAULT_FLAG_OPTIONS, ...(options.minAnswerChars !== undefined ? { minAnswerChars: options.minAnswerChars } : {}) };
}

export function newRunId(now = new Date()): string {
  // UTC start time to the millisecond first, so that name order is age order (pruning relies on it).
  return `${now.toISOString().replace(/[-:]/g, '').replace('.', '')}-${randomBytes(2).toString('hex')}`;
}

/**
 * The tail every run shares, as a list: validate → dedupe → near-duplicates → store (delta
 * status; a delta run holds back what is published already) → report, into the writer. One
 * page at a time is in flight until the dedupe stages (whose indexes are on disk). One run at
 * a time holds the dataset folder, and first completes or undoes what a run that died left
 * (recover.ts). Publishing is one commit point: the store records the run as prepared, the
 * complete run folder is renamed into place, and `latest` is switched to it; the run is
 * published if and only if `latest` names it, and then nothing after it fails the run (a
 * store that cannot record it is a warning, and the next run records it). `clock` has each
 * step's time while the run is under way.
 */
export async function publishDataset(source: RunSource, options: PublishOptions, clock = new RunClock()): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const startedAt = source.startedAt ?? new Date();
  const flags = runFlags(options);
  const run: RunFacts = { id: newRunId(), startedAt, mode: options.mode ?? PUBLISH_DEFAULTS.mode, flags, threads: resolveThreads(options.threads ?? PUBLISH_DEFAULTS.threads) };
  const { outDir } = options;
  const made = await makeDatasetDir(outDir);
  faultPoint('lock');
  const lock = await acquireRunLock(outDir, run.id, (holder) =>
    log.warn('taking over a stale lock: its run died without releasing it', { lock_pid: holder.pid, lock_run: holder.run_id, since: holder.started_at }),
  );
  const before = new Set(await readdir(outDir));
  const hadStore = existsSync(join(outDir, PUBLISHED_STORE));
  const workDir = join(outDir, WORK_DIR, run.id);
  let writer: DatasetWriter | null = null;
  let published: PublishedStore | null = null;
  let summary: RunSummary;
  try {
    published = openPublishedStore(outDir);
    await recoverDataset(outDir, published, log);
    const output = (writer = await DatasetWriter.open({ datasetDir: outDir, runId: run.id, mode: run.mode, rowGroupSize: options.rowGroupSize, rowsPerFile: options.rowsPerFile, parquetThread: run.threads > 1 }));
    await mkdir(workDir, { recursive: true });
    log.info('run started', { run_id: run.id, mode: run.mode, source: source.mode, inputs: source.inputs, out: outDir });

    const report = new ReportCollector();
    // The near-duplicates' thread and the keys' threads are started while pages are still read, once they are enough to need them: their input comes all at once, at the tail.
    const nearDupes = { options: { workDir } };
    const keyedOnThreads = run.threads > 1 ? new KeyedNearDupesStep(nearDupes, run.threads) : null;
    const progress = () => {
      if (source.pages() >= WARM_NEAR_DUPES_FROM_PAGES) {
        keyedOnThreads?.warm();
        // The Parquet files' thread (the writer's) too: its input also comes at the tail.
        output.warm();
      }
      options.onProgress?.({ pages: source.pages(), entries: output.counts.entries, rejects: output.counts.rejects, total: source.total?.() ?? null });
    };
    // Pages are extracted and validated, extractions (a crawl's) validated; entries keyed once exact duplicates are merged.
    const { input } = source;
    // Each entry comes back from the threads packed for exact dedupe (exact-dedupe.ts, packEntry): a text, not an object copied field by field.
    const { step: perPage, validated } = perPageStep(input, run.flags, run.threads, log);
    const deduped = pipeline(validated, [new DedupeStage({ workDir })]);
    // Keyed on the way to the near-duplicates' thread where there are threads (threaded-stage.ts, KeyedNearDupesStep), else here, step by step.
    const keyed = keyedOnThreads ? pipeline(deduped, [keyedOnThreads]) : pipeline(deduped, [keysStep(run.threads), buildNearDupeStage(nearDupes)]);
    const stages = await runPipeline(
      pipeline(keyed, [new StoreStage(published, run.mode), report]),
      loggingRejects(output, log),
      { signal: options.signal, onProgress: progress, clock },
    );

    // Every entry is written: the Parquet files' thread finishes them while the store is counted and the report written.
    output.finishParquet();
    const { entries, rejects, superseded } = output.counts;
    // An empty full snapshot is almost always an input that was not there (an unmounted disk):
    // publishing it would make it `latest` and, night after night, prune every real run.
    if (run.mode === 'full' && entries === 0 && !options.allowEmpty) throw new EmptyRunError(rejects);
    faultPoint('gone');
    const changes = published.counts();
    // Tombstones: what earlier runs published and this one no longer has, so delta consumers can delete.
    await output.writeJsonl(DATASET_FILES.gone, published.gone());
    const allStages = { ...source.before, ...stages };
    faultPoint('report');
    await writeReport(output.staging, report, output.counts, { runId: run.id, generatedAt: new Date().toISOString(), stages: allStages });
    const store = published;
    const { runDir, manifest, warnings } = await clock.time('publish', async () => {
      const manifest = await output.seal(finishInput(source, options, run, allStages, changes));
      faultPoint('store-prepare');
      store.prepare(run.id);
      return { manifest, ...(await commitRun(output, outDir, run.id)) };
    });
    writer = null; // published: nothing to abort any more, and nothing after this fails the run
    warnings.push(...warnIfFails('the store of published entries could not record the run; the next run (or qa-harvest recover) records it first', () => {
      faultPoint('store-commit');
      store.commit(run.id);
    }));
    warnings.push(...(await pruneOldRuns(options, log)), ...rejectRateWarnings(source, options, output.counts, (perPage.parts().validate as StepReport & ValidateStats).valid));
    const seconds = (Date.now() - startedAt.getTime()) / 1000;
    summary = { runId: run.id, outDir, runDir, manifest, pages: source.pages(), entries, rejects, superseded, seconds, warnings, changes };
  } catch (err) {
    // Not published (`latest` does not name the run): its folder and its marks go.
    await writer?.abort().catch((e: Error) => log.warn('could not remove the failed run\'s folder; the next run removes it', { error: e.message }));
    try {
      // Only this run's marks, and only if `latest` does not name it: a run that died before it
      // and is still prepared is the next run's to recover.
      const mine = published && [null, run.id].includes(published.prepared());
      if (mine && (await latestRunId(outDir)) !== run.id) published!.rollback();
    } catch (e) {
      log.warn('could not undo the failed run in the store of published entries; the next run undoes it', { error: (e as Error).message });
    }
    const problems = await closeRun(published, workDir);
    await tidyAfterFailure(outDir, before, hadStore);
    problems.push(...(await unlock(lock)));
    for (const problem of problems) log.warn(problem);
    // The dataset folder too, when this run made it and nothing else came into it.
    for (const dir of [...made].reverse()) await rmdir(dir).catch(() => {});
    throw err;
  }
  summary.warnings.push(...(await closeRun(published, workDir)), ...(await unlock(lock)));
  return summary;
}

/** The run's per-page step over the source's input: extract (saved pages), validate, pack, on the run's threads. */
function perPageStep(input: RunSource['input'], flags: FlagOptions, threads: number, log: Logger): { step: SteppedStage; validated: Pipeline<EntryItem | PackedEntryItem> } {
  const validate = checkSpecs(flags);
  if (!('pages' in input) && input.checked?.matches(flags)) {
    const step = new CheckedPerPageStep(input.checked, flags, threads);
    return { step, validated: pipeline(input.extractions, [step]) };
  }
  if (!('pages' in input)) {
    const step = new PerPageStep<ExtractionItem, EntryItem | PackedEntryItem>('per_page', validate, { threads });
    return { step, validated: pipeline(input.extractions, [step]) };
  }
  // Saved pages may teach profiles of hosts no profile knows (auto-profiles.ts): the learner then drives the step.
  if (input.learn) {
    const step = learningExtract(input.extract, validate, input.learn, threads, log);
    return { step, validated: pipeline(input.pages, [step]) };
  }
  const step = new PerPageStep<PageItem, EntryItem | PackedEntryItem>('per_page', [{ step: 'extract', options: input.extract }, ...validate], { threads });
  return { step, validated: pipeline(input.pages, [step]) };
}

/**
 * Renames the sealed run into place and switches `latest`: the commit point. What decides
 * whether the run was published is what `latest` names afterwards, whatever was thrown.
 */
async function commitRun(output: DatasetWriter, outDir: string, runId: string): Promise<{ runDir: string; warnings: string[] }> {
  try {
    return { runDir: await output.publish(), warnings: [] };
  } catch (err) {
    if ((await latestRunId(outDir)) !== runId) throw err;
    return { runDir: runDirOf(outDir, runId), warnings: [`published, though the file system reported an error as latest was switched: ${(err as Error).message}`] };
  }
}

/** Runs `step`; a failure becomes a warning line (the run is published: it stays so). */
function warnIfFails(what: string, step: () => void): string[] {
  try {
    step();
    return [];
  } catch (err) {
    return [`${what}: ${(err as Error).message}`];
  }
}

/** Closes the store and removes the run's scratch space; returns what failed, as warnings. */
async function closeRun(store: PublishedStore | null, workDir: string): Promise<string[]> {
  const problems = warnIfFails('could not close the store of published entries', () => store?.close());
  try {
    faultPoint('cleanup');
    await rm(workDir, { recursive: true, force: true });
  } catch (err) {
    problems.push(`could not remove the run's scratch space ${workDir}; the next run removes it: ${(err as Error).message}`);
  }
  return problems;
}

async function unlock(lock: RunLock): Promise<string[]> {
  try {
    await lock.release();
    return [];
  } catch (err) {
    return [`could not release the lock ${lock.path}; the next run takes it over: ${(err as Error).message}`];
  }
}

/**
 * A failed run leaves the folder as it found it: what it made for itself goes (runs/, .work/,
 * .state/ when empty, the store when this run created it: it knows nothing). Under the lock.
 */
async function tidyAfterFailure(outDir: string, before: ReadonlySet<string>, hadStore: boolean): Promise<void> {
  if (!hadStore) await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(join(outDir, `${PUBLISHED_STORE}${suffix}`), { force: true }))).catch(() => {});
  for (const name of [RUNS_DIR, WORK_DIR, dirname(PUBLISHED_STORE)]) if (!before.has(name)) await rmdir(join(outDir, name)).catch(() => {});
}

/** What the run settled when it started. */
interface RunFacts {
  id: string;
  startedAt: Date;
  mode: 'full' | 'delta';
  flags: FlagOptions;
  /** Threads of the per-page step (resolved: 0 is one per core). */
  threads: number;
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
        threads: run.threads,
      },
      stages,
      changes_since_previous_run: changes,
    },
  };
}

/** Removes runs past --keep-runs; the run is published, so failing to tidy old ones is a warning, not a failed run. */
async function pruneOldRuns(options: PublishOptions, log: Logger): Promise<string[]> {
  try {
    const removed = await pruneRuns(options.outDir, options.keepRuns ?? PUBLISH_DEFAULTS.keepRuns);
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
