import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ServerStats } from '../site/server.js';

/**
 * A kit site in a process of its own (kit/site/serve.ts --control), so that a crawler's CPU
 * time is measured apart from the site's; and running a measured command to its `RESULT` line.
 */

export interface SiteProcess {
  origin: string;
  /** Where a crawl starts: the test site's home page, or the corpus site's first list page. */
  startUrl: string;
  child: ChildProcessByStdio<Writable, Readable, null>;
  lines: AsyncIterator<string>;
}

export type SiteStats = ServerStats & { cpuMs: number };

const SERVE = fileURLToPath(new URL('../site/serve.ts', import.meta.url));
/** The checkout, where `--import tsx` resolves. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `serve.ts` with these arguments (e.g. `['--corpus', '2000']` or `['--questions', '3000', '--no-faults']`). */
export async function startSiteProcess(args: readonly string[]): Promise<SiteProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, '--control', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  const lines = lineReader(child.stdout)[Symbol.asyncIterator]();
  const first = await lines.next();
  const startUrl = typeof first.value === 'string' ? first.value.trim() : '';
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(startUrl)) throw new Error(`the site did not start: ${String(first.value)}`);
  return { origin: new URL(startUrl).origin, startUrl, child, lines };
}

export async function stopSiteProcess(site: SiteProcess): Promise<void> {
  const exited = new Promise((resolve) => site.child.once('exit', resolve));
  site.child.stdin.end();
  await exited;
}

/** The site's request counters so far. */
export async function siteStats(site: SiteProcess): Promise<SiteStats> {
  site.child.stdin.write('stats\n');
  for (let line = await site.lines.next(); !line.done; line = await site.lines.next()) {
    const m = line.value.match(/^STATS (.*)$/);
    if (m) return JSON.parse(m[1]!) as SiteStats;
  }
  throw new Error('the site process stopped');
}

async function* lineReader(stream: AsyncIterable<string>): AsyncIterable<string> {
  let buffered = '';
  for await (const chunk of stream) {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) !== -1) {
      yield buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
    }
  }
}

/**
 * Runs a command to its end (killed at `limitMs`) and returns the JSON of its `RESULT {…}`
 * line, or null, with the last of its output (stdout and stderr together).
 */
export async function runForResult<T>(command: string, args: string[], limitMs: number, env?: Record<string, string>): Promise<{ result: T | null; exit: number | null; elapsedMs: number; output: string; tail: string }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (output = (output + d).slice(-200_000)));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (output = (output + d).slice(-200_000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const exit = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  const m = output.match(/RESULT (\{.*\})/);
  return { result: m ? (JSON.parse(m[1]!) as T) : null, exit, elapsedMs: performance.now() - started, output, tail: output.trim().split('\n').slice(-2).join(' ').slice(0, 300) };
}
