import { z } from 'zod';
import type { Logger } from '../core/log.js';

/**
 * How a run is published, declared once: these keys are the top level of qa-harvest.config.json
 * and the flags of `run` and `crawl` (the CLI derives its flags, --help and the config file's
 * checks from this schema), and, in camelCase, the PublishOptions the pipeline takes.
 * `.meta()` adds what the command line needs besides the type: the value's placeholder, and
 * which values are paths (relative to the config file that gives them).
 */
export const PublishConfigSchema = z
  .object({
    out: z.string().min(1).default('output/dataset').meta({ description: 'dataset folder', arg: '<dir>', path: true }),
    mode: z.enum(['full', 'delta']).default('full').describe('publish every live entry, or only what is new or changed'),
    keep_runs: z.int().min(1).default(7).describe('complete runs kept in runs/; the latest always is'),
    min_answer_chars: z.int().min(0).default(15).describe('flag answers shorter than this as answer_too_short'),
    row_group_size: z.int().min(1).default(10_000).describe('Parquet rows per row group'),
    rows_per_file: z.int().min(1).default(500_000).describe('Parquet rows per file in data/'),
    warn_reject_rate: z.number().min(0).max(1).default(0.2).meta({ description: 'exit 3 when rejects/(rejects+entries) is above r', arg: '<r>' }),
    allow_empty: z.boolean().default(false).describe('publish a full snapshot even with no entries; refused otherwise (exit 1)'),
    threads: z
      .int()
      .min(0)
      .default(0)
      .meta({ description: 'threads for the per-page work (extract, validate, keys; a crawl reads the pages it fetches on them): 1 runs it in the main thread, 0 one worker thread per core', arg: '<n>' }),
    profiles: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'site profile files (JSON), or folders of them, read besides the built-in profiles (qa-harvest learn writes them)', arg: '<file|dir>', flag: 'profile', path: true }),
    learn_after: z
      .int()
      .min(0)
      .default(10)
      .meta({
        description: "learn a profile for a host no profile knows from its first n pages with an answer, and read its pages with it (a run: those first n again; a crawl: the pages fetched after them), checked by the genre reader (0: off)",
        arg: '<n>',
      }),
  })
  .strict();

export type PublishConfig = z.infer<typeof PublishConfigSchema>;

type CamelCase<K extends string> = K extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : K;

/** The publishing options as the pipeline names them: camelCase, and `out` is `outDir`. */
export type PublishSettings = { outDir: string } & { [K in Exclude<keyof PublishConfig, 'out'> as CamelCase<K>]: PublishConfig[K] };

const camelCase = (key: string) => key.replace(/_(.)/g, (_, c: string) => c.toUpperCase());

/** The publishing keys of a parsed configuration, renamed for the pipeline (other keys are left out). */
export function publishSettings(config: PublishConfig): PublishSettings {
  const settings: Record<string, unknown> = { outDir: config.out };
  for (const key of PublishConfigSchema.keyof().options) if (key !== 'out') settings[camelCase(key)] = config[key];
  return settings as PublishSettings;
}

/** The defaults the schema declares, for callers (tests, the benchmark) that leave an option out. */
export const PUBLISH_DEFAULTS: Omit<PublishSettings, 'outDir'> = publishSettings(PublishConfigSchema.parse({}));

/** What publishDataset takes: the publishing options (each optional but the folder) and the run's plumbing. */
export interface PublishOptions extends Partial<Omit<PublishSettings, 'outDir'>> {
  /** The dataset folder (runs/<run-id>/ and `latest` live in it). */
  outDir: string;
  log?: Logger;
  /** Stop early and publish nothing when aborted (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  pages: number;
  entries: number;
  rejects: number;
  /** Pages expected in all, where the source knows (saved files); null for a crawl. */
  total: number | null;
}
