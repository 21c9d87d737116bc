import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../core/log.js';
import { sleep } from './host-pacer.js';
import { withoutPassword } from './options.js';

/**
 * One connection to the Redis server of a shared frontier, and the Lua scripts run on it.
 * A server that restarts, or a network that drops, is waited for: commands queue while it is
 * away, and a command whose answer was lost is sent again. So every script is written to do
 * the same when it runs twice (a claim carries its lease token, a finish or requeue checks the
 * lease), or to err on the safe side (a pace slot taken twice is one gap lost).
 *
 * Every script gets the crawl's meta key as KEYS[1] and builds the crawl's other keys from its
 * prefix (`qa:{<crawl-id>}:`): the hash tag puts them all in one slot. ARGV[1] is the time to
 * use, or '' for the server's own clock (`TIME`), so that every worker is timed by one clock.
 */

/** Opens every script: `P` is the crawl's key prefix, `now` the time in ms. */
export const LUA_PRELUDE = `
local P = string.sub(KEYS[1], 1, -5)
local now
if ARGV[1] ~= '' then now = tonumber(ARGV[1]) else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
end
`;

export interface Script {
  name: string;
  lua: string;
  sha: string;
}

export function script(name: string, body: string): Script {
  const lua = `${LUA_PRELUDE}\n${body}`;
  return { name, lua, sha: createHash('sha1').update(lua).digest('hex') };
}

/** The server did not answer for longer than the crawl waits for it. */
export class FrontierUnreachableError extends Error {}

export interface RedisLinkOptions {
  /** How long a command keeps being tried while the server is away (default 120 s). */
  giveUpAfterMs?: number;
  /** How long the first connection may take (default 5 s). */
  connectTimeoutMs?: number;
  log?: Logger;
}

type Arg = string | number | Buffer;

/** `redis://:secret@host:6379/0` → `redis://host:6379/0`, for logs and the manifest. */
export function redactUrl(url: string): string {
  try {
    return withoutPassword(url);
  } catch {
    return '(an unreadable Redis URL)';
  }
}

const RETRYABLE_REPLY = /^(?:LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN)\b/;

export class RedisLink {
  /** When the connection was last (re)established, ms on this process's clock. */
  connectedAt = 0;
  private warnedAt = 0;

  private constructor(
    readonly redis: Redis,
    readonly url: string,
    private readonly options: RedisLinkOptions,
  ) {}

  /** Connects to `url` (redis://host:port/db) and checks the server answers. */
  static async connect(url: string, options: RedisLinkOptions = {}): Promise<RedisLink> {
    const redis = new Redis(url, {
      lazyConnect: true,
      // A command in flight when the connection drops fails and is sent again by `call`, which
      // knows whether that is safe; commands sent while the server is away wait for it.
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 3,
      retryStrategy: (times) => Math.min(100 * times, 1000),
      connectTimeout: options.connectTimeoutMs ?? 5000,
    });
    const link = new RedisLink(redis, url, options);
    let lastError: Error | null = null;
    redis.on('ready', () => (link.connectedAt = performance.now()));
    redis.on('error', (err: Error) => {
      lastError = err;
      if (link.connectedAt > 0) link.warn(err);
    });
    try {
      await redis.connect();
      await redis.ping();
    } catch (err) {
      redis.disconnect();
      // ioredis says "Connection is closed"; the socket's own error says why (ECONNREFUSED, ENOTFOUND, NOAUTH).
      throw new FrontierUnreachableError(`cannot reach the frontier at ${redactUrl(url)}: ${(lastError ?? (err as Error)).message}`);
    }
    return link;
  }

  private warn(err: Error): void {
    const now = performance.now();
    if (now - this.warnedAt < 5000) return;
    this.warnedAt = now;
    (this.options.log ?? silentLogger).warn('the frontier server is away; waiting for it', { frontier: redactUrl(this.url), error: err.message });
  }

  /**
   * Runs `command`, again while the server is away or loading its data, up to the give-up
   * time. Only for commands that may run twice: a lost answer is asked for again.
   */
  async call<T>(command: (redis: Redis) => Promise<T>): Promise<T> {
    const deadline = performance.now() + (this.options.giveUpAfterMs ?? 120_000);
    for (let attempt = 0; ; attempt++) {
      try {
        return await command(this.redis);
      } catch (err) {
        const e = err as Error;
        const retryable = e.name !== 'ReplyError' || RETRYABLE_REPLY.test(e.message);
        if (!retryable) throw err;
        if (performance.now() > deadline) throw new FrontierUnreachableError(`the frontier at ${redactUrl(this.url)} has not answered for ${Math.round((this.options.giveUpAfterMs ?? 120_000) / 1000)} s: ${e.message}`);
        this.warn(e);
        await sleep(Math.min(50 * 2 ** attempt, 500));
      }
    }
  }

  /** Runs a script (by its SHA1, loading it when the server does not know it: after a restart). */
  run<T>(s: Script, key: string, args: readonly Arg[]): Promise<T> {
    return this.call(async (redis) => {
      try {
        return (await redis.evalsha(s.sha, 1, key, ...args)) as T;
      } catch (err) {
        if (!(err as Error).message?.startsWith('NOSCRIPT')) throw err;
        return (await redis.eval(s.lua, 1, key, ...args)) as T;
      }
    });
  }

  /** The server's clock, ms since the epoch. */
  async serverTime(): Promise<number> {
    const [s, us] = await this.call((redis) => redis.time());
    return Number(s) * 1000 + Number(us) / 1000;
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}
