import { DEFAULT_CLUSTER, RecentResponses, type ClusterRule, type ResponseKind } from './recent-responses.js';

/**
 * Politeness per host: a pace (request starts spaced evenly, never closer than the gap),
 * robots.txt's Crawl-delay, a cap on requests in flight, pauses of the whole host when the
 * server asks for one, and an adaptive delay that follows the server's own signals: about
 * latency / concurrency between starts (after Scrapy's AutoThrottle), wider while refusals
 * cluster, and back as soon as answers are good again.
 *
 * A refusal (429, 503) is first about the request it answers: that URL's retry waits for its
 * Retry-After (the request manager holds it, without a slot). The whole host pauses only when
 * the server asks for it — a 429 (the client is too fast), or refusals that cluster — and then
 * for the time the server gave. With politeness off (`hostPauses: false`) nothing pauses the
 * host but the caller's own explicit `pause` (robots.txt read before anything else).
 */

export interface PacerOptions {
  /** Least milliseconds between two request starts to one host; 0 for none. */
  intervalMs: number;
  /** Requests in flight to one host; 0 for no cap. */
  hostConcurrency: number;
  /** Requests the adaptive delay aims to keep in flight per host. */
  targetConcurrency: number;
  /** Grow the delay when a host slows down or refusals cluster, shrink it as it recovers. */
  adaptive: boolean;
  /** Pause the whole host on a 429 or clustered refusals (default true; off with --impolite). */
  hostPauses?: boolean;
  /** When refusals cluster (default: 5 of the last 20 responses, within a minute). */
  cluster?: ClusterRule;
  /** Ceiling of the adaptive delay (default one minute). */
  maxDelayMs?: number;
  clock?: () => number;
}

/** A start this close to its slot is on time (timers and clocks round differently). */
const EARLY_MS = 0.5;
/** How late a waiter may wake and still keep its slot's place in the schedule. */
const LATE_FORGIVEN_MS = 1.4;

/** Why a host was paused: a 429, refusals that cluster, or a retry that holds the host anyway (robots.txt). */
export type PauseReason = 'rate_limited' | 'refusals_cluster' | 'retry';

export interface HostPause {
  ms: number;
  reason: PauseReason;
}

/** What one response (or failed exchange) says about its host. */
export interface ResponseSignal {
  /** Time to the response headers; for a failed exchange, to the failure. */
  latencyMs: number;
  /** Refused: 429 or 503 (robots.txt reading also counts a failed exchange). */
  refused: boolean;
  status?: number;
  /** No good answer: a timeout, a network error, a server error. */
  failed?: boolean;
  /** What Retry-After asked for. */
  retryAfterMs?: number | null;
}

interface HostState {
  inFlight: number;
  /** Where the last start stands in the schedule: the next is due one gap later. */
  slot: number;
  /** When the last request actually started. */
  lastStart: number;
  /** Where the next waiter lines up: waiters wake one gap apart rather than all at once. */
  lineEnd: number;
  pausedUntil: number;
  /** Pauses in a row with no good answer between them: the backoff step when no Retry-After is given. */
  pauseStreak: number;
  crawlDelayMs: number;
  latencyGapMs: number;
  refusalGapMs: number;
  recent: RecentResponses;
  requests: number;
  /** Time between consecutive starts, and how many such gaps, leaving out the gaps a pause fell in. */
  activeMs: number;
  activeGaps: number;
  refusals: number;
  pausedMs: number;
  pauses: Record<PauseReason, number>;
  slowdowns: number;
}

export interface HostSnapshot {
  /** --rate, requests per second; null for no limit. */
  rate_asked_per_s: number | null;
  /** Request starts per second, leaving out the gaps between starts that a pause fell in. */
  rate_achieved_per_s: number | null;
  requests: number;
  /** 429 and 503 answers. */
  refusals: number;
  /** Time the whole host was paused at the server's request. */
  paused_s: number;
  pauses: number;
  pause_reasons: Record<PauseReason, number>;
  /** Times the adaptive delay widened because refusals or failed exchanges clustered. */
  slowdowns: number;
  gap_ms: number;
  adaptive_ms: number;
  crawl_delay_ms: number;
}

type Awaitable<T> = T | Promise<T>;

/**
 * What the crawl asks of politeness, whoever keeps it: `HostPacer` in one process, or the state
 * all workers of a shared frontier keep in Redis (`SharedPacer`), where every step is atomic
 * and timed by the server's clock. The in-flight cap is not here: a request manager takes
 * places (`HostPacer.tryEnter`, or a shared frontier's claim).
 */
