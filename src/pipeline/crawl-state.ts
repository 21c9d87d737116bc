import { faultPoint, type FaultStep } from '../core/faults.js';
import type { Logger } from '../core/log.js';
import { isShared, LeaseLostError, type Discovered, type FrontierEntry, type FrontierStore, type SharedFrontierStore, type SharedRun, type StoredCrawl, type VisitResult } from '../crawl/frontier-store.js';
import type { CrawlSettings } from '../crawl/options.js';

/** The crawl state could not be written: the crawl stopped where its last page was recorded. */
export class CrawlStateError extends Error {
  constructor(readonly path: string, cause: Error) {
    super(`the crawl state ${path} could not be written (${cause.message}): the crawl stopped, nothing was published; the next run continues from the last page recorded`);
  }
}

/**
 * The crawl's store, as the crawl of a run uses it: its first failed write (a full disk, an I/O
 * error) stops the crawl (`onFailure`), and every write after it fails the same way, so that a
 * crawl that cannot record what it fetches neither goes on fetching nor publishes. Each write
 * is a named step of the fault suite.
 */
export class GuardedState implements FrontierStore {
  failure: CrawlStateError | null = null;

  constructor(
    private readonly store: FrontierStore,
    private readonly path: string,
    private readonly onFailure: () => void,
  ) {}

  protected async write<T>(step: FaultStep | null, work: () => Promise<T>): Promise<T> {
    if (this.failure) throw this.failure;
    try {
      if (step) faultPoint(step);
      return await work();
    } catch (err) {
      // A shared frontier refusing the result of a lease taken back is an answer, not a failed write.
      if (err instanceof LeaseLostError) throw err;
      this.failure = new CrawlStateError(this.path, err as Error);
      this.onFailure();
      throw this.failure;
    }
  }

  begin(now: Date) {
    return this.write('crawl-begin', () => this.store.begin(now));
  }
  add(urls: readonly Discovered[]) {
    return this.write('crawl-add', () => this.store.add(urls));
  }
  finish(entry: FrontierEntry, result: VisitResult, discovered: readonly Discovered[]) {
    return this.write('crawl-finish', () => this.store.finish(entry, result, discovered));
  }
  recordAttempt(key: string, attempts: number) {
    return this.write(null, () => this.store.recordAttempt(key, attempts));
  }
  completePass() {
    return this.write('crawl-complete', () => this.store.completePass());
  }
  setMeta(name: string, value: string) {
    return this.write(null, () => this.store.setMeta(name, value));
  }
  reviseRejects(reasons: readonly string[]) {
    return this.write(null, () => this.store.reviseRejects(reasons));
  }
  // Reads go straight through.
  pending = (afterSeq: number, limit: number) => this.store.pending(afterSeq, limit);
  previous = (key: string) => this.store.previous(key);
  payload = (key: string) => this.store.payload(key);
  counts = () => this.store.counts();
  results = () => this.store.results();
  redirectOf = (key: string) => this.store.redirectOf(key);
  getMeta = (name: string) => this.store.getMeta(name);
  close = () => this.store.close();
}

/**
 * A shared frontier's store, guarded the same way: its writes (claims, requeues, the pass's
 * opening, the --max-pages budget) stop the crawl when they fail (the server stayed away past
 * its give-up time); its reads, the politeness and robots.txt it shares go straight through.
 */
export class GuardedSharedState extends GuardedState implements SharedFrontierStore {
  readonly shared = true;

  constructor(
    private readonly frontier: SharedFrontierStore,
    where: string,
    onFailure: () => void,
  ) {
    super(frontier, where, onFailure);
  }

  get worker() {
    return this.frontier.worker;
  }
  open(now: Date, crawl: StoredCrawl, run: SharedRun) {
    return this.write('crawl-begin', () => this.frontier.open(now, crawl, run));
  }
  opened() {
    return this.write(null, () => this.frontier.opened());
  }
  claim(lookaheadMs: number) {
    return this.write(null, () => this.frontier.claim(lookaheadMs));
  }
  releasePlace(entry: FrontierEntry) {
    return this.write(null, () => this.frontier.releasePlace(entry));
  }
  requeue(entry: FrontierEntry, waitMs: number, attempts: number) {
    return this.write(null, () => this.frontier.requeue(entry, waitMs, attempts));
  }
  takePage() {
    return this.write(null, () => this.frontier.takePage());
  }
  join = (waitMs?: number) => this.frontier.join(waitMs);
  claimable = (lookaheadMs: number) => this.frontier.claimable(lookaheadMs);
  drained = () => this.frontier.drained();
  timeLeftMs = () => this.frontier.timeLeftMs();
  // Heartbeats and leaving keep the leases honest even after a failure: they are not the crawl's record.
  startWorker = (role: 'opener' | 'worker') => this.frontier.startWorker(role);
  leave = () => this.frontier.leave();
  pacer = () => this.frontier.pacer();
  robots = () => this.frontier.robots();
}

/** `store` guarded for a crawl (see GuardedState); `where` names it in the error: a file, or a frontier and crawl. */
export function guardState(store: FrontierStore, where: string, onFailure: () => void): GuardedState {
  return isShared(store) ? new GuardedSharedState(store, where, onFailure) : new GuardedState(store, where, onFailure);
}

/** The rejects a setting causes, with what of the settings decides them. */
const REJECTS_OF_SETTINGS: Record<string, (s: CrawlSettings) => unknown> = {
  too_large: (s) => s.maxPageBytes,
  redirect_out_of_scope: (s) => [s.hosts.toSorted(), s.exclude.map(String)],
  too_many_redirects: (s) => s.maxRedirects,
};
const SETTINGS_META = 'reject_settings';

/**
 * A reject that a setting caused (a size limit, the hosts and --exclude, the redirect limit)
 * is asked for again when that setting changed since it was stored, whatever the revisit
 * rules say; one the server caused follows them. Returns the reasons retried.
 */
export async function retryRejectsOfChangedSettings(store: FrontierStore, settings: CrawlSettings, log: Logger): Promise<string[]> {
  const now = Object.fromEntries(Object.entries(REJECTS_OF_SETTINGS).map(([reason, of]) => [reason, JSON.stringify(of(settings))]));
  const stored = JSON.parse((await store.getMeta(SETTINGS_META)) ?? '{}') as Record<string, string>;
  const changed = Object.keys(now).filter((reason) => reason in stored && stored[reason] !== now[reason]);
  if (changed.length) {
    const n = await store.reviseRejects(changed);
    if (n) log.info('settings changed: the pages they rejected are asked for again', { reasons: changed, pages: n });
  }
  await store.setMeta(SETTINGS_META, JSON.stringify(now));
  return changed;
}
