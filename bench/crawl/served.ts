import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The corpus server child (server-child.ts) as the crawl benchmarks drive it, and running a crawler to its RESULT line. */

export interface Served {
  origin: string;
  startUrl: string;
  pages: number;
  child: ChildProcessByStdio<Writable, Readable, null>;
  lines: AsyncIterator<string>;
}

export interface ServerStats {
  requests: number;
  ok: number;
  notFound: number;
}

const SERVER = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export async function startServer(pages: number, seed: number): Promise<Served> {
  const child = spawn(process.execPath, [...process.execArgv, SERVER, String(pages), String(seed), 'standard'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  const lines = lineReader(child.stdout)[Symbol.asyncIterator]();
  const first = await lines.next();
  const m = typeof first.value === 'string' ? first.value.match(/^READY (.*)$/) : null;
  if (!m) throw new Error(`the corpus server did not start: ${String(first.value)}`);
  return { ...(JSON.parse(m[1]!) as { origin: string; startUrl: string; pages: number }), child, lines };
}

export async function stopServer(server: Served): Promise<void> {
  server.child.stdin.end();
  await new Promise((resolve) => server.child.once('exit', resolve));
}

/** The server's request counters so far. */
export async function serverStats(server: Served): Promise<ServerStats> {
  server.child.stdin.write('stats\n');
  for (let line = await server.lines.next(); !line.done; line = await server.lines.next()) {
    const m = line.value.match(/^STATS (.*)$/);
    if (m) return JSON.parse(m[1]!) as ServerStats;
  }
  throw new Error('the corpus server stopped');
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
 * Runs a crawler process to its end (killed at `limitMs`) and returns the JSON of its
 * `RESULT {…}` line, or null with the tail of its output.
 */
export async function runForResult<T>(command: string, args: string[], limitMs: number): Promise<{ result: T | null; exit: number | null; tail: string }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (output = (output + d).slice(-20_000)));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (output = (output + d).slice(-20_000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const exit = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  const m = output.match(/RESULT (\{.*\})/);
  return { result: m ? (JSON.parse(m[1]!) as T) : null, exit, tail: output.trim().split('\n').slice(-2).join(' ').slice(0, 300) };
}
