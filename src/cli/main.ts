import { VERSION } from '../core/version.js';
import { EXIT, UsageError } from './args.js';

// Commands are loaded when used: `--version` and `check` need not load crawlee.
const COMMANDS: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  run: async () => (await import('./commands/run.js')).runCommand,
  crawl: async () => (await import('./commands/crawl.js')).crawlCommand,
  publish: async () => (await import('./commands/publish.js')).publishCommand,
  config: async () => (await import('./commands/config.js')).configCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  recover: async () => (await import('./commands/recover.js')).recoverCommand,
  learn: async () => (await import('./commands/learn.js')).learnCommand,
};

const MAIN_HELP = `qa-harvest ${VERSION} — doctors' answers from Chinese health Q&A pages into clean datasets

Usage:
  qa-harvest run <file|folder>... --out <dir>   read saved pages (HTML or text copies) into a dataset
  qa-harvest crawl --start <url> --out <dir>    crawl a site (politely, resumably) into a dataset
  qa-harvest publish --frontier <redis-url> --crawl-id <name> --out <dir>
                                                publish what a shared crawl frontier holds
  qa-harvest config --print                     show the effective configuration
  qa-harvest check [fixtures-dir] [--update]    compare fixture pages with their expected entries (drift check)
  qa-harvest recover --out <dir>                complete or undo what a run that died left (every run does it first)
  qa-harvest learn <file|folder>... --site <n>  learn a site profile from sample pages, for review
  qa-harvest --help | --version

Run 'qa-harvest <command> --help' for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const load = command ? COMMANDS[command] : undefined;
    if (load) return await (await load())(rest);
    switch (command) {
      case '--version':
      case '-v':
        process.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(MAIN_HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`qa-harvest: ${err.message}\nRun 'qa-harvest --help' for usage.\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
