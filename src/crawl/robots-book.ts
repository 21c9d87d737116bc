import { FetchError, fetchOnce, retryAfterWait, type FetchResponse } from './fetcher.js';
import { backoffMs, sleep, type Pacer } from './host-pacer.js';
import { ALLOW_ALL, disallowAll, MAX_ROBOTS_BYTES, parseRobots, type RobotsRules } from './robots.js';

export interface RobotsBookOptions {
  userAgent: string;
  headers: Record<string, string>;
  timeoutMs: number;
  retries: number;
  /** Longest wait a Retry-After of robots.txt, or its Crawl-delay, gets (--max-wait). */
  maxWaitMs: number;
  pacer: Pacer;
  /** robots.txt shared by the workers of one crawl (a shared frontier's): read by one of them per host and run. */
  share?: RobotsShare;
  /** Stops waiting for slots and backoffs. */
  signal?: AbortSignal;
  /** Called for every response, for the crawl's request counts. */
  onResponse?: (response: FetchResponse) => void;
  onRules?: (origin: string, rules: RobotsRules) => void;
}

/** What robots.txt said, as it can be stored and shared: its text, no rules (4xx), or unreadable (5xx, no answer). */
export type RobotsRecord = { body: string; redirectedTo?: string } | { none: string } | { unavailable: string };

/** robots.txt shared by the workers of one crawl. */
export interface RobotsShare {
  /** What was read for `origin` in this run, reading it with `read` when no other worker is (or was) at it. */
  once(origin: string, read: () => Promise<RobotsRecord>): Promise<RobotsRecord>;
}

/** The crawl stopped while robots.txt was being read: nothing is decided about the host. */
export class RobotsStoppedError extends Error {}

const MAX_ROBOTS_REDIRECTS = 5;

/**
 * robots.txt of every origin the crawl touches, read once per run before any other request
 * to that origin (concurrent callers share the one fetch), paced like every request, with
 * Crawl-delay handed to the pacer. RFC 9309: up to five redirects are followed, to other hosts
 * too (the one request a host outside the crawl can get: the rules still apply to `origin`, and
 * its pages are never asked for); 4xx means no rules; 5xx or no answer means nothing may be
 * fetched until it can be read (here: until the next run).
 */
export class RobotsBook {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly options: RobotsBookOptions) {}

  forUrl(url: URL): Promise<RobotsRules> {
    const origin = url.origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      const { share } = this.options;
      const record = share ? share.once(origin, () => this.fetchRules(origin, url.host)) : this.fetchRules(origin, url.host);
      rules = record.then(async (found) => {
        const r = withinMaxWait(rulesOf(found, this.options.userAgent, origin), this.options.maxWaitMs);
        await this.options.pacer.setCrawlDelay(url.host, r.crawlDelaySeconds);
        this.options.onRules?.(origin, r);
        return r;
      });
      // A stop while reading is not an answer: the next caller asks again.
      rules.catch(() => this.byOrigin.delete(origin));
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }

  private async fetchRules(origin: string, host: string): Promise<RobotsRecord> {
    const { pacer, signal } = this.options;
    let url = `${origin}/robots.txt`;
    let redirects = 0;
    let failure = '';
    for (let attempt = 0; attempt <= this.options.retries; ) {
      if (!(await pacer.acquire(host, signal))) throw new RobotsStoppedError('stopped');
      let response: FetchResponse;
      try {
        response = await fetchOnce(url, {
          headers: { ...this.options.headers, accept: 'text/plain,*/*;q=0.5' },
          timeoutMs: this.options.timeoutMs,
          // The head of a larger file: RFC 9309 asks for at least 500 KiB to be read; the rest is ignored, not the whole file.
          maxBytes: MAX_ROBOTS_BYTES,
          keepHead: true,
          acceptType: () => true,
        });
      } catch (err) {
        failure = err instanceof FetchError ? `${err.kind}: ${err.message}` : String(err);
        await pacer.observe(host, { latencyMs: this.options.timeoutMs, refused: true });
        if (!(await sleep(backoffMs(attempt), signal))) throw new RobotsStoppedError('stopped');
        attempt++;
        continue;
      }
      this.options.onResponse?.(response);
      const { status } = response;
      await pacer.observe(host, { latencyMs: response.elapsedMs, refused: status === 429 || status === 503 });
      if (status >= 300 && status < 400 && response.headers.location && redirects < MAX_ROBOTS_REDIRECTS) {
        url = new URL(response.headers.location, url).href;
        redirects++;
        continue;
      }
      // Redirected (to another host too, as RFC 9309 allows): the manifest says where the rules came from.
      // Bytes in no coding they claim, and no text as they came: no rules can be read, and the same bytes would come again.
      if (status >= 200 && status < 300 && response.unread) return { unavailable: `${url} could not be read (${response.unread.detail})` };
      if (status >= 200 && status < 300) return { body: robotsText(response.body), ...(redirects ? { redirectedTo: url } : {}) };
      if (status === 429 || status >= 500) {
        failure = `HTTP ${status}`;
        const wait = retryAfterWait(response.headers['retry-after'], Date.now(), this.options.maxWaitMs);
        // A wait beyond --max-wait is not waited out: the host is unavailable for this run.
        if (wait?.beyond) return { unavailable: `${origin}/robots.txt could not be read (HTTP ${status} with Retry-After ${wait.askedMs / 1000} s, longer than --max-wait)` };
        await pacer.pause(host, wait?.ms ?? backoffMs(attempt));
        attempt++;
        continue;
      }
      // 4xx other than 429: the site has no rules for us.
      return { none: `${origin}/robots.txt: HTTP ${status}` };
    }
    return { unavailable: `${origin}/robots.txt could not be read (${failure})` };
  }
}

function rulesOf(record: RobotsRecord, userAgent: string, origin: string): RobotsRules {
  if ('body' in record) {
    const rules = parseRobots(record.body, userAgent, origin);
    return record.redirectedTo ? { ...rules, source: `${rules.source} → ${record.redirectedTo}` } : rules;
  }
  if ('none' in record) return { ...ALLOW_ALL, source: record.none };
  return disallowAll(record.unavailable);
}

/**
 * A Crawl-delay longer than --max-wait is not waited out between every two requests (a day's
 * delay would hold the crawl for days): the host is unavailable for this run, as Nutch's
 * fetcher.max.crawl.delay skips it, and a longer --max-wait crawls it at its pace.
 */
function withinMaxWait(rules: RobotsRules, maxWaitMs: number): RobotsRules {
  if (rules.unavailable || rules.crawlDelaySeconds === null || rules.crawlDelaySeconds * 1000 <= maxWaitMs) return rules;
  return disallowAll(`${rules.source} asks for a Crawl-delay of ${rules.crawlDelaySeconds} s, longer than --max-wait (${maxWaitMs / 1000} s)`);
}

/**
 * robots.txt is UTF-8 (RFC 9309), but sites of the genre save it in GBK as they do their pages:
 * read as UTF-8, a Disallow of a Chinese path would turn into replacement characters and
 * match nothing. Bytes that are not UTF-8 are read as GB18030 (GBK's superset); a sequence cut
 * at the end by the size cap is no reason to.
 */
function robotsText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true });
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}
