import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../../core/log.js';
import { withoutPassword, type CrawlConfig } from '../../crawl/options.js';
import { RedisFrontierStore } from '../../crawl/redis-frontier-store.js';
import type { FrontierStatus } from '../../crawl/redis-frontier-status.js';
import { runCrawlWorker } from '../../pipeline/shared-crawl.js';
import { EXIT, UsageError } from '../args.js';
import type { Config } from '../config.js';
import { abortOnSignals, makeOutput } from '../common.js';

/**
 * The crawl command with a shared frontier (Redis): `--join` (a worker for the open pass),
 * `--status` (what the frontier holds), and `--workers N` (the opener starts N - 1 workers on
 * this machine once its pass is open, and waits for them).
 */

/** The crawl options a worker may be given on its command line: the rest comes from the frontier. */
const JOIN_KEYS = new Set(['frontier', 'crawl_id']);

function address(options: CrawlConfig, what: string): { url: string; crawlId: string } {
  if (!options.frontier || !options.crawl_id) throw new UsageError(`${what} needs --frontier <redis-url> and --crawl-id <name>`);
  return { url: options.frontier, crawlId: options.crawl_id };
}

/** `crawl --join` and `crawl --status`. */
export async function sharedFrontierCommand(flags: { join: boolean; status: boolean; quiet: boolean }, config: Config, flagsGiven: Record<string, unknown>): Promise<number> {
  if (flags.status) return showStatus(address(config.crawl, '--status'), config);
  const frontier = address(config.crawl, '--join');
  const extra = Object.keys((flagsGiven.crawl as Record<string, unknown> | undefined) ?? {}).filter((key) => !JOIN_KEYS.has(key));
  if (extra.length) {
    throw new UsageError(`--join takes the crawl's settings from the frontier, one policy for every worker: drop ${extra.map((k) => `--${k.replaceAll('_', '-')}`).join(', ')}`);
  }
  const out = makeOutput(config, flags.quiet);
  const signals = abortOnSignals(out.log);
  try {
    const result = await runCrawlWorker({ frontier, log: out.log, signal: signals.signal, threads: config.threads, learnAfter: config.learn_after });
    if (result === 'complete') {
      out.log.info(`nothing to crawl: the last pass of crawl '${frontier.crawlId}' is complete; a crawl with --start opens the next`);
      return EXIT.ok;
    }
    if (!result) {
      out.log.error(`no open pass of crawl '${frontier.crawlId}' in ${withoutPassword(frontier.url)} after waiting a minute: a crawl with --start opens one`, { status: 'failed' });
      return EXIT.failed;
    }
    return result.stoppedBy === 'signal' ? EXIT.failed : EXIT.ok;
  } catch (err) {
    out.log.error(`failed: ${err instanceof Error ? err.message : String(err)}`, { status: 'failed' });
    return EXIT.failed;
  } finally {
    signals.release();
  }
}

async function showStatus(frontier: { url: string; crawlId: string }, config: Config): Promise<number> {
  let store: RedisFrontierStore;
  try {
    store = await RedisFrontierStore.connect(frontier);
  } catch (err) {
    process.stderr.write(`qa-harvest: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
  try {
    const status = await store.status();
    process.stdout.write(config.log_format === 'json' ? `${JSON.stringify(status)}\n` : formatStatus(status));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export function formatStatus(s: FrontierStatus): string {
  const lines = [
    `crawl '${s.crawl_id}' in ${s.frontier}: pass ${s.pass} ${s.pass_state}${s.pass_started_at ? ` since ${s.pass_started_at}` : ''}`,
    `  ${s.pending} pending, ${s.waiting_to_retry} waiting to retry, ${s.in_flight} in flight, ${s.done} done; ${s.known} URLs known`,
    `  ${s.workers.length} live worker(s)${s.workers.length ? ':' : ''}`,
    ...s.workers.map((w) => `    ${w.name}  ${w.role}, ${w.in_flight} in flight, ${w.claims} claimed, heartbeat ${w.seen_s_ago} s ago`),
    `  ${Object.keys(s.hosts).length} host(s)${Object.keys(s.hosts).length ? ':' : ''}`,
    ...Object.entries(s.hosts).map(
      ([host, h]) =>
        `    ${host}  ${h.rate_asked_per_s ?? 'no limit'}/s asked, ${h.rate_achieved_per_s ?? '-'}/s achieved, gap ${h.gap_ms} ms, ${h.in_flight} in flight, ` +
        `${h.requests} requests, ${h.refusals} refusals, ${h.pauses} pauses${h.paused_for_s > 0 ? `, paused for ${h.paused_for_s} s more` : ''}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** The workers `--workers N` starts beside the opener: `crawl --join` in child processes, each a process group of its own. */
export class LocalWorkers {
  private readonly children: ChildProcess[] = [];
  private readonly forward = (signal: NodeJS.Signals) => this.children.forEach((c) => c.exitCode === null && c.kill(signal));
  private readonly onSigint = () => this.forward('SIGINT');
  private readonly onSigterm = () => this.forward('SIGTERM');

  constructor(
    private readonly count: number,
    private readonly frontier: { url: string; crawlId: string },
    private readonly config: Config,
    private readonly log: Logger,
    private readonly quiet: boolean,
  ) {}

  /** Starts them (once the opener's pass is open: a worker started earlier would find none). */
  start = (): void => {
    if (this.count <= 0 || this.children.length) return;
    process.on('SIGINT', this.onSigint);
    process.on('SIGTERM', this.onSigterm);
    const format = this.config.log_format === 'auto' ? 'json' : this.config.log_format;
    const args = [...process.execArgv, process.argv[1]!, 'crawl', '--join', '--frontier', this.frontier.url, '--crawl-id', this.frontier.crawlId, '--log-format', format, ...(this.quiet ? ['--quiet'] : [])];
    for (let i = 0; i < this.count; i++) {
      // A group of its own: a Ctrl+C reaches it once, through the opener.
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
      this.children.push(child);
    }
    this.log.info(`started ${this.count} more crawl worker(s) on this machine`, { pids: this.children.map((c) => c.pid) });
  };

  /** Waits for them to end (they do when nothing is left to crawl, or when stopped). */
  async finish(): Promise<void> {
    await Promise.all(this.children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((resolve) => c.once('exit', resolve)))));
    process.off('SIGINT', this.onSigint);
    process.off('SIGTERM', this.onSigterm);
  }
}
