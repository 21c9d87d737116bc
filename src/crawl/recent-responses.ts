/**
 * The latest responses of one host, to tell a refusal that stands alone (its URL waits, nothing
 * else does) from refusals that cluster (the server is struggling: the host pauses and slows).
 */

export interface ClusterRule {
  /** How many of the latest responses are looked at. */
  responses: number;
  /** Refusals among them that make a cluster (for the pace, refusals and failures together). */
  refusals: number;
  /** Responses older than this are not looked at. */
  withinMs: number;
}

/** Five of the last twenty responses, within a minute: a quarter refused is no accident. */
export const DEFAULT_CLUSTER: ClusterRule = { responses: 20, refusals: 5, withinMs: 60_000 };

/** A good answer, a refusal (429, 503), or no good answer (a timeout, a network or server error). */
export type ResponseKind = 'ok' | 'refused' | 'failed';

export interface Judgement {
  /** Refusals among the recent responses make a cluster. */
  refusalsCluster: boolean;
  /** Refusals and failures together do. */
  struggling: boolean;
  /** Mean time between the recent responses: the pace the host has just seen. */
  spacingMs: number;
  /** The longest Retry-After the recent refusals asked for; null when none gave one. */
  longestRetryAfterMs: number | null;
}

interface Outcome {
  at: number;
  kind: ResponseKind;
  retryAfterMs: number | null;
}

export class RecentResponses {
  private outcomes: Outcome[] = [];

  constructor(private readonly rule: ClusterRule = DEFAULT_CLUSTER) {}

  add(at: number, kind: ResponseKind, retryAfterMs: number | null = null): void {
    this.outcomes.push({ at, kind, retryAfterMs });
    if (this.outcomes.length > this.rule.responses) this.outcomes.shift();
  }

  judge(now: number): Judgement {
    const recent = this.outcomes.filter((o) => now - o.at <= this.rule.withinMs);
    const refusals = recent.filter((o) => o.kind === 'refused');
    const asked = refusals.map((o) => o.retryAfterMs).filter((ms): ms is number => ms !== null);
    return {
      refusalsCluster: refusals.length >= this.rule.refusals,
      struggling: recent.filter((o) => o.kind !== 'ok').length >= this.rule.refusals,
      spacingMs: recent.length > 1 ? (recent[recent.length - 1]!.at - recent[0]!.at) / (recent.length - 1) : 0,
      longestRetryAfterMs: asked.length ? Math.max(...asked) : null,
    };
  }

  /** A cluster acted upon: the next one is judged on the responses after it. */
  clear(): void {
    this.outcomes = [];
  }
}
