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

interface HostState {
  inFlight: number;
  /** Earliest start of the next request: slots are handed out in order, one gap apart. */
  nextStart: number;
  /** When the last request actually started. */
  lastStart: number;
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
    this.clock = options.clock ?? (() => Date.now());
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { inFlight: 0, nextStart: 0, lastStart: Number.NEGATIVE_INFINITY, pausedUntil: 0, crawlDelayMs: 0, adaptiveMs: 0, requests: 0, pauses: 0 };
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
   * Waits for the host's next start slot and takes it. Slots are reserved in call order one
   * gap apart; a waiter that wakes too close to the last start (timers fire late on a busy
   * process) or inside a pause imposed while it slept goes back for a later slot, so starts
   * never come closer than the gap. False when `signal` aborts the wait.
   */
  async acquire(host: string, signal?: AbortSignal): Promise<boolean> {
    const s = this.state(host);
    for (;;) {
      if (signal?.aborted) return false;
      const now = this.clock();
      const gap = this.gapMs(host);
      const at = Math.max(now, s.nextStart, s.pausedUntil, s.lastStart + gap);
      s.nextStart = at + gap;
      if (at > now && !(await sleep(at - now, signal))) return false;
      const woke = this.clock();
      if (s.pausedUntil <= woke && woke - s.lastStart >= this.gapMs(host) - 1) {
        s.lastStart = woke;
        s.requests++;
        return true;
      }
    }
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
