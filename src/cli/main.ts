import { VERSION } from '../version.js';
import { EXIT, UsageError } from './args.js';
import { checkCommand } from './commands/check.js';
import { configCommand } from './commands/config.js';
import { crawlCommand } from './commands/crawl.js';
import { runCommand } from './commands/run.js';

const MAIN_HELP = `qa-harvest ${VERSION} — doctors' answers from Chinese health Q&A pages into clean datasets

Usage:
  qa-harvest run <file|folder>... --out <dir>   read saved pages (HTML or text copies) into a dataset
  qa-harvest crawl --start <url> --out <dir>    crawl a site (politely, resumably) into a dataset
  qa-harvest config --print                     show the effective configuration
  qa-harvest check [fixtures-dir] [--update]    compare fixture pages with their expected entries (drift check)
  qa-harvest --help | --version

Run 'qa-harvest <command> --help' for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'crawl':
        return await crawlCommand(rest);
      case 'config':
        return await configCommand(rest);
      case 'check':
        return await checkCommand(rest);
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
