import { randomBytes } from 'node:crypto';
import { silentLogger, type Logger } from './cli/log.js';
import { DatasetWriter } from './export/dataset-writer.js';
import type { ExtractionItem } from './schema/records.js';
import { DedupeStage } from './validate/dedupe.js';
import { DEFAULT_FLAG_OPTIONS } from './validate/flags.js';
import { ValidateStage } from './validate/stage.js';
import { VERSION } from './version.js';

export interface PublishOptions {
  outDir: string;
  minAnswerChars?: number;
  rowGroupSize?: number;
  log?: Logger;
  /** Stop early and publish nothing when aborted (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export interface RunSummary {
  runId: string;
  outDir: string;
  manifest: Record<string, unknown>;
  pages: number;
  entries: number;
  rejects: number;
  superseded: number;
  seconds: number;
}

export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`;
}

export interface SourceInfo {
  mode: string;
  inputs: string[];
  config: Record<string, unknown>;
  /** Stats of the stages before validation, read when the run ends. */
  stages: () => Record<string, unknown>;
  pages: () => number;
}

/**
 * The tail every run shares: validate → dedupe → export, each stage an async iterable over
 * the one before, so one page at a time is in flight until dedupe (whose index is on disk).
 * The dataset appears complete or not at all.
 */
export async function publishDataset(extractions: AsyncIterable<ExtractionItem>, options: PublishOptions, source: SourceInfo): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const startedAt = new Date();
  const runId = newRunId(startedAt);
  const flags = { ...DEFAULT_FLAG_OPTIONS, ...(options.minAnswerChars !== undefined ? { minAnswerChars: options.minAnswerChars } : {}) };
  const validate = new ValidateStage({ flags });
  const dedupe = new DedupeStage();
  const records = dedupe.run(validate.run(extractions));

  const writer = await DatasetWriter.open({ outDir: options.outDir, runId, rowGroupSize: options.rowGroupSize });
  log.info('run started', { run_id: runId, mode: source.mode, inputs: source.inputs, out: options.outDir });
  try {
    for await (const record of records) {
      if (options.signal?.aborted) throw new Error('run interrupted');
      if (record.kind === 'reject') {
        const r = record.reject;
        log.warn(`rejected: ${r.reason}`, { source: r.source, stage: r.stage, detail: r.detail.slice(0, 200) });
      }
      await writer.write(record);
    }
    const finishedAt = new Date();
    const manifest = await writer.finish({
      name: 'qa-harvest',
      qa_harvest_version: VERSION,
      run: { id: runId, mode: source.mode, started_at: startedAt.toISOString(), finished_at: finishedAt.toISOString() },
      inputs: source.inputs,
      config: { ...source.config, min_answer_chars: flags.minAnswerChars, row_group_size: options.rowGroupSize ?? null },
      stages: { ...source.stages(), validate: validate.stats, dedupe: dedupe.stats },
    });
    return {
      runId,
      outDir: options.outDir,
      manifest,
      pages: source.pages(),
      entries: writer.counts.entries,
      rejects: writer.counts.rejects,
      superseded: writer.counts.superseded,
      seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    };
  } catch (err) {
    await writer.abort();
    throw err;
  }
}