export interface Pacer {
  /** Waits for the host's next start and takes it; false when `signal` aborts the wait. */
  acquire(host: string, signal?: AbortSignal): Promise<boolean>;
  /** What a response says about its host; the pause it decided, if any. */
  observe(host: string, signal: ResponseSignal): Awaitable<HostPause | null>;
  /** No request starts to `host` for `ms`; the pause when it is a new one. */
  pause(host: string, ms: number, reason?: PauseReason): Awaitable<HostPause | null>;
  setCrawlDelay(host: string, seconds: number | null): Awaitable<void>;
  gapMs(host: string): Awaitable<number>;
  pausedForMs(host: string): Awaitable<number>;
  snapshot(): Awaitable<Record<string, HostSnapshot>>;
}

export class HostPacer implements Pacer {
  private readonly hosts = new Map<string, HostState>();
  private readonly clock: () => number;
  private readonly maxDelayMs: number;
  private readonly cluster: ClusterRule;
  private readonly hostPauses: boolean;

  constructor(private readonly options: PacerOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.cluster = options.cluster ?? DEFAULT_CLUSTER;
    this.hostPauses = options.hostPauses ?? true;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = {
        inFlight: 0,
        slot: Number.NEGATIVE_INFINITY,
        lastStart: Number.NEGATIVE_INFINITY,
        lineEnd: 0,
        pausedUntil: 0,
        pauseStreak: 0,
        crawlDelayMs: 0,
        latencyGapMs: 0,
        refusalGapMs: 0,
        recent: new RecentResponses(this.cluster),
        requests: 0,
        activeMs: 0,
        activeGaps: 0,
        refusals: 0,
        pausedMs: 0,
        pauses: { rate_limited: 0, refusals_cluster: 0, retry: 0 },
        slowdowns: 0,
      };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** The current spacing between request starts to `host`. */
  gapMs(host: string): number {
    const s = this.state(host);
    return Math.max(this.options.intervalMs, s.crawlDelayMs, this.options.adaptive ? Math.max(s.latencyGapMs, s.refusalGapMs) : 0);
  }

  setCrawlDelay(host: string, seconds: number | null): void {
    this.state(host).crawlDelayMs = seconds ? Math.round(seconds * 1000) : 0;
  }

  /** Takes one of the host's in-flight places, if one is free. */
  tryEnter(host: string): boolean {
    const s = this.state(host);
    if (this.options.hostConcurrency > 0 && s.inFlight >= this.options.hostConcurrency) return false;
    s.inFlight++;
    return true;
  }

  leave(host: string): void {
    const s = this.state(host);
    s.inFlight = Math.max(0, s.inFlight - 1);
  }

  /** Whether a place is free for `host` (without taking it). */
  hasRoom(host: string): boolean {
    return this.options.hostConcurrency <= 0 || this.state(host).inFlight < this.options.hostConcurrency;
  }

  /**
   * Whether a request to `host` may be handed out now: a free place, and no pause under way
   * beyond `withinMs` (a request handed out just before a pause ends waits for it in `acquire`,
   * and starts on time).
   */
  ready(host: string, withinMs = 0): boolean {
    return this.hasRoom(host) && this.state(host).pausedUntil - this.clock() <= withinMs;
  }

  /**
   * Waits for the host's next start and takes it. Waiters line up one gap apart; one that
   * wakes too early (a pause or a wider gap came in while it slept, another waiter went first)
   * waits for the rest, so starts never come closer than the gap, give or take two
   * milliseconds: a waiter that wakes a little late keeps its slot's place in the schedule, so
   * timer delays on a busy machine do not add up into a slower pace. False when `signal`
   * aborts the wait.
   */
  async acquire(host: string, signal?: AbortSignal): Promise<boolean> {
    const s = this.state(host);
    if (signal?.aborted) return false;
    let now = this.clock();
    let at = Math.max(now, s.lineEnd, this.due(s, host));
    s.lineEnd = at + this.gapMs(host);
    let waited = false;
    for (;;) {
      if (at > now + EARLY_MS) {
        if (!(await sleep(Math.ceil(at - now), signal))) return false;
        waited = true;
        now = this.clock();
      }
      at = this.due(s, host);
      if (at <= now + EARLY_MS) break;
    }
    s.slot = waited ? Math.max(at, now - LATE_FORGIVEN_MS) : now;
    if (s.requests > 0 && s.pausedUntil <= s.lastStart) {
      s.activeMs += now - s.lastStart;
      s.activeGaps++;
    }
    s.lastStart = now;
    s.requests++;
    return true;
  }

  /** When the next request to the host may start: one gap after the last slot, and after any pause. */
  private due(s: HostState, host: string): number {
    return Math.max(s.pausedUntil, s.slot + this.gapMs(host));
  }

  /**
   * No request starts to `host` for `ms`. Returns the pause when it is a new one, null when it
   * only extends (or falls within) the pause under way.
   */
  pause(host: string, ms: number, reason: PauseReason = 'retry'): HostPause | null {
    const s = this.state(host);
    const now = this.clock();
    const until = now + ms;
    if (until <= s.pausedUntil) return null;
    const fresh = s.pausedUntil <= now;
    s.pausedMs += until - Math.max(now, s.pausedUntil);
    s.pausedUntil = until;
    if (!fresh) return null;
    s.pauses[reason]++;
    s.pauseStreak++;
    return { ms, reason };
  }

  pausedForMs(host: string): number {
    return Math.max(0, this.state(host).pausedUntil - this.clock());
  }

  /**
   * What a response says about its host. A good answer moves the latency delay halfway towards
   * latency / target concurrency and halves what refusals added. A refusal alone changes
   * nothing for the other URLs; a 429 pauses the host for its Retry-After, and so does a
   * refusal that completes a cluster, which also doubles the gap (never beyond the longest
   * Retry-After the server gave). Returns the pause decided, if any.
   */
  observe(host: string, signal: ResponseSignal): HostPause | null {
    const s = this.state(host);
    const now = this.clock();
    const kind: ResponseKind = signal.refused ? 'refused' : signal.failed ? 'failed' : 'ok';
    s.recent.add(now, kind, signal.retryAfterMs ?? null);
    if (kind === 'ok') {
      s.pauseStreak = 0;
      const target = signal.latencyMs / Math.max(1, this.options.targetConcurrency);
      s.latencyGapMs = Math.min(this.maxDelayMs, (s.latencyGapMs + target) / 2);
      s.refusalGapMs = s.refusalGapMs >= 2 ? s.refusalGapMs / 2 : 0;
      return null;
    }
    if (kind === 'refused') s.refusals++;

    const judged = s.recent.judge(now);
    let pause: HostPause | null = null;
    if (this.hostPauses && kind === 'refused' && (signal.status === 429 || judged.refusalsCluster)) {
      pause = this.pause(host, signal.retryAfterMs ?? backoffMs(s.pauseStreak), signal.status === 429 ? 'rate_limited' : 'refusals_cluster');
    }
    if (this.options.adaptive && judged.struggling) {
      // Half the request rate the host has just seen, at most as slow as its longest Retry-After.
      const ceiling = Math.min(this.maxDelayMs, judged.longestRetryAfterMs ?? this.maxDelayMs);
      s.refusalGapMs = Math.min(ceiling, 2 * Math.max(this.gapMs(host), judged.spacingMs));
      s.slowdowns++;
    }
    if (judged.struggling) s.recent.clear();
    return pause;
  }

  snapshot(): Record<string, HostSnapshot> {
    const now = this.clock();
    const out: Record<string, HostSnapshot> = {};
    for (const [host, s] of this.hosts) out[host] = hostSnapshot(s, { gapMs: this.gapMs(host), intervalMs: this.options.intervalMs, now });
    return out;
  }
}

/** What the snapshot of a host is made of, in the pacer of one process or in the state all workers share. */
export type PaceRecord = Pick<
  HostState,
  'requests' | 'activeMs' | 'activeGaps' | 'refusals' | 'pausedMs' | 'pausedUntil' | 'pauses' | 'slowdowns' | 'latencyGapMs' | 'refusalGapMs' | 'crawlDelayMs'
>;

/** A host's pace for the manifest: asked and achieved rate, refusals, pauses (the one under way counted up to `now`). */
export function hostSnapshot(s: PaceRecord, at: { gapMs: number; intervalMs: number; now: number }): HostSnapshot {
  return {
    rate_asked_per_s: at.intervalMs > 0 ? round(1000 / at.intervalMs, 2) : null,
    rate_achieved_per_s: s.activeMs > 0 ? round((s.activeGaps * 1000) / s.activeMs, 2) : null,
    requests: s.requests,
    refusals: s.refusals,
    paused_s: round((s.pausedMs - Math.max(0, s.pausedUntil - at.now)) / 1000, 3),
    pauses: s.pauses.rate_limited + s.pauses.refusals_cluster + s.pauses.retry,
    pause_reasons: { ...s.pauses },
    slowdowns: s.slowdowns,
    gap_ms: Math.round(at.gapMs),
    adaptive_ms: Math.round(Math.max(s.latencyGapMs, s.refusalGapMs)),
    crawl_delay_ms: s.crawlDelayMs,
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Exponential backoff with equal jitter: half the step fixed, half random; bounded by `capMs`. */
export function backoffMs(attempt: number, baseMs = 1000, capMs = 60_000, random: () => number = Math.random): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
