import { z } from 'zod';
import { toSettings } from '../../crawl/options.js';
import { runCrawl } from '../../pipeline/run-crawl.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, loadConfig, parseCommandLine, sectionOptions, SHARED_OPTIONS, type CommandLine } from '../command-line.js';
import { makeOutput, publishing } from '../common.js';
import { optionsOf } from '../options.js';
import { LocalWorkers, sharedFrontierCommand } from './crawl-shared.js';

const CrawlFlagsSchema = z
  .object({
    restart: z.boolean().default(false).describe('forget the crawl state and start from zero'),
    join: z.boolean().default(false).describe('work on the open pass of --frontier/--crawl-id, with the settings its opener stored there'),
    status: z.boolean().default(false).describe('show the shared frontier of --frontier/--crawl-id: pending, in flight, done, each host\'s pace, live workers'),
  })
  .strict();

const crawlSection = { title: 'Crawl options (config file: the "crawl" object, with _ for -)', options: [...sectionOptions('crawl'), ...optionsOf(CrawlFlagsSchema, { inConfig: false })] };
const publishSection = { title: 'Publishing options', options: SHARED_OPTIONS };

export const CRAWL_LINE = {
  sections: [crawlSection, publishSection],
  flags: CommonFlagsSchema.extend(CrawlFlagsSchema.shape),
  positionals: ['crawl', 'start'],
} satisfies CommandLine<z.ZodType>;

export const CRAWL_HELP = `Usage: qa-harvest crawl --start <url>... [options]

Crawls a site of Q&A pages (list pages with 下一页 pagination, question pages with their
related links, sitemaps), extracts, validates and deduplicates the entries, and publishes a
run into the dataset folder like 'qa-harvest run'. The crawl state (frontier, seen URLs and
every finished page's extraction) lives in <out>/.state: running the same command again
continues an interrupted crawl, or starts a new pass that revisits known pages with
conditional requests and keeps what did not change. Start URLs may also be given as
arguments, or as "crawl": {"start": [...]} in the config file.

${helpSections([crawlSection])}

Politeness by default: robots.txt is read before anything else and obeyed, Crawl-delay
included; one request a second per host, two at most in flight; 429 and 503 pause the host
for their Retry-After (else exponential backoff with jitter) and slow it down, as do slow
answers; the pace recovers as the host does.

${helpSections([publishSection])}

Several workers, on one machine or many, crawl one frontier in Redis (docs/distributed.md):
  qa-harvest crawl --frontier redis://host:6379/0 --crawl-id <name> --start <url> --workers 4 --out <dir>
  qa-harvest crawl --frontier redis://host:6379/0 --crawl-id <name> --join      (on another machine)
  qa-harvest crawl --frontier redis://host:6379/0 --crawl-id <name> --status
  qa-harvest publish --frontier redis://host:6379/0 --crawl-id <name> --out <dir>
The opener publishes when the pass is complete; workers publish nothing.

SIGINT/SIGTERM stop gracefully: requests under way finish and are stored, nothing is
published, and the next run continues. Exit codes: 0 published; 3 published with warnings;
1 failed or interrupted (latest left as it was); 2 bad usage or config.
`;

export async function crawlCommand(args: string[]): Promise<number> {
  const line = parseCommandLine(CRAWL_LINE, args);
  if (line.flags.help) {
    process.stdout.write(CRAWL_HELP);
    return EXIT.ok;
  }
  const { config, file, given } = await loadConfig(line.flags.config, line.config);
  if (line.flags.join || line.flags.status) return sharedFrontierCommand(line.flags, config, line.config);
  const options = config.crawl;
  if (options.frontier && !options.crawl_id) throw new UsageError("--frontier needs --crawl-id <name>: the crawl's name in the frontier");
  if (options.workers > 1 && !options.frontier) throw new UsageError('--workers needs --frontier <redis-url>: workers share a frontier in Redis');
  if (options.start.length === 0) throw new UsageError('crawl needs at least one start URL (--start, arguments, or "crawl": {"start": [...]} in the config)');
  const settings = toSettings(options, { outDir: config.out, maxPageBytes: config.max_page_bytes, given: new Set(Object.keys(given.crawl ?? {})) });

  const out = makeOutput(config, line.flags.quiet);
  if (file) out.log.info('using config file', { file });
  if (!options.contact && !options.user_agent && !options.impolite) {
    out.log.warn('no --contact given: site owners cannot reach you; consider --contact <url or e-mail>');
  }
  const workers = new LocalWorkers(settings.frontier ? settings.frontier.workers - 1 : 0, settings.frontier ?? { url: '', crawlId: '' }, config, out.log, line.flags.quiet);
  try {
    return await publishing(config, out, (options) => runCrawl({ ...options, crawl: settings, restart: line.flags.restart, onOpened: workers.start }));
  } finally {
    await workers.finish();
  }
}
