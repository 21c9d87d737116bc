// The CLI straight from the sources, for tests that spawn it as a child process
// (`node --import tsx test/site/cli.ts crawl …`): no build step, and no stale dist/.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
