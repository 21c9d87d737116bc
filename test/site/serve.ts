// Serves the test site until Ctrl+C, for trying the crawler by hand or measuring it:
//   npx tsx test/site/serve.ts [--questions 2000] [--no-faults] [--pad 60000] [--latency 5] [--sitemap-all]
import { parseArgs } from 'node:util';
import { startTestSite } from './server.js';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '20' },
    'no-faults': { type: 'boolean', default: false },
    pad: { type: 'string' },
    latency: { type: 'string', default: '0' },
    'crawl-delay': { type: 'string' },
    'sitemap-all': { type: 'boolean', default: false },
  },
});
const site = await startTestSite({
  questions: Number(values.questions),
  faults: !values['no-faults'],
  padBytes: values.pad ? Number(values.pad) : undefined,
  latencyMs: Number(values.latency),
  crawlDelay: values['crawl-delay'] ? Number(values['crawl-delay']) : null,
  sitemapAll: values['sitemap-all'],
});
process.stdout.write(`${site.origin}/\n`);
process.on('SIGINT', () => void site.close().then(() => process.exit(0)));
