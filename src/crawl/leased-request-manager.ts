import type { IRequestManager, Request, RequestQueueOperationInfo } from '@crawlee/http';
import { silentLogger, type Logger } from '../core/log.js';
import type { SharedFrontierStore } from './frontier-store.js';
import { LOOKAHEAD_MS, requestOf, StoreRequestSource, type CrawlUserData } from './request-manager.js';

/**
 * crawlee's request source for a shared frontier. A URL is claimed only when crawlee has a free
 * slot to fetch it in, so nothing waits in one worker's memory that another could fetch; the
 * claim's lease takes the host's in-flight place, which all workers share. A retry goes back to
 * the frontier's shared retry queue, ordered by the time it may start, and any worker takes it
 * then. The crawl is finished when nothing is pending, waiting or leased by any worker.
 */
export class LeasedRequestManager extends StoreRequestSource implements IRequestManager {
  /** Requests handed out that still hold their host's in-flight place. */
  private readonly placed = new Set<string>();

  constructor(
    private readonly store: SharedFrontierStore,
    private readonly options: { clock?: () => number; log?: Logger } = {},
  ) {
    super(options.clock);
  }

  async fetchNextRequest<T>(): Promise<Request<T & CrawlUserData> | null> {
    if (this.stopped) return null;
    const entry = await this.store.claim(LOOKAHEAD_MS);
    if (!entry) return null;
    const request = requestOf(entry);
    this.inFlight.set(request.uniqueKey, request);
    this.placed.add(request.uniqueKey);
    return request as Request<T & CrawlUserData>;
  }

  /** The last response of `request` is in: its host's place is free for the next request, whichever worker sends it. */
  releasePlace(request: Request): void {
    if (!this.placed.delete(request.uniqueKey)) return;
    const { entry } = (request as Request<CrawlUserData>).userData;
    // The finish frees the place too, should this be lost.
    this.store.releasePlace(entry).catch((err: unknown) => (this.options.log ?? silentLogger).warn('could not free a host place', { url: entry.url, error: String(err) }));
  }

  async isEmpty(): Promise<boolean> {
    if (this.stopped) return true;
    return !(await this.store.claimable(LOOKAHEAD_MS));
  }

  async isFinished(): Promise<boolean> {
    if (this.stopped || this.inFlight.size) return this.inFlight.size === 0;
    return this.store.drained();
  }

  getPendingCount(): number {
    return this.inFlight.size;
  }

  /** The visit stored its result (or was cut short by a stop): the lease is the store's business now. */
  async markRequestHandled(request: Request): Promise<RequestQueueOperationInfo | null> {
    if (this.inFlight.delete(request.uniqueKey)) this.handled++;
    this.placed.delete(request.uniqueKey);
    return null;
  }

  /**
   * A failure to retry: into the shared retry queue for its Retry-After or backoff, for any
   * worker. A worker that is stopping does the same: the others go on, and must wait as long.
   */
  async reclaimRequest(request: Request): Promise<RequestQueueOperationInfo | null> {
    if (!this.inFlight.delete(request.uniqueKey)) return null;
    this.placed.delete(request.uniqueKey);
    const { entry, notBefore } = (request as Request<CrawlUserData>).userData;
    const wait = Math.max(1, (notBefore ?? 0) - this.now());
    await this.store.requeue(entry, wait, request.retryCount);
    return null;
  }
}
