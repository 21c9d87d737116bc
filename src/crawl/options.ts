import { join } from 'node:path';
import { z } from 'zod';
import { VERSION } from '../core/version.js';

/**
 * Options of `qa-harvest crawl`, declared once: the `crawl` object of qa-harvest.config.json
 * and the crawl command's flags (the CLI derives both, --help and `config --keys` from this
 * schema). Politeness is on unless switched off: robots.txt with Crawl-delay, one request a
 * second per host, two in flight per host, slowing down when the host does. `.meta()` adds what
 * the command line needs besides the type: the value's placeholder, a flag named otherwise than
 * its key (`--ignore-robots` sets `robots` to false), and which values are paths.
 */

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90`, `90s`, `15m`, `12h`, `7d`, `0` → milliseconds; a bare number is seconds. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : null;
  const match = value.trim().match(DURATION);
  if (!match) return null;
  return Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? 's').toLowerCase()]!);
}

const duration = z
  .union([z.number().min(0), z.string()])
  .refine((v) => parseDuration(v) !== null, { message: 'expected a duration such as 30s, 15m, 12h, 7d or a number of seconds' })
  .meta({ arg: '<duration>' });

const regex = z
  .string()
  .refine(
    (s) => {
      try {
        new RegExp(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected a regular expression' },
  )
  .meta({ arg: '<regex>' });

export const CrawlOptionsSchema = z
  .object({
    start: z.array(z.url({ protocol: /^https?$/ })).default([]).meta({ description: 'start URLs: list pages, question pages, a home page', arg: '<url>' }),
    allow_hosts: z.array(z.string().min(1)).default([]).meta({ description: "hosts crawled besides the start URLs' own (host or host:port)", arg: '<host>', flag: 'allow-host' }),
    include: z.array(regex).default([]).describe('follow only links matching one of these'),
    exclude: z.array(regex).default([]).describe('never follow links matching one of these'),
    state: z.string().min(1).optional().meta({ description: 'crawl state folder: frontier, seen URLs, finished pages; <out>/.state when not given', arg: '<dir>', path: true }),
    rate: z.number().min(0).default(1).describe('requests per second per host, evenly spaced; 0 = no limit'),
    concurrency: z.int().min(1).default(8).describe('requests in flight in all'),
    host_concurrency: z.int().min(0).default(2).describe('requests in flight per host; 0 = no cap'),
    max_pages: z.int().min(1).nullable().default(null).describe('page requests in this run; the rest waits for the next run'),
    max_depth: z.int().min(0).nullable().default(null).describe('links followed from a start URL; pagination does not count'),
    max_time: duration.nullable().default(null).describe('stop fetching after this long (30m, 5h), then publish; the next run continues'),
    timeout: duration.default('30s').describe('time for one response, headers and body'),
    retries: z.int().min(0).default(3).describe('retries after 5xx, 429, timeouts, network errors'),
    max_redirects: z.int().min(0).default(5).describe('redirects followed from one link'),
    max_wait: duration
      .default('5m')
      .describe("longest wait a Retry-After is obeyed for (a URL's retry, a host's pause); a URL asked to wait longer is left for the next run, a host whose Crawl-delay is longer is not crawled in this run"),
    revisit_after: duration.default('7d').describe('revisit question pages checked longer ago than this'),
    revisit_lists_after: duration.default('0').describe('the same for list pages, start pages, sitemaps; 0 = every run'),
    user_agent: z.string().min(1).optional().meta({ description: 'User-Agent; qa-harvest/<version> (+<contact>) when not given', arg: '<text>' }),
    contact: z.string().min(1).optional().meta({ description: 'how site owners reach you (URL or e-mail); goes into the User-Agent', arg: '<url|email>' }),
    robots: z.boolean().default(true).meta({ description: 'read robots.txt before anything else and obey it, Crawl-delay included', flag: 'ignore-robots' }),
    sitemaps: z.boolean().default(true).meta({ description: "read sitemap.xml and robots.txt's Sitemap: lines", flag: 'skip-sitemaps' }),
    adaptive: z.boolean().default(true).meta({ description: 'slow down when a host answers slowly or refuses; recover after', flag: 'fixed-rate' }),
    impolite: z.boolean().default(false).describe('no robots.txt, no rate limit, no per-host cap, no slowing down: for your own test servers only'),
    frontier: z
      .url({ protocol: /^rediss?$/ })
      .optional()
      .meta({ description: 'a Redis server shared by several crawl workers (redis://host:port/db); the SQLite file in the state folder when not given', arg: '<redis-url>' }),
    crawl_id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: "expected letters, digits, '.', '_' and '-' (up to 64)" })
      .optional()
      .meta({ description: 'the name of the crawl in the shared frontier (its keys are qa:{<crawl-id>}:…)', arg: '<name>' }),
    workers: z.int().min(1).default(1).describe('crawl workers on this machine, this process included (with --frontier)'),
    lease: duration.default('15s').describe("how long a worker's claimed URLs outlive its last heartbeat before other workers take them (with --frontier)"),
  })
  .strict();

export type CrawlOptionsInput = z.input<typeof CrawlOptionsSchema>;
/** The `crawl` object of the configuration, parsed (named apart from the crawler's own CrawlOptions). */
export type CrawlConfig = z.infer<typeof CrawlOptionsSchema>;

/** The options as the crawler uses them: durations in ms, patterns compiled, defaults filled in. */
export interface CrawlSettings {
  /** The options these settings come from, as the config file spells them, with --impolite applied and the state folder and User-Agent filled in. */
  options: CrawlConfig;
  startUrls: string[];
  hosts: string[];
  include: RegExp[];
  exclude: RegExp[];
  stateDir: string;
  /** Least ms between request starts per host (0: none). */
  intervalMs: number;
  concurrency: number;
  hostConcurrency: number;
  maxPages: number | null;
  maxDepth: number | null;
  maxTimeMs: number | null;
  timeoutMs: number;
  retries: number;
  maxRedirects: number;
  /** Longest wait a Retry-After gets (a URL's retry, a host's pause, robots.txt's). */
  maxWaitMs: number;
  revisitAfterMs: number;
  revisitListsAfterMs: number;
  userAgent: string;
  robots: boolean;
  sitemaps: boolean;
  adaptive: boolean;
  maxPageBytes: number;
  /** The shared frontier (Redis URL) and the crawl's name in it; null: the SQLite file in stateDir. */
  frontier: { url: string; crawlId: string; workers: number; leaseTtlMs: number } | null;
}

export function defaultUserAgent(contact?: string): string {
  return `qa-harvest/${VERSION}${contact ? ` (+${contact})` : ''}`;
}

/** What --impolite switches off: these options' defaults, not the values given explicitly. */
const IMPOLITE = { rate: 0, host_concurrency: 0, robots: false, adaptive: false } satisfies Partial<CrawlConfig>;

/**
 * The crawler's settings from the parsed options, in one place: --impolite, the state folder
 * and the User-Agent first (as options), then hosts from start URLs, durations in ms, patterns
 * compiled. `given` names the options given explicitly (in the config file or as flags).
 */
export function toSettings(parsed: CrawlConfig, context: { outDir: string; maxPageBytes: number; given?: ReadonlySet<string> }): CrawlSettings {
  const given = context.given ?? new Set<string>();
  const stateDir = parsed.state ?? join(context.outDir, '.state');
  const userAgent = parsed.user_agent ?? defaultUserAgent(parsed.contact);
  const impolite = parsed.impolite ? Object.fromEntries(Object.entries(IMPOLITE).filter(([key]) => !given.has(key))) : {};
  const options: CrawlConfig = { ...parsed, ...impolite, state: stateDir, user_agent: userAgent };
  const hosts = new Set<string>(options.allow_hosts.map((h) => h.toLowerCase()));
  for (const start of options.start) hosts.add(new URL(start).host.toLowerCase());
  return {
    options,
    startUrls: options.start,
    hosts: [...hosts],
    include: options.include.map((s) => new RegExp(s)),
    exclude: options.exclude.map((s) => new RegExp(s)),
    stateDir,
    intervalMs: options.rate > 0 ? Math.round(1000 / options.rate) : 0,
    concurrency: options.concurrency,
    hostConcurrency: options.host_concurrency,
    maxPages: options.max_pages,
    maxDepth: options.max_depth,
    maxTimeMs: options.max_time === null ? null : parseDuration(options.max_time),
    timeoutMs: Math.max(1, parseDuration(options.timeout)!),
    retries: options.retries,
    maxRedirects: options.max_redirects,
    maxWaitMs: parseDuration(options.max_wait)!,
    revisitAfterMs: parseDuration(options.revisit_after)!,
    revisitListsAfterMs: parseDuration(options.revisit_lists_after)!,
    userAgent,
    robots: options.robots,
    sitemaps: options.sitemaps,
    adaptive: options.adaptive,
    maxPageBytes: context.maxPageBytes,
    frontier: options.frontier ? { url: options.frontier, crawlId: options.crawl_id ?? 'default', workers: options.workers, leaseTtlMs: Math.max(1, parseDuration(options.lease)!) } : null,
  };
}

/** The manifest's record of a crawl's settings: its effective options, and the hosts and page size limit that follow. */
export function describeSettings(settings: CrawlSettings): Record<string, unknown> {
  const { frontier } = settings.options;
  return { ...settings.options, ...(frontier ? { frontier: withoutPassword(frontier) } : {}), hosts: settings.hosts, max_page_bytes: settings.maxPageBytes };
}

/** A Redis URL fit for a manifest or a log line: no user or password. */
export function withoutPassword(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.href;
}
