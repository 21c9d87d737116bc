import { ConfigSchema } from '../config.js';
import { EXIT, parse, UsageError } from '../args.js';
import { loadConfig, SHARED_HELP, SHARED_OPTIONS } from '../common.js';

export const CONFIG_HELP = `Usage: qa-harvest config --print [options]

Prints the effective configuration as JSON: defaults, then the config file, then the flags.
With --keys, lists every key with its default and meaning instead.

Options:
  --print                  print the effective configuration
  --keys                   list the keys of qa-harvest.config.json
${SHARED_HELP}
`;

export async function configCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...SHARED_OPTIONS, print: { type: 'boolean', default: false }, keys: { type: 'boolean', default: false } });
  if (values.help) {
    process.stdout.write(CONFIG_HELP);
    return EXIT.ok;
  }
  if (values.keys) {
    for (const [key, schema] of Object.entries(ConfigSchema.shape)) {
      process.stdout.write(`${key.padEnd(18)} ${(schema as { description?: string }).description ?? ''}\n`);
    }
    return EXIT.ok;
  }
  if (!values.print) throw new UsageError("config needs --print (or --keys)");
  const { config, file } = await loadConfig(values, positionals.length ? { inputs: positionals } : {});
  process.stdout.write(`${JSON.stringify({ ...config, _config_file: file }, null, 2)}\n`);
  return EXIT.ok;
}
