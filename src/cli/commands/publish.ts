import { publishFrontier } from '../../pipeline/shared-crawl.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, loadConfig, parseCommandLine, sectionOptions, SHARED_OPTIONS, type CommandLine } from '../command-line.js';
import { makeOutput, publishing } from '../common.js';

const frontierSection = { title: 'Frontier (config file: "crawl": {"frontier": …, "crawl_id": …})', options: sectionOptions('crawl').filter((o) => o.key === 'crawl.frontier' || o.key === 'crawl.crawl_id') };
const publishSection = { title: 'Publishing options', options: SHARED_OPTIONS };

export const PUBLISH_LINE = {
  sections: [frontierSection, publishSection],
  flags: CommonFlagsSchema,
} satisfies CommandLine<typeof CommonFlagsSchema>;

export const PUBLISH_HELP = `Usage: qa-harvest publish --frontier <redis-url> --crawl-id <name> --out <dir> [options]

Publishes what a shared crawl frontier holds (every page's extraction, every reject, in URL
order) into the dataset folder, through the same validate, dedupe, near-duplicate and export
steps as 'qa-harvest crawl': the dataset does not depend on how many workers crawled, nor on
their timing. The crawl's opener does this itself when its pass completes; this command is
for a crawl whose opener stopped, or to publish a pass still under way (with a warning).

${helpSections(PUBLISH_LINE.sections)}

Exit codes: 0 published; 3 published with warnings; 1 failed (latest left as it was);
2 bad usage or config.
`;

export async function publishCommand(args: string[]): Promise<number> {
  const line = parseCommandLine(PUBLISH_LINE, args);
  if (line.flags.help) {
    process.stdout.write(PUBLISH_HELP);
    return EXIT.ok;
  }
  if (line.positionals.length) throw new UsageError(`publish takes no arguments (got ${line.positionals.join(' ')})`);
  const { config, file } = await loadConfig(line.flags.config, line.config);
  const { frontier, crawl_id: crawlId } = config.crawl;
  if (!frontier || !crawlId) throw new UsageError('publish needs --frontier <redis-url> and --crawl-id <name>');
  const out = makeOutput(config, line.flags.quiet);
  if (file) out.log.info('using config file', { file });
  return publishing(config, out, (options) => publishFrontier({ ...options, frontier: { url: frontier, crawlId } }));
}
