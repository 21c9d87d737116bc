import { recover } from '../../pipeline/recover.js';
import { FolderError } from '../../export/publish.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, loadConfig, parseCommandLine, SHARED_OPTIONS, type CommandLine } from '../command-line.js';
import { makeOutput, reportFailure } from '../common.js';

export const RECOVER_LINE = {
  sections: [{ title: 'Options', options: SHARED_OPTIONS.filter((o) => ['out', 'log-format', 'config', 'quiet', 'help'].includes(o.flag ?? '')) }],
  flags: CommonFlagsSchema,
} satisfies CommandLine<typeof CommonFlagsSchema>;

export const RECOVER_HELP = `Usage: qa-harvest recover --out <dir>

Does what every run does first, and nothing else: completes or undoes what a run that died
(killed, out of memory, a full disk) left in the dataset folder. A run the store of published
entries had prepared is recorded there if 'latest' names it (it was published), and removed
otherwise (it never was); staging folders, scratch space and unswitched links are removed.

${helpSections(RECOVER_LINE.sections)}

Exit codes: 0 done (or nothing to do); 1 failed; 2 bad usage, or --out is not a dataset folder.
`;

export async function recoverCommand(args: string[]): Promise<number> {
  const line = parseCommandLine(RECOVER_LINE, args);
  if (line.flags.help) {
    process.stdout.write(RECOVER_HELP);
    return EXIT.ok;
  }
  const { config } = await loadConfig(line.flags.config, line.config);
  const out = makeOutput(config, line.flags.quiet);
  try {
    const done = await recover(config.out, out.log);
    const what = [
      done.rolledForward && `recorded run ${done.rolledForward}, which latest names, in the store of published entries`,
      done.rolledBack && `removed run ${done.rolledBack}, which never became latest`,
      done.removed.length > 0 && `removed ${done.removed.length} leftovers`,
    ].filter(Boolean);
    out.log.info(`recovered ${config.out}: ${what.length ? what.join('; ') : 'nothing to do'}`, { status: 'recovered', out: config.out, ...done });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof FolderError) throw new UsageError(err.message);
    return reportFailure(err, config.out, out);
  }
}
