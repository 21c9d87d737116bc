/**
 * Politeness per host: a pace (not a cap: request starts are spaced evenly), robots.txt's
 * Crawl-delay, a cap on requests in flight, pauses a server asks for (Retry-After), and an
 * adaptive delay that grows when the host answers slowly or refuses and shrinks as it recovers
 * (after Scrapy's AutoThrottle: aim for `latency / concurrency` between starts).
 */

export interface PacerOptions {
  /** Least milliseconds between two request starts to one host; 0 for none. */
  intervalMs: number;
  /** Requests in flight to one host; 0 for no cap. */
  hostConcurrency: number;
  /** Requests the adaptive delay aims to keep in flight per host. */
  targetConcurrency: number;
  /** Grow the delay when a host slows down or refuses, shrink it as it recovers. */
  adaptive: boolean;
  /** Ceiling of the adaptive delay (default one minute). */
  maxDelayMs?: number;
  clock?: () => number;
}

/** A start this close to its slot is on time (timers and clocks round differently). */
const EARLY_MS = 0.5;
/** How late a waiter may wake and still keep its slot's place in the schedule. */
const LATE_FORGIVEN_MS = 1.4;

interface HostState {
  inFlight: number;
  /** Where the last start stands in the schedule: the next is due one gap later. */
  slot: number;
  /** Where the next waiter lines up: waiters wake one gap apart rather than all at once. */
  lineEnd: number;
  pausedUntil: number;
  crawlDelayMs: number;
  adaptiveMs: number;
  requests: number;
  pauses: number;
}

export interface HostSnapshot {
  gap_ms: number;
  adaptive_ms: number;
  crawl_delay_ms: number;
  requests: number;
  pauses: number;
}

export class HostPacer {
  private readonly hosts = new Map<string, HostState>();
  private readonly clock: () => number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: PacerOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { inFlight: 0, slot: Number.NEGATIVE_INFINITY, lineEnd: 0, pausedUntil: 0, crawlDelayMs: 0, adaptiveMs: 0, requests: 0, pauses: 0 };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** The current spacing between request starts to `host`. */
  gapMs(host: string): number {
    const s = this.state(host);
    return Math.max(this.options.intervalMs, s.crawlDelayMs, this.options.adaptive ? s.adaptiveMs : 0);
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
    s.requests++;
    return true;
  }

  /** When the next request to the host may start: one gap after the last slot, and after any pause. */
  private due(s: HostState, host: string): number {
    return Math.max(s.pausedUntil, s.slot + this.gapMs(host));
  }

  /** No request starts to `host` for `ms` (Retry-After, or backoff after a refusal). */
  pause(host: string, ms: number): void {
    const s = this.state(host);
    const until = this.clock() + ms;
    if (until > s.pausedUntil) {
      s.pausedUntil = until;
      s.pauses++;
    }
  }

  pausedForMs(host: string): number {
    return Math.max(0, this.state(host).pausedUntil - this.clock());
  }

  /**
   * What a response says about the host's health: a refusal (429/503) or a timeout doubles
   * the adaptive delay; an answer moves it halfway towards latency / target concurrency.
   */
  observe(host: string, outcome: { latencyMs: number; refused: boolean }): void {
    if (!this.options.adaptive) return;
    const s = this.state(host);
    if (outcome.refused) {
      s.adaptiveMs = Math.min(this.maxDelayMs, Math.max(s.adaptiveMs * 2, this.options.intervalMs * 2, 500));
      return;
    }
    const target = outcome.latencyMs / Math.max(1, this.options.targetConcurrency);
    s.adaptiveMs = Math.min(this.maxDelayMs, (s.adaptiveMs + target) / 2);
  }

  snapshot(): Record<string, HostSnapshot> {
    const out: Record<string, HostSnapshot> = {};
    for (const [host, s] of this.hosts) {
      out[host] = { gap_ms: this.gapMs(host), adaptive_ms: Math.round(s.adaptiveMs), crawl_delay_ms: s.crawlDelayMs, requests: s.requests, pauses: s.pauses };
    }
    return out;
  }
}

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
