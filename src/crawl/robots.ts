/**
 * robots.txt as RFC 9309 reads it, plus the two widespread extensions the RFC leaves out:
 * `Crawl-delay` and `Sitemap`. Pure: text in, rules out.
 */

export interface RobotsRules {
  isAllowed(url: URL): boolean;
  /** Seconds between requests asked of our user agent (its group, else `*`), or null. */
  readonly crawlDelaySeconds: number | null;
  /** `Sitemap:` lines, absolute URLs. */
  readonly sitemaps: readonly string[];
  /** Where the rules came from, for logs and the manifest. */
  readonly source: string;
  /** Set when robots.txt could not be read (5xx, network): nothing may be fetched for now. */
  readonly unavailable?: string;
}

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

/** Used when robots.txt is missing (4xx): everything may be crawled. */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelaySeconds: null, sitemaps: [], source: 'none' };

/** Used when robots.txt cannot be read (5xx, network): nothing may be crawled (RFC 9309 §2.3.1.4). */
export function disallowAll(why: string): RobotsRules {
  return { isAllowed: (url) => url.pathname === '/robots.txt', crawlDelaySeconds: null, sitemaps: [], source: why, unavailable: why };
}

/** RFC 9309 asks parsers to read at least 500 KiB; what is beyond is ignored. */
export const MAX_ROBOTS_BYTES = 500 * 1024;

/**
 * Rules for `userAgent` (its product token: `qa-harvest`). Groups naming our token win over
 * `*`; several groups for the same agent merge. The longest matching pattern decides, and
 * on a tie `Allow` wins. `*` matches any run of characters and a final `$` anchors the end.
 */
export function parseRobots(text: string, userAgent: string, base: string): RobotsRules {
  const token = productToken(userAgent);
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;

  for (const raw of text.slice(0, MAX_ROBOTS_BYTES).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'sitemap') {
      try {
        sitemaps.push(new URL(value, base).href);
      } catch {
        // A sitemap line that is not a URL says nothing.
      }
      continue;
    }
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value === '') continue;
      const pattern = encodePattern(value);
      current.rules.push({ allow: key === 'allow', pattern, regex: patternRegex(pattern) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }

  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && productToken(a) === token));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    isAllowed: (url) => isAllowed(rules, url),
    crawlDelaySeconds: delays.length ? Math.max(...delays) : null,
    sitemaps,
    source: `${base.replace(/\/$/, '')}/robots.txt`,
  };
}

function isAllowed(rules: readonly Rule[], url: URL): boolean {
  if (url.pathname === '/robots.txt') return true;
  const path = `${url.pathname}${url.search}`;
  let best: Rule | null = null;
  for (const rule of rules) {
    if (!rule.regex.test(path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best ? best.allow : true;
}

/** `qa-harvest/0.1.0 (+https://…)` → `qa-harvest`. */
function productToken(userAgent: string): string {
  return userAgent.trim().toLowerCase().split(/[\s/]/)[0] ?? '';
}

/** Patterns are compared with percent-encoded paths, so non-ASCII in the file is encoded the same way. */
function encodePattern(value: string): string {
  return value.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

function patternRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}
