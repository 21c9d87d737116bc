import { hostSnapshot, sleep, type HostPause, type HostSnapshot, type Pacer, type PacerOptions, type PauseReason, type ResponseSignal } from './host-pacer.js';
import { DEFAULT_CLUSTER } from './recent-responses.js';
import { script, type RedisLink } from './redis-link.js';

/**
 * HostPacer's politeness kept in Redis for every worker of a shared frontier: one pace per host
 * however many workers ask, timed by the server's clock. The rules are HostPacer's and
 * RecentResponses' (read those for the why), in Lua so that each step is atomic; the parity
 * test in test/crawl-redis-store.test.ts runs the same scenarios through both.
 *
 * Per host, `h:<host>` holds the schedule (slot, line_end, last_start, paused_until), the delays
 * (crawl_delay, latency_gap, refusal_gap, pause_streak), the in-flight places (`inflight`,
 * taken by a claim) and the counters of the manifest; `r:<host>` the latest responses as
 * "<at> <ok|refused|failed> <retry-after ms|->". The policy (`policy`) is the opener's.
 */

const PACE_LIB = `
local EARLY, LATE_FORGIVEN = 0.5, 1.4
local FIELDS = {'slot', 'line_end', 'last_start', 'paused_until', 'pause_streak', 'crawl_delay', 'latency_gap', 'refusal_gap',
  'requests', 'active_ms', 'active_gaps', 'refusals', 'paused_ms', 'slowdowns'}
local function policy()
  local p = redis.call('HGETALL', P .. 'policy')
  local out = {interval = 0, host_cap = 0, target = 1, adaptive = 0, host_pauses = 1, cl_responses = 20, cl_refusals = 5, cl_within = 60000, max_delay = 60000}
  for i = 1, #p, 2 do out[p[i]] = tonumber(p[i + 1]) end
  return out
end
local pol = policy()
local host = ARGV[2]
local hk = P .. 'h:' .. host
redis.call('SADD', P .. 'paced', host)
local function load()
  local v, s = redis.call('HMGET', hk, unpack(FIELDS)), {}
  for i, f in ipairs(FIELDS) do s[f] = tonumber(v[i]) or 0 end
  if not v[1] then s.slot = -1e300 end
  if not v[3] then s.last_start = -1e300 end
  return s
end
local s = load()
local function gap()
  local g = math.max(pol.interval, s.crawl_delay)
  if pol.adaptive == 1 then g = math.max(g, s.latency_gap, s.refusal_gap) end
  return g
end
local function due() return math.max(s.paused_until, s.slot + gap()) end
local function start(waited, at)
  local slot = now
  if waited then slot = math.max(at, now - LATE_FORGIVEN) end
  if s.requests > 0 and s.paused_until <= s.last_start then
    redis.call('HSET', hk, 'active_ms', tostring(s.active_ms + now - s.last_start), 'active_gaps', s.active_gaps + 1)
  end
  redis.call('HSET', hk, 'slot', tostring(slot), 'last_start', tostring(now), 'requests', s.requests + 1)
end
local function pause(ms, reason)
  local untl = now + ms
  if untl <= s.paused_until then return false end
  local fresh = s.paused_until <= now
  s.paused_ms = s.paused_ms + untl - math.max(now, s.paused_until)
  s.paused_until = untl
  redis.call('HSET', hk, 'paused_ms', tostring(s.paused_ms), 'paused_until', tostring(untl))
  if not fresh then return false end
  redis.call('HINCRBY', hk, 'p_' .. reason, 1)
  s.pause_streak = redis.call('HINCRBY', hk, 'pause_streak', 1)
  return {tostring(ms), reason}
end
`;

const pace = (name: string, body: string) => script(name, `${PACE_LIB}\n${body}`);

/** Lines up for the host's next start; takes it when it is due now. ARGV: now, host. → {0, gap} (started) or {ms to wait} */
const PACE_LINE = pace('pace_line', `
local at = math.max(now, s.line_end, due())
redis.call('HSET', hk, 'line_end', tostring(at + gap()))
if at <= now + EARLY then
  start(false, at)
  return {'0', tostring(gap())}
end
return {tostring(at - now)}
`);

