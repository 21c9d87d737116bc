import { formatConfigIssues } from '../config.js';
import { CrawlOptionsSchema, toSettings } from '../../crawl/options.js';
import { runCrawl } from '../../pipeline/run-crawl.js';
import { decimal, EXIT, parse, UsageError, wholeNumber } from '../args.js';
import { loadConfig, makeOutput, publishing, publishOptions, SHARED_HELP, SHARED_OPTIONS } from '../common.js';

export const CRAWL_HELP = `Usage: qa-harvest crawl --start <url>... [options]

Crawls a site of Q&A pages (list pages with 下一页 pagination, question pages with their
related links, sitemaps), extracts, validates and deduplicates the entries, and publishes a
run into the dataset folder like 'qa-harvest run'. The crawl state (frontier, seen URLs and
every finished page's extraction) lives in <out>/.state: running the same command again
continues an interrupted crawl, or starts a new pass that revisits known pages with
conditional requests and keeps what did not change. Start URLs may also be given as
arguments, or as "crawl": {"start": [...]} in the config file.

Crawl options (config file: the same names in the "crawl" object, with _ for -):
  --start <url>                start URL; repeat for several
  --allow-host <host>          crawl this host too (host or host:port); the start URLs' hosts always are
  --include <regex>            follow only links matching one of these; repeatable
  --exclude <regex>            never follow links matching this; repeatable
  --state <dir>                crawl state folder (default: <out>/.state)
  --rate <n>                   requests per second per host, evenly spaced; 0 = no limit (default: 1)
  --concurrency <n>            requests in flight in all (default: 8)
  --host-concurrency <n>       requests in flight per host; 0 = no cap (default: 2)
  --max-pages <n>              page requests in this run; the rest waits for the next run
  --max-depth <n>              links followed from a start URL; pagination does not count
  --max-time <duration>        stop fetching after this long (30m, 5h), then publish
  --timeout <duration>         time for one response (default: 30s)
  --retries <n>                retries after 5xx, 429, timeouts, network errors (default: 3)
  --max-redirects <n>          redirects followed from one link (default: 5)
  --revisit-after <duration>   revisit question pages checked longer ago than this (default: 7d)
  --revisit-lists-after <duration>  the same for list pages, start pages, sitemaps (default: 0, every run)
  --user-agent <text>          User-Agent (default: qa-harvest/<version> (+<contact>))
  --contact <url|email>        how site owners reach you; goes into the User-Agent
  --ignore-robots              do not read or obey robots.txt
  --skip-sitemaps              do not read sitemap.xml or robots.txt's Sitemap: lines
  --fixed-rate                 do not slow down when a host slows down or refuses
  --impolite                   no robots.txt, no rate limit, no per-host cap, no slowing down:
                               for your own test servers only
  --restart                    forget the crawl state and start from zero

Politeness by default: robots.txt is read before anything else and obeyed, Crawl-delay
included; one request a second per host, two at most in flight; 429 and 503 pause the host
for their Retry-After (else exponential backoff with jitter) and slow it down, as do slow
answers; the pace recovers as the host does.

Publishing options:
${SHARED_HELP}

SIGINT/SIGTERM stop gracefully: requests under way finish and are stored, nothing is
published, and the next run continues. Exit codes: 0 published; 3 published with warnings;
1 failed or interrupted (latest left as it was); 2 bad usage or config.
`;

const CRAWL_FLAGS = {
  start: { type: 'string', multiple: true },
  'allow-host': { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  state: { type: 'string' },
  rate: { type: 'string' },
  concurrency: { type: 'string' },
  'host-concurrency': { type: 'string' },
  'max-pages': { type: 'string' },
  'max-depth': { type: 'string' },
  'max-time': { type: 'string' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  'max-redirects': { type: 'string' },
  'revisit-after': { type: 'string' },
  'revisit-lists-after': { type: 'string' },
  'user-agent': { type: 'string' },
  contact: { type: 'string' },
  'ignore-robots': { type: 'boolean' },
  'skip-sitemaps': { type: 'boolean' },
  'fixed-rate': { type: 'boolean' },
  impolite: { type: 'boolean' },
  restart: { type: 'boolean' },
} as const;

export async function crawlCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...SHARED_OPTIONS, ...CRAWL_FLAGS });
  if (values.help) {
    process.stdout.write(CRAWL_HELP);
    return EXIT.ok;
  }
  const { config, file } = await loadConfig(values);
  const starts = [...(values.start ?? []), ...positionals];
  const flags: Record<string, unknown> = {
    start: starts.length ? starts : undefined,
    allow_hosts: values['allow-host'],
    include: values.include,
    exclude: values.exclude,
    state: values.state,
    rate: decimal('rate', values.rate),
    concurrency: wholeNumber('concurrency', values.concurrency),
    host_concurrency: wholeNumber('host-concurrency', values['host-concurrency']),
    max_pages: wholeNumber('max-pages', values['max-pages']),
    max_depth: wholeNumber('max-depth', values['max-depth']),
    max_time: values['max-time'],
    timeout: values.timeout,
    retries: wholeNumber('retries', values.retries),
    max_redirects: wholeNumber('max-redirects', values['max-redirects']),
    revisit_after: values['revisit-after'],
    revisit_lists_after: values['revisit-lists-after'],
    user_agent: values['user-agent'],
    contact: values.contact,
    robots: values['ignore-robots'] ? false : undefined,
    sitemaps: values['skip-sitemaps'] ? false : undefined,
    adaptive: values['fixed-rate'] ? false : undefined,
    impolite: values.impolite ? true : undefined,
  };
  const fromFile = (config.crawl ?? {}) as Record<string, unknown>;
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  const merged = { ...fromFile, ...given };
  const parsed = CrawlOptionsSchema.safeParse(merged);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ ...i, path: ['crawl', ...i.path] }));
    throw new UsageError(formatConfigIssues(issues, { crawl: merged }, file ?? 'command line'));
  }
  if (parsed.data.start.length === 0) throw new UsageError('crawl needs at least one start URL (--start, arguments, or "crawl": {"start": [...]} in the config)');
  const settings = toSettings(parsed.data, { outDir: config.out, maxPageBytes: config.max_page_bytes, given: new Set(Object.keys(merged)) });

  const out = makeOutput(config, values.quiet === true);
  if (file) out.log.info('using config file', { file });
  if (!parsed.data.contact && !parsed.data.user_agent && !parsed.data.impolite) {
    out.log.warn('no --contact given: site owners cannot reach you; consider --contact <url or e-mail>');
  }
  return publishing(config, out, () => runCrawl({ ...publishOptions(config, out), crawl: settings, restart: values.restart === true }));
}
