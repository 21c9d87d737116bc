import { NotADatasetError } from '../../export/publish.js';
import { LockedError } from '../../export/run-lock.js';
import { EmptyRunError, RunInterruptedError, type RunSummary } from '../../publish-dataset.js';
import { InputError, runSavedPages } from '../../run-saved-pages.js';
import { EXIT, parse, UsageError } from '../args.js';
import { abortOnSignals, loadConfig, makeOutput, SHARED_HELP, SHARED_OPTIONS, type Output } from '../common.js';

export const RUN_HELP = `Usage: qa-harvest run [<file|folder>...] [options]

Reads saved pages (.html/.htm files, and .txt text copies of pages; folders are read
recursively, in name order), extracts each page's own entry and its related items,
validates, flags and deduplicates them, and publishes a run into the dataset folder:
  <out>/runs/<run-id>/   entries.jsonl, data/*.parquet, rejects.jsonl, superseded.jsonl,
                         manifest.json, README.md (the dataset card)
  <out>/latest           link to the last complete run, switched only when a run is complete
Inputs come from the command line, or from "inputs" in the config file.

Options:
${SHARED_HELP}

Exit codes: 0 published; 3 published with warnings; 1 failed (latest left as it was);
2 bad usage or config (including inputs that cannot be read and an --out that is not a dataset).
`;

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, SHARED_OPTIONS);
  if (values.help) {
    process.stdout.write(RUN_HELP);
    return EXIT.ok;
  }
  const { config, file } = await loadConfig(values, positionals.length ? { inputs: positionals } : {});
  if (config.inputs.length === 0) throw new UsageError('run needs at least one file or folder to read (arguments or "inputs" in the config)');
  const out = makeOutput(config, values.quiet === true);
  if (file) out.log.info('using config file', { file });
  try {
    const summary = await runSavedPages({
      inputs: config.inputs,
      outDir: config.out,
      mode: config.mode,
      keepRuns: config.keep_runs,
      minAnswerChars: config.min_answer_chars,
      rowGroupSize: config.row_group_size,
      rowsPerFile: config.rows_per_file,
      maxPageBytes: config.max_page_bytes,
      warnRejectRate: config.warn_reject_rate,
      allowEmpty: config.allow_empty,
      log: out.log,
      signal: abortOnSignals(out.log),
      onProgress: out.progress ? (p) => out.progress!.update(p) : undefined,
    });
    return reportSummary(summary, out);
  } catch (err) {
    // Inputs that are not there and an --out that is not a dataset are the caller's to fix: nothing ran.
    if (err instanceof InputError || err instanceof NotADatasetError) throw new UsageError(err.message);
    return reportFailure(err, config.out, out);
  }
}

/** The one-line summary every run ends with; warnings make exit code 3. */
export function reportSummary(summary: RunSummary, out: Output): number {
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
