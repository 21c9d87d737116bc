import { ConfigError, DEFAULT_CONFIG_FILE, readConfigFile, resolveConfig, type Config } from './config.js';
import { NotADatasetError } from '../export/publish.js';
import { LockedError } from '../pipeline/run-lock.js';
import { EmptyRunError, RunInterruptedError, type RunSummary } from '../pipeline/publish-dataset.js';
import type { PublishOptions } from '../pipeline/options.js';
import { InputError } from '../pipeline/run-saved-pages.js';
import { decimal, EXIT, UsageError, wholeNumber } from './args.js';
import { createLogger, type Logger } from '../core/log.js';
import { ProgressBar } from './progress.js';

/** Flags that every publishing command shares; each maps to a config key. */
export const SHARED_OPTIONS = {
  config: { type: 'string' },
  out: { type: 'string' },
  mode: { type: 'string' },
  'keep-runs': { type: 'string' },
  'min-answer-chars': { type: 'string' },
  'row-group-size': { type: 'string' },
  'rows-per-file': { type: 'string' },
  'max-page-bytes': { type: 'string' },
  'warn-reject-rate': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  'log-format': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const SHARED_HELP = `  --config <file>          options from a JSON file (default: ./qa-harvest.config.json when present)
  --out <dir>              dataset folder (default: output/dataset)
  --mode full|delta        publish every live entry, or only what is new or changed (default: full)
  --keep-runs <n>          complete runs kept in runs/ (default: 7)
  --min-answer-chars <n>   flag answers shorter than this (default: 15)
  --row-group-size <n>     Parquet rows per row group (default: 10000)
  --rows-per-file <n>      Parquet rows per file in data/ (default: 500000)
  --max-page-bytes <n>     reject pages larger than this (default: 10485760)
  --warn-reject-rate <r>   exit 3 when rejects/(rejects+entries) is above r (default: 0.2)
  --allow-empty            publish a full snapshot even with no entries (refused by default: exit 1)
  --log-format auto|text|json   text with a progress bar on a terminal, JSON lines otherwise (default: auto)
  --quiet                  log warnings and errors only
  -h, --help               this help`;

type SharedValues = { [K in keyof typeof SHARED_OPTIONS]?: string | boolean };

/** The effective configuration: defaults < config file < flags. Config problems are usage errors (exit 2). */
export async function loadConfig(values: SharedValues, extra: Partial<Config> = {}): Promise<{ config: Config; file: string | null }> {
  const explicit = typeof values.config === 'string' ? values.config : null;
  const path = explicit ?? DEFAULT_CONFIG_FILE;
  try {
    const file = await readConfigFile(path, explicit !== null);
    const config = resolveConfig(file, {
      out: values.out,
      mode: values.mode,
      keep_runs: wholeNumber('keep-runs', values['keep-runs']),
      min_answer_chars: wholeNumber('min-answer-chars', values['min-answer-chars']),
      row_group_size: wholeNumber('row-group-size', values['row-group-size']),
      rows_per_file: wholeNumber('rows-per-file', values['rows-per-file']),
      max_page_bytes: wholeNumber('max-page-bytes', values['max-page-bytes']),
      warn_reject_rate: decimal('warn-reject-rate', values['warn-reject-rate']),
      log_format: values['log-format'],
      allow_empty: values['allow-empty'],
      ...extra,
    });
    return { config, file: file ? path : null };
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

export interface Output {
  log: Logger;
  progress: ProgressBar | null;
}

/** Text and a progress bar for a person at a terminal; JSON lines for cron mail and log shippers. */
export function makeOutput(config: Config, quiet: boolean): Output {
  const tty = Boolean(process.stderr.isTTY);
  const format = config.log_format === 'auto' ? (tty ? 'text' : 'json') : config.log_format;
  const progress = format === 'text' && tty && !quiet ? new ProgressBar() : null;
  const base = createLogger({ format, level: quiet ? 'warn' : 'info' });
  if (!progress) return { log: base, progress };
  // Log lines must not be drawn over by the bar: end its line first.
  const wrap =
    (fn: Logger['info']) =>
    (...args: Parameters<Logger['info']>) => {
      progress.done();
      fn(...args);
    };
  return { log: { debug: wrap(base.debug), info: wrap(base.info), warn: wrap(base.warn), error: wrap(base.error) }, progress };
}

/** SIGINT/SIGTERM stop the run gracefully: nothing half-written is published, the lock is released. */
export function abortOnSignals(log: Logger): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: string) => {
    if (controller.signal.aborted) {
      log.error(`${signal} again: exiting at once`);
      process.exit(130);
    }
    log.warn(`${signal} received: stopping; the latest published run stays as it was`);
    controller.abort();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return controller.signal;
}

/** The publishing options every dataset-making command takes from the effective configuration. */
export function publishOptions(config: Config, out: Output): PublishOptions {
  return {
    outDir: config.out,
    mode: config.mode,
    keepRuns: config.keep_runs,
    minAnswerChars: config.min_answer_chars,
    rowGroupSize: config.row_group_size,
    rowsPerFile: config.rows_per_file,
    warnRejectRate: config.warn_reject_rate,
    allowEmpty: config.allow_empty,
    log: out.log,
    signal: abortOnSignals(out.log),
    onProgress: out.progress ? (p) => out.progress!.update(p) : undefined,
  };
}

/** Runs a publishing command and turns its outcome into the documented exit code. */
export async function publishing(config: Config, out: Output, run: () => Promise<RunSummary>): Promise<number> {
  try {
    return reportSummary(await run(), out);
  } catch (err) {
    // Inputs that are not there and an --out that is not a dataset are the caller's to fix: nothing ran.
    if (err instanceof InputError || err instanceof NotADatasetError) throw new UsageError(err.message);
    return reportFailure(err, config.out, out);
  }
}

/** The one-line summary every run ends with; warnings make exit code 3. */
function reportSummary(summary: RunSummary, out: Output): number {
  out.progress?.done();
  const status = summary.warnings.length ? 'published with warnings' : 'published';
  const fields = {
    status,
    run_id: summary.runId,
    run_dir: summary.runDir,
    pages: summary.pages,
    entries: summary.entries,
    rejects: summary.rejects,
    superseded: summary.superseded,
    changes: summary.changes,
    seconds: Number(summary.seconds.toFixed(2)),
    ...(summary.warnings.length ? { warnings: summary.warnings } : {}),
  };
  const c = summary.changes;
  const line = `${status}: ${summary.entries} entries from ${summary.pages} pages (${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.duplicate_of_published} duplicates of published, ${c.gone} gone), ${summary.rejects} rejects, ${summary.superseded} superseded, in ${summary.seconds.toFixed(1)}s → ${summary.runDir}`;
  if (summary.warnings.length) {
    out.log.warn(`${line}; ${summary.warnings.join('; ')}`, fields);
    return EXIT.warnings;
  }
  out.log.info(line, fields);
  return EXIT.ok;
}

function reportFailure(err: unknown, outDir: string, out: Output): number {
  out.progress?.done();
  const message = err instanceof Error ? err.message : String(err);
  // Expected failures say what happened; only a bug needs the stack.
  const expected = err instanceof RunInterruptedError || err instanceof LockedError || err instanceof EmptyRunError;
  out.log.error(`failed: ${message}`, {
    status: 'failed',
    out: outDir,
    ...(!expected && err instanceof Error && err.stack ? { stack: err.stack.split('\n').slice(1, 4).map((s) => s.trim()).join(' | ') } : {}),
  });
  return EXIT.failed;
}
