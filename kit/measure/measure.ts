// Pages per second of `qa-harvest crawl` against a kit site on 127.0.0.1, politeness off and on.
// The site runs in its own process, so the crawler's CPU is its own.
//   npx tsx kit/measure/measure.ts [--questions 3000] [--pad 60000] [--polite-pages 20] [--rounds 2]
//   npx tsx kit/measure/measure.ts --corpus 2000       the benchmark corpus as the site instead
// `npm run bench` measures the corpus site with the same harness (bench/crawl/crawl-bench.ts).
import { parseArgs } from 'node:util';
import { measureCrawl, type CrawlMeasurement } from './crawl-speed.js';
import { startSiteProcess, stopSiteProcess } from './site-process.js';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '3000' },
    pad: { type: 'string' },
    corpus: { type: 'string' },
    'polite-pages': { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
  },
  strict: true,
});

const siteArgs = values.corpus
  ? ['--corpus', values.corpus]
  : ['--questions', values.questions!, '--no-faults', '--sitemap-all', ...(values.pad ? ['--pad', values.pad] : [])];
const site = await startSiteProcess(siteArgs);
// The corpus site renders related pages on demand without end: bound those crawls by its size.
const bound = values.corpus ? ['--max-pages', values.corpus, '--include', '/(?:ask|askmip|wenda|copy)/|/dise/asklist/'] : [];
const LIMIT_MS = 600_000;

const configs: Array<[string, string[]]> = [
  ['politeness off: --impolite --concurrency 16', ['--impolite', '--concurrency', '16']],
  ['politeness on but no rate limit: robots.txt, adaptive, --rate 0 --host-concurrency 16 --concurrency 16', ['--rate', '0', '--host-concurrency', '16', '--concurrency', '16']],
  ['politeness on, --rate 100 --host-concurrency 4', ['--rate', '100', '--host-concurrency', '4']],
];
const runs: Array<[string, CrawlMeasurement]> = [];
try {
  // A first crawl warms the site process up; it is not reported.
  await measureCrawl(site, ['--impolite', '--concurrency', '16', ...bound], LIMIT_MS);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [label, flags] of configs) runs.push([label, await measureCrawl(site, [...flags, ...bound], LIMIT_MS)]);
  }
  const polite = values['polite-pages']!;
  runs.push([`politeness on, defaults (1 request/s per host), --max-pages ${polite}`, await measureCrawl(site, ['--max-pages', polite, ...bound.slice(2)], LIMIT_MS)]);
} finally {
  await stopSiteProcess(site);
}

const what = values.corpus ? `the benchmark corpus, ${values.corpus} pages` : `test site, ${values.questions} generated question pages${values.pad ? ` padded to ${values.pad} bytes` : ''}, all in the sitemap`;
process.stdout.write(`site: ${what}\n\n`);
process.stdout.write('| crawl | requests | crawl s | pages/s | whole command s (start-up, crawl, publish) | peak RSS MB |\n|---|---:|---:|---:|---:|---:|\n');
for (const [label, r] of runs) {
  if (!r.measured) {
    process.stdout.write(`| ${label} | not measured: ${r.note} | | | | |\n`);
    continue;
  }
  const crawlS = r.crawlS ?? r.wallS!;
  process.stdout.write(`| ${label} | ${r.requests} | ${crawlS.toFixed(1)} | ${(r.requests! / crawlS).toFixed(1)} | ${r.processS!.toFixed(1)} | ${Math.round(r.maxRssMb!)} |\n`);
}
