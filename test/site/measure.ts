// Pages per second of `qa-harvest crawl` against the test site on 127.0.0.1, politeness off
// and on. The site runs in its own process, so the crawler's CPU is its own.
//   npx tsx test/site/measure.ts [--questions 3000] [--pad 60000] [--polite-pages 20]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '3000' },
    pad: { type: 'string' },
    'polite-pages': { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
  },
});
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-measure-'));

const serverArgs = ['--import', 'tsx', join(ROOT, 'kit/site/serve.ts'), '--questions', values.questions!, '--no-faults', '--sitemap-all', ...(values.pad ? ['--pad', values.pad] : [])];
const server = spawn(process.execPath, serverArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise<string>((resolve) => server.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));

interface Measured {
  label: string;
  requests: number;
  crawlSeconds: number;
  totalSeconds: number;
  peakRssMb: number;
}

async function measure(label: string, flags: string[]): Promise<Measured> {
  // A fresh state each time: a second crawl into the same state would be an incremental pass.
  const out = mkdtempSync(join(work, 'run-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/site/cli.ts'), 'crawl', '--start', origin, '--out', out, '--log-format', 'json', '--contact', 'https://example.org/qa-harvest-measure', ...flags], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  // Peak resident memory of the crawler process, where /proc tells it (Linux).
  let peakKb = 0;
  const sample = setInterval(() => {
    try {
      const kb = Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // Not Linux, or the process has just ended.
    }
  }, 100);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sample);
  const lines = log
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const other = log.split('\n').filter((l) => l && !l.startsWith('{'));
  if (other.length) process.stderr.write(`${label}:\n${other.join('\n')}\n`);
  const done = lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('crawl '));
  if (!done) throw new Error(`no crawl summary in the log:\n${log}`);
  const seconds = Number(String(done.msg).match(/in ([\d.]+)s/)![1]);
  return { label, requests: Number(done.requests), crawlSeconds: seconds, totalSeconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peakKb / 1024) };
}

const configs: Array<[string, string[]]> = [
  ['politeness off: --impolite --concurrency 16', ['--impolite', '--concurrency', '16']],
  ['politeness on but no rate limit: robots.txt, adaptive, --rate 0 --host-concurrency 16 --concurrency 16', ['--rate', '0', '--host-concurrency', '16', '--concurrency', '16']],
  ['politeness on, --rate 100 --host-concurrency 4', ['--rate', '100', '--host-concurrency', '4']],
];
// A first crawl warms the server process up; it is not reported.
await measure('warm-up', ['--impolite', '--concurrency', '16']);
const runs: Measured[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [label, flags] of configs) runs.push(await measure(label, flags));
}
runs.push(await measure(`politeness on, defaults (1 request/s per host), --max-pages ${values['polite-pages']}`, ['--max-pages', values['polite-pages']!]));
server.kill('SIGINT');
rmSync(work, { recursive: true, force: true });

process.stdout.write(`site: ${values.questions} generated question pages${values.pad ? ` padded to ${values.pad} bytes` : ''}, all in the sitemap\n\n`);
process.stdout.write('| crawl | requests | crawl s | pages/s | whole command s (start-up, crawl, publish) | peak RSS MB |\n|---|---:|---:|---:|---:|---:|\n');
for (const r of runs) {
  process.stdout.write(`| ${r.label} | ${r.requests} | ${r.crawlSeconds.toFixed(1)} | ${(r.requests / r.crawlSeconds).toFixed(1)} | ${r.totalSeconds.toFixed(1)} | ${r.peakRssMb || '-'} |\n`);
}
