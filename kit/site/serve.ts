// Serves a kit site on 127.0.0.1 until Ctrl+C, for trying the crawler by hand or measuring it.
// The first line on stdout is the URL to start a crawl from.
//   npx tsx kit/site/serve.ts [--questions 20] [--no-faults] [--pad 60000] [--latency 5] [--crawl-delay 1] [--sitemap-all] [--flaky 0.04 --retry-after 1]
//   npx tsx kit/site/serve.ts --corpus 2000 [--seed 1] [--size standard|large]     the benchmark corpus as a site
// With --control (for harnesses): a line `stats` on stdin is answered with `STATS {…}`, and the
// site stops when stdin closes.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Size } from '../pages/layouts.js';
import { startCorpusSite } from './corpus-site.js';
import type { KitServer } from './server.js';
import { startTestSite } from './test-site.js';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '20' },
    'no-faults': { type: 'boolean', default: false },
    pad: { type: 'string' },
    latency: { type: 'string', default: '0' },
    'crawl-delay': { type: 'string' },
    'sitemap-all': { type: 'boolean', default: false },
    flaky: { type: 'string' },
    'retry-after': { type: 'string', default: '1' },
    corpus: { type: 'string' },
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: 'standard' },
    control: { type: 'boolean', default: false },
  },
  strict: true,
});
const seed = Number(values.seed);
const latencyMs = Number(values.latency);
const flaky = values.flaky ? { share: Number(values.flaky), retryAfterS: Number(values['retry-after']), seed } : null;

let site: KitServer;
let startUrl: string;
if (values.corpus) {
  const corpus = await startCorpusSite({ pages: Number(values.corpus), seed, size: values.size as Size, latencyMs, flaky });
  site = corpus;
  startUrl = corpus.startUrl;
} else {
  site = await startTestSite({
    questions: Number(values.questions),
    faults: !values['no-faults'],
    padBytes: values.pad ? Number(values.pad) : undefined,
    latencyMs,
    crawlDelay: values['crawl-delay'] ? Number(values['crawl-delay']) : null,
    sitemapAll: values['sitemap-all'],
    flaky,
    seed,
  });
  startUrl = `${site.origin}/`;
}
process.stdout.write(`${startUrl}\n`);

const stop = () => void site.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
if (values.control) {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() !== 'stats') return;
    const cpu = process.cpuUsage();
    process.stdout.write(`STATS ${JSON.stringify({ ...site.stats, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  });
  lines.on('close', stop);
}
