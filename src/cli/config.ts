import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { CrawlOptionsSchema } from '../crawl/options.js';
import { PublishConfigSchema } from '../pipeline/options.js';
import { DEFAULT_MAX_PAGE_BYTES } from '../sources/saved-pages.js';
import { optionsOf, setAt, valueAt } from './options.js';

/**
 * qa-harvest.config.json: the options of every command, checked by this schema, which is also
 * where the flags, --help and `config --keys` come from. Defaults < config file < command-line
 * flags. Unknown keys are errors, in the crawl object too, so a typo is caught, not ignored.
 */
export const ConfigSchema = PublishConfigSchema.extend({
  max_page_bytes: z.int().min(1).default(DEFAULT_MAX_PAGE_BYTES).describe('reject pages larger than this'),
  log_format: z.enum(['auto', 'text', 'json']).default('auto').describe('text with a progress bar on a terminal, JSON lines otherwise'),
  inputs: z.array(z.string().min(1)).default([]).meta({ description: 'files and folders of saved pages for `run` (its arguments)', flag: false, path: true }),
  crawl: CrawlOptionsSchema.prefault({}).describe("options of the crawl command (see 'qa-harvest crawl --help')"),
}).strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

/** Every key of the config file, sections' keys included, as options. */
export const CONFIG_OPTIONS = optionsOf(ConfigSchema);

export const DEFAULT_CONFIG_FILE = 'qa-harvest.config.json';

export class ConfigError extends Error {}

function describeValue(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? 'nothing' : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The keys that may stand in the object at this path (the top level, or a section such as crawl). */
const knownKeysAt = (path: readonly PropertyKey[]) =>
  CONFIG_OPTIONS.filter((o) => o.path.length === path.length + 1 && path.every((k, i) => o.path[i] === k)).map((o) => o.path.at(-1));

/** Every problem in one message, each naming the key, what was expected, what was given, and where. */
export function formatConfigIssues(issues: z.core.$ZodIssue[], raw: unknown, where: string): string {
  return issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.length ? `${issue.path.join('.')}.` : '';
        const known = knownKeysAt(issue.path).join(', ');
        return issue.keys.map((k) => `${where}: key '${prefix}${k}' is not a qa-harvest setting (known keys: ${known})`).join('\n');
      }
      const key = issue.path.length ? issue.path.join('.') : '(top level)';
      const got = ` (got ${describeValue(valueAt(raw, issue.path))})`;
      return `${where}: key '${key}': ${issue.message}${got}`;
    })
    .join('\n');
}

/** Paths in a config file are relative to the file, not to wherever cron happens to start. */
function resolvePaths(input: ConfigInput, base: string): ConfigInput {
  const resolved = structuredClone(input) as Record<string, unknown>;
  for (const option of CONFIG_OPTIONS.filter((o) => o.isPath)) {
    const value = valueAt(resolved, option.path);
    if (typeof value === 'string') setAt(resolved, option.path, resolve(base, value));
    else if (Array.isArray(value)) setAt(resolved, option.path, value.map((v: string) => resolve(base, v)));
  }
  return resolved as ConfigInput;
}

/** Reads and checks a config file; `required` makes a missing file an error (it was named explicitly). */
export async function readConfigFile(path: string, required: boolean): Promise<ConfigInput | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`${path}: cannot read the config file: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path}: not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(formatConfigIssues(parsed.error.issues, raw, path));
  return resolvePaths(raw as ConfigInput, dirname(resolve(path)));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `over` on top of `base`; sections (crawl) are merged key by key. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = isObject(value) && isObject(merged[key]) ? merge(merged[key], value) : value;
  return merged;
}

/**
 * Defaults, then the file, then the flags given on the command line (nested as in the file).
 * `given` is what the file and the flags said, before defaults: what was chosen explicitly.
 */
export function resolveConfig(file: ConfigInput | null, flags: Record<string, unknown>, where = 'command line'): { config: Config; given: ConfigInput } {
  const merged = merge(file ?? {}, flags);
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) throw new ConfigError(formatConfigIssues(parsed.error.issues, merged, where));
  return { config: parsed.data, given: merged as ConfigInput };
}
