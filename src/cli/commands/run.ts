import { runSavedPages } from '../../pipeline/run-saved-pages.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, loadConfig, parseCommandLine, SHARED_OPTIONS, type CommandLine } from '../command-line.js';
import { makeOutput, publishing } from '../common.js';

export const RUN_LINE = {
  sections: [{ title: 'Options', options: SHARED_OPTIONS }],
  flags: CommonFlagsSchema,
  positionals: ['inputs'],
} satisfies CommandLine<typeof CommonFlagsSchema>;

export const RUN_HELP = `Usage: qa-harvest run [<file|folder>...] [options]

Reads saved pages (.html/.htm files, and .txt text copies of pages; folders are read
recursively, in name order), extracts each page's own entry and its related items,
validates, flags and deduplicates them, and publishes a run into the dataset folder:
  <out>/runs/<run-id>/   entries.jsonl, data/*.parquet, rejects.jsonl, superseded.jsonl,
                         manifest.json, README.md (the dataset card)
  <out>/latest           link to the last complete run, switched only when a run is complete
Inputs come from the command line, or from "inputs" in the config file.

${helpSections(RUN_LINE.sections)}

Exit codes: 0 published; 3 published with warnings; 1 failed (latest left as it was);
2 bad usage or config (including inputs that cannot be read and an --out that is not a dataset).
`;

export async function runCommand(args: string[]): Promise<number> {
  const line = parseCommandLine(RUN_LINE, args);
  if (line.flags.help) {
    process.stdout.write(RUN_HELP);
    return EXIT.ok;
  }
  const { config, file } = await loadConfig(line.flags.config, line.config);
  if (config.inputs.length === 0) throw new UsageError('run needs at least one file or folder to read (arguments or "inputs" in the config)');
  const out = makeOutput(config, line.flags.quiet);
  if (file) out.log.info('using config file', { file });
  return publishing(config, out, (options) => runSavedPages({ ...options, inputs: config.inputs, maxPageBytes: config.max_page_bytes }));
}
