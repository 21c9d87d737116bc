import { z } from 'zod';
import { parse, UsageError } from './args.js';
import { CONFIG_OPTIONS, ConfigError, DEFAULT_CONFIG_FILE, readConfigFile, resolveConfig, type Config, type ConfigInput } from './config.js';
import { argsSpec, flagError, helpLines, optionsOf, setAt, valueAt, valuesOfFlags, type Option } from './options.js';

/**
 * A command's command line, read from the option schemas: the config keys it takes as flags
 * (from ConfigSchema), the flags that are no config key (a schema of their own), and where its
 * arguments go. Its parseArgs spec and the option lines of its --help come from the same list.
 */
export interface CommandLine<F extends z.ZodType> {
  /** The options by --help section, in order. */
  sections: Array<{ title: string; options: Option[] }>;
  /** The flags that are no config key (--help, --restart): their values come back typed. */
  flags: F;
  /** The config key the arguments go to (inputs, crawl.start: after its flag's values); none: they come back as they are. */
  positionals?: string[];
}

/** The flags of every publishing command that are no config key. */
export const CommonFlagsSchema = z
  .object({
    config: z.string().min(1).optional().meta({ description: `options from a JSON file (default: ./${DEFAULT_CONFIG_FILE} when present)`, arg: '<file>' }),
    quiet: z.boolean().default(false).describe('log warnings and errors only'),
    help: z.boolean().default(false).meta({ description: 'this help', short: 'h' }),
  })
  .strict();

/** What run, crawl and config share: the top-level config keys that have a flag, and the common flags. */
export const SHARED_OPTIONS: Option[] = [
  ...CONFIG_OPTIONS.filter((o) => o.path.length === 1 && o.flag !== null),
  ...optionsOf(CommonFlagsSchema, { inConfig: false }),
];

/** The keys of a section of the config file (crawl), as flags. */
export const sectionOptions = (section: string): Option[] => CONFIG_OPTIONS.filter((o) => o.path.length === 2 && o.path[0] === section);

/** The option lines of a command's --help, section by section. */
export function helpSections(sections: CommandLine<z.ZodType>['sections']): string {
  return sections.map((section) => `${section.title}:\n${helpLines(section.options)}`).join('\n\n');
}

export interface ParsedCommandLine<F extends z.ZodType> {
  flags: z.output<F>;
  /** The config keys given as flags (and arguments), nested as in the config file. */
  config: Record<string, unknown>;
  /** The arguments, when the command line does not say where they go. */
  positionals: string[];
}

export function parseCommandLine<F extends z.ZodType>(line: CommandLine<F>, args: string[]): ParsedCommandLine<F> {
  const options = line.sections.flatMap((section) => section.options);
  const { values, positionals } = parse(args, argsSpec(options));
  const flagOptions = options.filter((o) => !o.inConfig);
  const flags = line.flags.safeParse(valuesOfFlags(flagOptions, values));
  if (!flags.success) throw flagError(flagOptions, flags.error.issues);
  const config = valuesOfFlags(options.filter((o) => o.inConfig), values);
  if (!line.positionals) return { flags: flags.data, config, positionals };
  if (positionals.length) setAt(config, line.positionals, [...((valueAt(config, line.positionals) as string[] | undefined) ?? []), ...positionals]);
  return { flags: flags.data, config, positionals: [] };
}

/**
 * The effective configuration: defaults < config file (./qa-harvest.config.json when present)
 * < flags. `given` is what the file and the flags said, before defaults. Config problems are
 * usage errors (exit 2).
 */
export async function loadConfig(configFile: string | undefined, flags: Record<string, unknown>): Promise<{ config: Config; file: string | null; given: ConfigInput }> {
  const path = configFile ?? DEFAULT_CONFIG_FILE;
  try {
    const file = await readConfigFile(path, configFile !== undefined);
    return { ...resolveConfig(file, flags), file: file ? path : null };
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}
