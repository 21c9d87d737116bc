import { join } from 'node:path';
import { z } from 'zod';
import { VERSION } from '../core/version.js';

/**
 * Options of `qa-harvest crawl`: the `crawl` object of qa-harvest.config.json, and the flags
 * that override it. Politeness is on unless switched off: robots.txt with Crawl-delay, one
 * request a second per host, two in flight per host, slowing down when the host does.
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

const duration = (what: string) =>
  z
    .union([z.number().min(0), z.string()])
    .refine((v) => parseDuration(v) !== null, { message: 'expected a duration such as 30s, 15m, 12h, 7d or a number of seconds' })
    .describe(what);

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected a regular expression' },
);

export const CrawlOptionsSchema = z
  .object({
    start: z.array(z.url({ protocol: /^https?$/ })).default([]).describe('Start URLs (list pages, question pages, a home page)'),
    allow_hosts: z.array(z.string().min(1)).default([]).describe('Hosts crawled besides those of the start URLs (host or host:port)'),
    include: z.array(regex).default([]).describe('When given, only links matching one of these regular expressions are followed'),
    exclude: z.array(regex).default([]).describe('Links matching any of these regular expressions are never followed'),
    state: z.string().min(1).optional().describe('Folder of the crawl state (frontier, seen-set, finished pages); default <out>/.state'),
    rate: z.number().min(0).default(1).describe('Requests per second per host, evenly spaced; 0 for no limit'),
    concurrency: z.int().min(1).default(8).describe('Requests in flight in all'),
    host_concurrency: z.int().min(0).default(2).describe('Requests in flight per host; 0 for no cap beyond concurrency'),
    max_pages: z.int().min(1).nullable().default(null).describe('Page requests in one run; what is left waits for the next run'),
    max_depth: z.int().min(0).nullable().default(null).describe('Links followed from a start URL (pagination does not count); null for no limit'),
    max_time: duration('Stop fetching after this long, then publish; the next run continues').nullable().default(null),
    timeout: duration('Time for one response, headers and body').default('30s'),
    retries: z.int().min(0).default(3).describe('Retries of a request after 5xx, 429, timeouts and network errors'),
    max_redirects: z.int().min(0).default(5).describe('Redirects followed from one link'),
    revisit_after: duration('Question pages are revisited (conditional request) when last checked longer ago than this').default('7d'),
    revisit_lists_after: duration('List pages, start pages and sitemaps are revisited when last checked longer ago than this').default('0'),
    user_agent: z.string().min(1).optional().describe('User-Agent header; default qa-harvest/<version> (+<contact>)'),
    contact: z.string().min(1).optional().describe('URL or e-mail for site owners, added to the User-Agent'),
    robots: z.boolean().default(true).describe('Fetch robots.txt first and obey it, Crawl-delay included'),
    sitemaps: z.boolean().default(true).describe('Read sitemap.xml and the Sitemap: lines of robots.txt'),
    adaptive: z.boolean().default(true).describe('Slow down when a host answers slowly or refuses; recover after'),
    impolite: z.boolean().default(false).describe('For your own test servers only: no robots.txt, no rate limit, no per-host cap, no slowing down'),
  })
  .strict();

export type CrawlOptionsInput = z.input<typeof CrawlOptionsSchema>;
export type CrawlOptions = z.infer<typeof CrawlOptionsSchema>;

/** The options as the crawler uses them: durations in ms, patterns compiled, defaults filled in. */
export interface CrawlSettings {
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
  revisitAfterMs: number;
  revisitListsAfterMs: number;
  userAgent: string;
  robots: boolean;
  sitemaps: boolean;
  adaptive: boolean;
  maxPageBytes: number;
}

export function defaultUserAgent(contact?: string): string {
  return `qa-harvest/${VERSION}${contact ? ` (+${contact})` : ''}`;
}

/** Fills in what depends on other settings: hosts from start URLs, the state folder, --impolite. */
export function toSettings(options: CrawlOptions, context: { outDir: string; maxPageBytes: number; given?: ReadonlySet<string> }): CrawlSettings {
  const given = context.given ?? new Set<string>();
  // --impolite changes the defaults of the politeness options; options given explicitly still win.
  const polite = <T>(key: string, value: T, impoliteValue: T): T => (options.impolite && !given.has(key) ? impoliteValue : value);
  const hosts = new Set<string>(options.allow_hosts.map((h) => h.toLowerCase()));
  for (const start of options.start) hosts.add(new URL(start).host.toLowerCase());
  const rate = polite('rate', options.rate, 0);
  return {
    startUrls: options.start,
    hosts: [...hosts],
    include: options.include.map((s) => new RegExp(s)),
    exclude: options.exclude.map((s) => new RegExp(s)),
    stateDir: options.state ?? join(context.outDir, '.state'),
    intervalMs: rate > 0 ? Math.round(1000 / rate) : 0,
    concurrency: options.concurrency,
    hostConcurrency: polite('host_concurrency', options.host_concurrency, 0),
    maxPages: options.max_pages,
    maxDepth: options.max_depth,
    maxTimeMs: options.max_time === null ? null : parseDuration(options.max_time),
    timeoutMs: Math.max(1, parseDuration(options.timeout)!),
    retries: options.retries,
    maxRedirects: options.max_redirects,
    revisitAfterMs: parseDuration(options.revisit_after)!,
    revisitListsAfterMs: parseDuration(options.revisit_lists_after)!,
    userAgent: options.user_agent ?? defaultUserAgent(options.contact),
    robots: polite('robots', options.robots, false),
    sitemaps: options.sitemaps,
    adaptive: polite('adaptive', options.adaptive, false),
    maxPageBytes: context.maxPageBytes,
  };
}
