import type { Config } from './config.js';
import { FolderError } from '../export/publish.js';
import { LockedError } from '../pipeline/run-lock.js';
import { EmptyRunError, RunInterruptedError, type RunSummary } from '../pipeline/publish-dataset.js';
import { publishSettings, type PublishOptions } from '../pipeline/options.js';
import { InputError } from '../pipeline/run-saved-pages.js';
import { EXIT, UsageError } from './args.js';
import { createLogger, type Logger } from '../core/log.js';
import { ProgressBar } from './progress.js';

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
export function abortOnSignals(log: Logger): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const stop = (signal: string) => {
    if (controller.signal.aborted) {
      log.error(`${signal} again: exiting at once`);
      process.exit(130);
    }
    log.warn(`${signal} received: stopping; the latest published run stays as it was`);
    controller.abort();
  };
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

/** The publishing options every dataset-making command takes from the effective configuration. */
export function publishOptions(config: Config, out: Output, signal?: AbortSignal): PublishOptions {
  return {
    ...publishSettings(config),
    log: out.log,
    signal,
    onProgress: out.progress ? (p) => out.progress!.update(p) : undefined,
  };
}

/**
 * Runs a publishing command (SIGINT/SIGTERM stop it) and turns its outcome into the documented
 * exit code: 0 or 3 exactly when the run moved `latest`.
 */
export async function publishing(config: Config, out: Output, run: (options: PublishOptions) => Promise<RunSummary>): Promise<number> {
  const signals = abortOnSignals(out.log);
  try {
    return reportSummary(await run(publishOptions(config, out, signals.signal)), out);
  } catch (err) {
    // Inputs that are not there and an --out that cannot be a dataset are the caller's to fix: nothing ran.
    if (err instanceof InputError || err instanceof FolderError) throw new UsageError(err.message);
    return reportFailure(err, config.out, out);
  } finally {
    signals.release();
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
  const line = `${status}: ${summary.entries} entries from ${summary.pages} pages (${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.gone} gone), ${summary.rejects} rejects, ${summary.superseded} superseded, in ${summary.seconds.toFixed(1)}s → ${summary.runDir}`;
  if (summary.warnings.length) {
    out.log.warn(`${line}; ${summary.warnings.join('; ')}`, fields);
    return EXIT.warnings;
  }
  out.log.info(line, fields);
  return EXIT.ok;
}

export function reportFailure(err: unknown, outDir: string, out: Output): number {
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
