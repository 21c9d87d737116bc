/**
 * What a kit site records of every request, on arrival, and the questions tests ask of it:
 * how busy the busiest second was, the gaps between requests, how long a crawler waited
 * before asking again for a URL that was refused.
 */

export interface LoggedRequest {
  /** Arrival, ms on the performance clock. */
  at: number;
  method: string;
  /** Path and query as requested. */
  path: string;
  host: string;
  userAgent: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  /** The status answered (set when the answer is chosen, before any delay). */
  status: number;
  /** `Retry-After` of the answer, as sent, or null. */
  retryAfter: string | null;
  /** When the answer was sent, or the client went away: ms on the performance clock (unset while in flight). */
  doneAt?: number;
}

/** Requests that are not robots.txt or sitemaps. */
export function pageRequests(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => r.path !== '/robots.txt' && !r.path.startsWith('/sitemap'));
}

/**
 * The most requests that arrived within any `windowMs`, less the jitter of arrival: a request's arrival is noted when the
 * server's event loop gets to it, and a stall of either process on a busy machine (a collection, another test's work)
 * sends one late and notes the next on time, so two starts a gap apart arrive closer. 25 ms was too little on 2 cores
 * under the whole suite (21 arrivals within 975 ms at 20/s, where the pacer spaces 21 starts over at least 998 ms).
 */
export function busiestWindow(log: readonly LoggedRequest[], windowMs = 1000, jitterMs = 50): number {
  const times = log.map((r) => r.at).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! > windowMs - jitterMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Milliseconds between one arrival and the next, in arrival order. */
export function gaps(log: readonly LoggedRequest[]): number[] {
  const times = log.map((r) => r.at).sort((a, b) => a - b);
  return times.slice(1).map((t, i) => t - times[i]!);
}

export interface RetryDelay {
  path: string;
  /** 429 or 503. */
  status: number;
  /** What the refusal asked for, seconds (null without a Retry-After in seconds). */
  retryAfterS: number | null;
  /** From the refusal's arrival to the next request for the same path; null if none came. */
  waitedMs: number | null;
}

/** For every refusal (429, 503), how long the client waited before asking for that path again. */
export function retryDelays(log: readonly LoggedRequest[]): RetryDelay[] {
  const out: RetryDelay[] = [];
  log.forEach((r, i) => {
    if (r.status !== 429 && r.status !== 503) return;
    const next = log.slice(i + 1).find((later) => later.path === r.path);
    const seconds = r.retryAfter !== null && /^\d+$/.test(r.retryAfter) ? Number(r.retryAfter) : null;
    out.push({ path: r.path, status: r.status, retryAfterS: seconds, waitedMs: next ? next.at - r.at : null });
  });
  return out;
}

/** The most requests the server had in flight at once (arrived, not yet answered or abandoned). */
export function mostInFlight(log: readonly LoggedRequest[]): number {
  const events = log.flatMap((r) => [
    { at: r.at, delta: 1 },
    { at: r.doneAt ?? Number.POSITIVE_INFINITY, delta: -1 },
  ]);
  // An answer and the next arrival at the same instant: the answer first.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let now = 0;
  let most = 0;
  for (const e of events) most = Math.max(most, (now += e.delta));
  return most;
}
