import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_PAGE_BYTES } from '../sources/saved-pages.js';

/**
 * qa-harvest.config.json: the options of every command, checked by this schema. Defaults
 * < config file < command-line flags. Unknown keys are errors, so a typo is caught, not ignored.
 */
export const ConfigSchema = z
  .object({
    out: z.string().min(1).default('output/dataset').describe('Dataset folder: runs/<run-id>/ and the latest link live in it'),
    inputs: z.array(z.string().min(1)).default([]).describe('Files and folders of saved pages for `run`'),
    mode: z.enum(['full', 'delta']).default('full').describe('full: every live entry; delta: only entries new or changed since the last run'),
    keep_runs: z.int().min(1).default(7).describe('Complete runs kept in runs/ (the latest is always kept)'),
    min_answer_chars: z.int().min(0).default(15).describe('Answers shorter than this are flagged answer_too_short'),
    row_group_size: z.int().min(1).default(10_000).describe('Parquet rows per row group'),
    rows_per_file: z.int().min(1).default(500_000).describe('Parquet rows per file in data/ before a new file starts'),
    max_page_bytes: z.int().min(1).default(DEFAULT_MAX_PAGE_BYTES).describe('Pages larger than this are rejected'),
    allow_empty: z.boolean().default(false).describe('Publish a full snapshot with no entries (normally refused: a sign of missing inputs)'),
    warn_reject_rate: z.number().min(0).max(1).default(0.2).describe('Exit 3 (published, with warnings) when rejects / (rejects + entries) is above this'),
    log_format: z.enum(['auto', 'text', 'json']).default('auto').describe('auto: text with a progress bar on a terminal, JSON lines otherwise'),
    crawl: z.record(z.string(), z.unknown()).optional().describe('Options of the crawl command (see `qa-harvest crawl --help`)'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const DEFAULT_CONFIG_FILE = 'qa-harvest.config.json';

export class ConfigError extends Error {}

function describeValue(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? 'nothing' : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function valueAt(obj: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), obj);
}

/** Every problem in one message, each naming the key, what was expected, what was given, and where. */
export function formatConfigIssues(issues: z.core.$ZodIssue[], raw: unknown, where: string): string {
  return issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.length ? `${issue.path.join('.')}.` : '';
        const known = Object.keys(ConfigSchema.shape).join(', ');
        return issue.keys.map((k) => `${where}: key '${prefix}${k}' is not a qa-harvest setting (known keys: ${known})`).join('\n');
      }
      const key = issue.path.length ? issue.path.join('.') : '(top level)';
      const got = ` (got ${describeValue(valueAt(raw, issue.path))})`;
      return `${where}: key '${key}': ${issue.message}${got}`;
    })
    .join('\n');
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
  // Paths in a config file are relative to the file, not to wherever cron happens to start.
  const input = raw as ConfigInput;
  const base = dirname(resolve(path));
  return {
    ...input,
    ...(input.out !== undefined ? { out: resolve(base, input.out) } : {}),
    ...(input.inputs !== undefined ? { inputs: input.inputs.map((i) => resolve(base, i)) } : {}),
  };
}

/** Defaults, then the file, then the flags given on the command line (undefined flags do not override). */
export function resolveConfig(file: ConfigInput | null, flags: Partial<Record<keyof Config, unknown>>, where = 'command line'): Config {
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  const merged = { ...(file ?? {}), ...given };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) throw new ConfigError(formatConfigIssues(parsed.error.issues, merged, where));
  return parsed.data;
}
