import type { HostSnapshot } from './host-pacer.js';
import { redactUrl, type RedisLink } from './redis-link.js';
import * as lua from './redis-frontier-scripts.js';
import type { SharedPacer } from './shared-pacer.js';

/** A worker as --status shows it. */
export interface WorkerStatus {
  name: string;
  role: string;
  /** URLs it has claimed since it joined. */
  claims: number;
  /** Seconds since its last heartbeat. */
  seen_s_ago: number;
  in_flight: number;
}

export interface FrontierStatus {
  crawl_id: string;
  frontier: string;
  pass: number;
  pass_state: string;
  pass_started_at: string | null;
  pending: number;
  waiting_to_retry: number;
  in_flight: number;
  done: number;
  known: number;
  workers: WorkerStatus[];
  hosts: Record<string, HostSnapshot & { in_flight: number; paused_for_s: number }>;
}

/** What `crawl --status` shows of a crawl in Redis: the frontier's counts, each live worker, each host's pace. Reads only. */
export async function frontierStatus(link: RedisLink, crawlId: string, pacer: SharedPacer): Promise<FrontierStatus> {
  const prefix = lua.crawlPrefix(crawlId);
  const metaKey = `${prefix}meta`;
  const [pass, queued, retrying, leased, done, known, now] = await link.run<[number, number, number, number, number, number, string]>(lua.COUNTS, metaKey, ['']);
  const [state, startedAt] = await link.call((r) => r.hmget(metaKey, 'pass_state', 'pass_started_at'));
  const serverNow = Number(now);
  const live = await link.call((r) => r.zrangebyscore(`${prefix}workers`, serverNow, '+inf'));
  const tokens = await link.call((r) => r.hvals(`${prefix}leases`));
  const workers: WorkerStatus[] = [];
  for (const name of live) {
    const info = await link.call((r) => r.hgetall(`${prefix}w:${name}`));
    workers.push({
      name,
      role: info.role ?? 'worker',
      claims: Number(info.claims ?? 0),
      seen_s_ago: Math.max(0, Math.round((serverNow - Number(info.seen ?? serverNow)) / 100) / 10),
      in_flight: tokens.filter((t) => t.startsWith(`${name}#`)).length,
    });
  }
  const hosts: FrontierStatus['hosts'] = {};
  for (const [host, snapshot] of Object.entries(await pacer.snapshot())) {
    const [inflight, pausedUntil] = await link.call((r) => r.hmget(`${prefix}h:${host}`, 'inflight', 'paused_until'));
    hosts[host] = { ...snapshot, in_flight: Number(inflight ?? 0), paused_for_s: Math.max(0, Math.round((Number(pausedUntil ?? 0) - serverNow) / 100) / 10) };
  }
  return {
    crawl_id: crawlId,
    frontier: redactUrl(link.url),
    pass,
    pass_state: state ?? 'none',
    pass_started_at: startedAt ?? null,
    pending: queued,
    waiting_to_retry: retrying,
    in_flight: leased,
    done,
    known,
    workers,
    hosts,
  };
}
