import { runSavedPages } from '../../run-saved-pages.js';
import { EXIT, parse, positiveInt, UsageError } from '../args.js';
import { createLogger, type LogFormat } from '../log.js';

export const RUN_HELP = `Usage: qa-harvest run <file|folder>... --out <dir> [options]

Reads saved pages (.html/.htm files, and .txt text copies of pages; folders are read
recursively, in name order), extracts each page's own entry and its related items,
validates, flags and deduplicates them, and publishes a dataset folder:
  entries.jsonl     one entry per line
  entries.parquet   the same rows, typed columns (opens in pandas, polars, DuckDB, HF datasets)
  rejects.jsonl     every page or item that did not become an entry, with the reason
  superseded.jsonl  cut-off snippets and doctorless copies that a fuller entry stands for
  manifest.json     counts, inputs, config, versions, sha256 of every file

The folder is replaced only when the new dataset is complete.

Options:
  --out <dir>              dataset folder to publish (default: output/dataset)
  --min-answer-chars <n>   flag answers shorter than this (default: 15)
  --row-group-size <n>     Parquet rows per row group (default: 10000)
  --max-page-bytes <n>     reject files larger than this (default: 10485760)
  --log-format text|json   log lines for people or for machines (default: text)
  --quiet                  log warnings and errors only
  -h, --help               this help

Exit codes: 0 published; 1 the run failed (the previous dataset is left in place); 2 bad usage.
`;

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', default: 'output/dataset' },
    'min-answer-chars': { type: 'string' },
    'row-group-size': { type: 'string' },
    'max-page-bytes': { type: 'string' },
    'log-format': { type: 'string', default: 'text' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(RUN_HELP);
    return EXIT.ok;
  }
  const format = values['log-format'] as string;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--log-format is text or json, got '${format}'`);
  if (positionals.length === 0) throw new UsageError('run needs at least one file or folder to read');
  const log = createLogger({ format: format as LogFormat, level: values.quiet ? 'warn' : 'info' });

  const controller = new AbortController();
  const stop = (signal: string) => {
    log.warn(`${signal} received: stopping; the published dataset stays as it was`);
    controller.abort();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  try {
    const summary = await runSavedPages({
      inputs: positionals,
      outDir: values.out as string,
      minAnswerChars: positiveInt('min-answer-chars', values['min-answer-chars'] as string | undefined),
      rowGroupSize: positiveInt('row-group-size', values['row-group-size'] as string | undefined),
      maxPageBytes: positiveInt('max-page-bytes', values['max-page-bytes'] as string | undefined),
      log,
      signal: controller.signal,
    });
    log.info(
      `published ${summary.entries} entries from ${summary.pages} pages to ${summary.outDir} (${summary.rejects} rejects, ${summary.superseded} superseded) in ${summary.seconds.toFixed(1)}s`,
      { run_id: summary.runId, entries: summary.entries, pages: summary.pages, rejects: summary.rejects, superseded: summary.superseded },
    );
    return EXIT.ok;
  } catch (err) {
    log.error(`run failed: ${err instanceof Error ? err.message : String(err)}`, {
      out: values.out,
      ...(err instanceof Error && err.stack ? { stack: err.stack.split('\n').slice(1, 4).join(' | ') } : {}),
    });
    return EXIT.failed;
  }
}