/** After the wait: takes the start if it is due (a pause or a wider gap may have come in meanwhile). ARGV: now, host. */
const PACE_TRY = pace('pace_try', `
local at = due()
if at <= now + EARLY then
  start(true, at)
  return {'0', tostring(gap())}
end
return {tostring(at - now)}
`);

/**
 * The request went out: a worker that read its start late (its process busy or descheduled) moves
 * the host's slot to when it really started, so the next start keeps its distance from this one
 * at the server too. ARGV: now, host.
 */
const PACE_SENT = pace('pace_sent', `
if now - LATE_FORGIVEN > s.slot then redis.call('HSET', hk, 'slot', tostring(now - LATE_FORGIVEN)) end
return 1
`);

/** ARGV: now, host, ms, reason. → {ms, reason} for a new pause, nil otherwise */
const PAUSE = pace('pause', `
return pause(tonumber(ARGV[3]), ARGV[4])
`);

/** ARGV: now, host, latency ms, ok|refused|failed, status ('' none), retry-after ms ('' none), random 0..1. → {ms, reason} or nil */
const OBSERVE = pace('observe', `
local latency, kind, status, asked, rand = tonumber(ARGV[3]), ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local rk = P .. 'r:' .. host
redis.call('RPUSH', rk, tostring(now) .. ' ' .. kind .. ' ' .. (ARGV[6] ~= '' and ARGV[6] or '-'))
redis.call('LTRIM', rk, -pol.cl_responses, -1)
if kind == 'ok' then
  local target = latency / math.max(1, pol.target)
  local refusal_gap = 0
  if s.refusal_gap >= 2 then refusal_gap = s.refusal_gap / 2 end
  redis.call('HSET', hk, 'pause_streak', 0, 'latency_gap', tostring(math.min(pol.max_delay, (s.latency_gap + target) / 2)), 'refusal_gap', tostring(refusal_gap))
  return false
end
if kind == 'refused' then redis.call('HINCRBY', hk, 'refusals', 1) end

local recent, refusals, troubles, longest = {}, 0, 0, nil
for _, line in ipairs(redis.call('LRANGE', rk, 0, -1)) do
  local at, k, ra = string.match(line, '^(%S+) (%S+) (%S+)$')
  at = tonumber(at)
  if now - at <= pol.cl_within then
    recent[#recent + 1] = at
    if k ~= 'ok' then troubles = troubles + 1 end
    if k == 'refused' then
      refusals = refusals + 1
      if ra ~= '-' then longest = math.max(longest or 0, tonumber(ra)) end
    end
  end
end
local cluster, struggling = refusals >= pol.cl_refusals, troubles >= pol.cl_refusals
local spacing = 0
if #recent > 1 then spacing = (recent[#recent] - recent[1]) / (#recent - 1) end

local decided = false
if pol.host_pauses == 1 and kind == 'refused' and (status == 429 or cluster) then
  local ms = asked
  if ms == nil then
    local step = math.min(60000, 1000 * 2 ^ math.max(0, s.pause_streak))
    ms = math.floor(step / 2 + rand * step / 2 + 0.5)
  end
  local reason = 'refusals_cluster'
  if status == 429 then reason = 'rate_limited' end
  decided = pause(ms, reason)
end
if pol.adaptive == 1 and struggling then
  local ceiling = math.min(pol.max_delay, longest or pol.max_delay)
  redis.call('HSET', hk, 'refusal_gap', tostring(math.min(ceiling, 2 * math.max(gap(), spacing))))
  redis.call('HINCRBY', hk, 'slowdowns', 1)
end
if struggling then redis.call('DEL', rk) end
return decided
`);

/** ARGV: now, host. → {gap ms, paused for ms} */
const STATE = pace('pace_state', `
return {tostring(gap()), tostring(math.max(0, s.paused_until - now))}
`);

/** ARGV: now, host, crawl delay ms. */
const CRAWL_DELAY = pace('crawl_delay', `
redis.call('HSET', hk, 'crawl_delay', ARGV[3])
return 1
`);

/** The policy as the opener stores it, from the options of a HostPacer. */
export function pacePolicy(o: PacerOptions): Record<string, number> {
  const cluster = o.cluster ?? DEFAULT_CLUSTER;
  return {
    interval: o.intervalMs,
    host_cap: o.hostConcurrency,
    target: o.targetConcurrency,
    adaptive: o.adaptive ? 1 : 0,
    host_pauses: (o.hostPauses ?? true) ? 1 : 0,
    cl_responses: cluster.responses,
    cl_refusals: cluster.refusals,
    cl_within: cluster.withinMs,
    max_delay: o.maxDelayMs ?? 60_000,
  };
}

