import { z } from 'zod';
import { CONFIG_OPTIONS } from '../config.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, loadConfig, parseCommandLine, SHARED_OPTIONS, type CommandLine } from '../command-line.js';
import { keyLines, optionsOf } from '../options.js';

const ConfigFlagsSchema = z
  .object({
    print: z.boolean().default(false).describe('print the effective configuration'),
    keys: z.boolean().default(false).describe('list the keys of qa-harvest.config.json'),
  })
  .strict();

export const CONFIG_LINE = {
  sections: [{ title: 'Options', options: [...optionsOf(ConfigFlagsSchema, { inConfig: false }), ...SHARED_OPTIONS] }],
  flags: CommonFlagsSchema.extend(ConfigFlagsSchema.shape),
  positionals: ['inputs'],
} satisfies CommandLine<z.ZodType>;

export const CONFIG_HELP = `Usage: qa-harvest config --print [options]

Prints the effective configuration as JSON: defaults, then the config file, then the flags.
With --keys, lists every key with its meaning and default instead (crawl.<key>: in the
"crawl" object).

${helpSections(CONFIG_LINE.sections)}
`;

export async function configCommand(args: string[]): Promise<number> {
  const line = parseCommandLine(CONFIG_LINE, args);
  if (line.flags.help) {
    process.stdout.write(CONFIG_HELP);
    return EXIT.ok;
  }
  if (line.flags.keys) {
    process.stdout.write(`${keyLines(CONFIG_OPTIONS)}\n`);
    return EXIT.ok;
  }
  if (!line.flags.print) throw new UsageError('config needs --print (or --keys)');
  const { config, file } = await loadConfig(line.flags.config, line.config);
  process.stdout.write(`${JSON.stringify({ ...config, _config_file: file }, null, 2)}\n`);
  return EXIT.ok;
}
