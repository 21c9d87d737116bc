import { Request, type IRequestManager, type RequestQueueOperationInfo } from '@crawlee/http';
import type { FrontierEntry, FrontierStore } from './frontier-store.js';
import type { HostPacer } from './host-pacer.js';

/** crawlee looks for work every 50 ms: a request for a paused host is handed out this much before the pause ends. */
export const LOOKAHEAD_MS = 100;

export interface CrawlUserData {
  entry: FrontierEntry;
  /** Earliest time (ms) a retry may start: Retry-After, or backoff after a failure. */
  notBefore?: number;
  [key: string]: unknown;
}

/**
 * What every request source backed by a frontier store shares: crawlee's bookkeeping, and no
 * way in for URLs but the store.
 */
export abstract class StoreRequestSource {
  protected handled = 0;
  protected stopped = false;
  /** Requests handed out and not yet handled. */
  protected readonly inFlight = new Map<string, Request<CrawlUserData>>();
  /** Set by crawlee; unused here. */
  internalTimeoutMillis = 0;
  requestLockSecs = 0;

  constructor(private readonly clock?: () => number) {}

  /** Hand out nothing more; in-flight requests finish, and what is pending stays pending. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  protected now(): number {
    return this.clock?.() ?? Date.now();
  }

  abstract fetchNextRequest<T>(): Promise<Request<T & CrawlUserData> | null>;
  abstract getPendingCount(): number;

  async handledCount(): Promise<number> {
    return this.handled;
  }

  getTotalCount(): number {
    return this.handled + this.getPendingCount();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Request> {
    for (;;) {
      const request = await this.fetchNextRequest();
      if (!request) return;
      yield request;
    }
  }

  async addRequest(): Promise<RequestQueueOperationInfo> {
    throw new Error('the crawl adds URLs through its frontier store, not through crawlee');
  }

  async addRequestsBatched(): Promise<never> {
    throw new Error('the crawl adds URLs through its frontier store, not through crawlee');
  }
}

/** A claimed entry as crawlee's request: it retries with the attempts the frontier counted. */
export function requestOf(entry: FrontierEntry): Request<CrawlUserData> {
  const request = new Request<CrawlUserData>({ url: entry.url, uniqueKey: entry.key, userData: { entry } });
  request.retryCount = entry.attempts;
  return request;
}

/**
 * crawlee's request source, backed by the frontier store instead of crawlee's own queue:
 * crawlee keeps scheduling, concurrency and retries, while what is pending lives in the
 * store only. Nothing is locked on disk; a request handed out and never finished is still
 * pending after a crash. Only requests whose host has a free in-flight place and is not paused
 * are handed out, so no slot waits on a paused host. A retry waits for its Retry-After or
 * backoff here, in memory, holding no slot while other URLs go on (a restart simply retries
 * it at once).
 */
export class FrontierRequestManager extends StoreRequestSource implements IRequestManager {
  private buffer: FrontierEntry[] = [];
  private readonly retries: Array<{ request: Request<CrawlUserData>; notBefore: number }> = [];
  /** Requests handed out that still hold their host's in-flight place. */
  private readonly placed = new Set<string>();
  private cursor = 0;
  private drained = false;
  private refilling: Promise<void> | null = null;

  constructor(
    private readonly store: FrontierStore,
    private readonly pacer: HostPacer,
    private readonly options: { batch?: number; clock?: () => number } = {},
  ) {
    super(options.clock);
  }

  /** Tops the buffer up from the store; concurrent callers share one read, so no URL is read twice. */
  private refill(): Promise<void> {
    this.refilling ??= this.read().finally(() => (this.refilling = null));
    return this.refilling;
  }

  private async read(): Promise<void> {
    const batch = this.options.batch ?? 500;
    if (this.buffer.length > batch / 4) return;
    const rows = await this.store.pending(this.cursor, batch);
    if (rows.length) {
      this.cursor = rows[rows.length - 1]!.seq;
      this.buffer.push(...rows);
    }
    this.drained = rows.length < batch;
  }

  /** Index of the first retry past its wait whose host is ready (room, no pause), or -1. */
  private readyRetry(): number {
    const now = this.now();
    return this.retries.findIndex((r) => r.notBefore <= now && this.pacer.ready(r.request.userData.entry.host, LOOKAHEAD_MS));
  }

  private readyEntry(): number {
    return this.buffer.findIndex((e) => this.pacer.ready(e.host, LOOKAHEAD_MS));
  }

  async fetchNextRequest<T>(): Promise<Request<T & CrawlUserData> | null> {
    if (this.stopped) return null;
    const r = this.readyRetry();
    if (r >= 0) {
      const { request } = this.retries.splice(r, 1)[0]!;
      return this.dispatch(request) as Request<T & CrawlUserData>;
    }
    await this.refill();
    const i = this.readyEntry();
    if (i < 0) return null;
    const entry = this.buffer.splice(i, 1)[0]!;
    return this.dispatch(requestOf(entry)) as Request<T & CrawlUserData>;
  }

  private dispatch(request: Request<CrawlUserData>): Request<CrawlUserData> | null {
    if (!this.pacer.tryEnter(request.userData.entry.host)) return null;
    this.inFlight.set(request.uniqueKey, request);
    this.placed.add(request.uniqueKey);
    return request;
  }

  /**
   * The last response of `request` is in: its host's in-flight place is free for the next
   * request while this page is read and stored (a place is for a request to the server, not for
   * our own work on its answer).
   */
  releasePlace(request: Request): void {
    if (!this.placed.delete(request.uniqueKey)) return;
    this.pacer.leave((request as Request<CrawlUserData>).userData.entry.host);
  }

  private release(request: Request): boolean {
    const known = this.inFlight.get(request.uniqueKey);
    if (!known) return false;
    this.inFlight.delete(request.uniqueKey);
    this.releasePlace(known);
    return true;
  }

  async isEmpty(): Promise<boolean> {
    if (this.stopped) return true;
    if (this.readyRetry() >= 0) return false;
    await this.refill();
    return this.readyEntry() < 0;
  }

  async isFinished(): Promise<boolean> {
    if (this.stopped) return this.inFlight.size === 0;
    if (this.inFlight.size || this.retries.length || this.buffer.length) return false;
    await this.refill();
    return this.buffer.length === 0 && this.drained;
  }

  getPendingCount(): number {
    return this.buffer.length + this.retries.length + this.inFlight.size;
  }

  async markRequestHandled(request: Request): Promise<RequestQueueOperationInfo | null> {
    if (this.release(request)) this.handled++;
    return null;
  }

  async reclaimRequest(request: Request): Promise<RequestQueueOperationInfo | null> {
    if (!this.release(request)) return null;
    const typed = request as Request<CrawlUserData>;
    // When stopping, a retry is left for the next run: it is still pending in the store.
    if (!this.stopped) this.retries.push({ request: typed, notBefore: typed.userData.notBefore ?? 0 });
    return null;
  }
}