const toPause = (r: [string, string] | null): HostPause | null => (r ? { ms: Number(r[0]), reason: r[1] as PauseReason } : null);

export class SharedPacer implements Pacer {
  constructor(
    private readonly link: RedisLink,
    /** The crawl's meta key, `qa:{<crawl-id>}:meta`. */
    private readonly metaKey: string,
    /** A clock for tests (ms); the server's when not given. */
    private readonly clock?: () => number,
  ) {}

  private run<T>(s: ReturnType<typeof script>, host: string, ...args: Array<string | number>): Promise<T> {
    return this.link.run<T>(s, this.metaKey, [this.clock ? String(this.clock()) : '', host, ...args]);
  }

  /** Stores the politeness every worker follows (the opener's; a test's). */
  async setPolicy(options: PacerOptions): Promise<void> {
    const prefix = this.metaKey.slice(0, -'meta'.length);
    await this.link.call((r) => r.multi().del(`${prefix}policy`).hset(`${prefix}policy`, pacePolicy(options)).exec());
  }

  async acquire(host: string, signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return false;
    let [wait, gap] = await this.run<[string, string?]>(PACE_LINE, host);
    while (Number(wait) > 0) {
      if (!(await sleep(Math.ceil(Number(wait)), signal))) return false;
      [wait, gap] = await this.run<[string, string?]>(PACE_TRY, host);
    }
    // Once the caller has sent its request (it does so at once, in this turn of the event loop).
    if (Number(gap) > 0) setImmediate(() => void this.run(PACE_SENT, host).catch(() => {}));
    return true;
  }

  async observe(host: string, signal: ResponseSignal): Promise<HostPause | null> {
    const kind = signal.refused ? 'refused' : signal.failed ? 'failed' : 'ok';
    const r = await this.run<[string, string] | null>(OBSERVE, host, signal.latencyMs, kind, signal.status ?? '', signal.retryAfterMs ?? '', Math.random());
    return toPause(r);
  }

  async pause(host: string, ms: number, reason: PauseReason = 'retry'): Promise<HostPause | null> {
    return toPause(await this.run<[string, string] | null>(PAUSE, host, ms, reason));
  }

  async setCrawlDelay(host: string, seconds: number | null): Promise<void> {
    await this.run(CRAWL_DELAY, host, seconds ? Math.round(seconds * 1000) : 0);
  }

  async gapMs(host: string): Promise<number> {
    return Number((await this.run<[string, string]>(STATE, host))[0]);
  }

  async pausedForMs(host: string): Promise<number> {
    return Number((await this.run<[string, string]>(STATE, host))[1]);
  }

  async snapshot(): Promise<Record<string, HostSnapshot>> {
    const prefix = this.metaKey.slice(0, -'meta'.length);
    const hosts = await this.link.call((r) => r.smembers(`${prefix}paced`));
    const interval = Number((await this.link.call((r) => r.hget(`${prefix}policy`, 'interval'))) ?? 0);
    const now = this.clock?.() ?? (await this.link.serverTime());
    const out: Record<string, HostSnapshot> = {};
    for (const host of hosts.sort()) {
      const h = await this.link.call((r) => r.hgetall(`${prefix}h:${host}`));
      const n = (field: string) => Number(h[field] ?? 0);
      const record = {
        requests: n('requests'),
        activeMs: n('active_ms'),
        activeGaps: n('active_gaps'),
        refusals: n('refusals'),
        pausedMs: n('paused_ms'),
        pausedUntil: n('paused_until'),
        pauses: { rate_limited: n('p_rate_limited'), refusals_cluster: n('p_refusals_cluster'), retry: n('p_retry') },
        slowdowns: n('slowdowns'),
        latencyGapMs: n('latency_gap'),
        refusalGapMs: n('refusal_gap'),
        crawlDelayMs: n('crawl_delay'),
      };
      out[host] = hostSnapshot(record, { gapMs: await this.gapMs(host), intervalMs: interval, now });
    }
    return out;
  }
}
