import robotsParserModule from 'robots-parser';

// robots-parser is CommonJS and its types say `export default`: under NodeNext the default
// import is module.exports, which is the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/**
 * robots.txt as RFC 9309 reads it, plus the two widespread extensions the RFC leaves out:
 * `Crawl-delay` and `Sitemap`. Pure: text in, rules out.
 *
 * The reading is robots-parser's: groups by product token (case-insensitive, merged when a
 * token has several), the `*` group when none names us, the longest matching rule deciding with
 * Allow winning ties, `*` and a final `$` in patterns, non-ASCII patterns percent-encoded,
 * comments, CR/LF/CRLF lines, a BOM. This file is a thin wrapper for what the library (3.0.1)
 * gets wrong against RFC 9309 or leaves to us, each checked in test/crawl-robots.test.ts:
 * 1. A group that names us but holds no rule (RFC 9309 §5.1, `User-Agent: quxbot`) applies no
 *    rules; the library falls back to `*`. So when a group names our token, the `*` groups are
 *    hidden from it.
 * 2. Percent-encoding (§2.2.2, §2.2.3): `%2A` and `%24` in a rule match a literal `*` and `$`
 *    in the URL, an unreserved character matches its percent-encoding (`/baz` and
 *    `/%62%61%7A`), and characters a URL may carry raw (`|`, `[`, `]`, `^`) match the same in a
 *    rule; the library compares the rule's encodeURI form with the URL as it stands. So
 *    unreserved characters are decoded in rules and URLs alike, and the URL's path and query are
 *    put into the library's form for rules before they are compared.
 * 3. `/robots.txt` is always allowed (§2.2.2).
 * 4. Our user agent is `qa-harvest/<version> (+<contact>)`; the library cuts a user agent at its
 *    first `/` only, so it is given our product token.
 * And what RFC 9309 leaves to us: Crawl-delay must be a number of seconds, 0 or more (the
 * library keeps any number); Sitemap lines are resolved against the site and kept only when
 * they are URLs; only the first 500 KiB are read.
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

/** Used when robots.txt is missing (4xx): everything may be crawled. */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelaySeconds: null, sitemaps: [], source: 'none' };

/** Used when robots.txt cannot be read (5xx, network): nothing may be crawled (RFC 9309 §2.3.1.4). */
export function disallowAll(why: string): RobotsRules {
  return { isAllowed: (url) => url.pathname === '/robots.txt', crawlDelaySeconds: null, sitemaps: [], source: why, unavailable: why };
}

/** RFC 9309 asks parsers to read at least 500 KiB; what is beyond is ignored. */
export const MAX_ROBOTS_BYTES = 500 * 1024;

/** Rules for `userAgent` (its product token: `qa-harvest`) on the site at `base`. */
export function parseRobots(text: string, userAgent: string, base: string): RobotsRules {
  const origin = new URL(base).origin;
  const token = productToken(userAgent);
  let file = text.slice(0, MAX_ROBOTS_BYTES).replace(/^\uFEFF/, '');
  // (1) A group naming us, even an empty one, is ours: `*` must not stand in for it.
  if (agentLines(file).some((agent) => libraryAgent(agent) === token)) file = file.replace(AGENT_LINE, (line, key: string, agent: string) => (agent.trim() === '*' ? `${key}*not-for-${token}` : line));
  // (2) Rules in the form URLs are compared in.
  file = file.replace(RULE_LINE, (_, key: string, pattern: string) => key + comparablePattern(pattern.trim()));
  const robots = robotsParser(`${origin}/robots.txt`, file);

  const delay = robots.getCrawlDelay(token);
  const sitemaps: string[] = [];
  for (const line of robots.getSitemaps()) {
    try {
      sitemaps.push(new URL(line, origin).href);
    } catch {
      // A sitemap line that is not a URL says nothing.
    }
  }
  return {
    // (3) robots.txt itself; the rest as the library decides, on a URL of the file's own origin.
    isAllowed: (url) => url.pathname === '/robots.txt' || robots.isAllowed(`${origin}${comparablePath(url)}`, token) !== false,
    crawlDelaySeconds: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? delay : null,
    sitemaps,
    source: `${origin}/robots.txt`,
  };
}

const AGENT_LINE = /^([ \t]*user-agent[ \t]*:)([^#\r\n]*)/gim;
const RULE_LINE = /^([ \t]*(?:allow|disallow)[ \t]*:)([^#\r\n]*)/gim;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

function agentLines(file: string): string[] {
  return [...file.matchAll(AGENT_LINE)].map((m) => m[2]!);
}

/** (4) `qa-harvest/0.1.0 (+https://…)` → `qa-harvest`. */
function productToken(userAgent: string): string {
  return userAgent.trim().toLowerCase().split(/[\s/]/)[0] ?? '';
}

/** How robots-parser keys a `User-agent:` value (lower case, cut at `/`), so that we find the groups it will. */
function libraryAgent(value: string): string {
  return value.toLowerCase().split('/')[0]!.trim();
}

/** `%62` → `b`; reserved and other characters stay encoded, in upper case. */
function decodeUnreserved(encoded: string): string {
  const char = String.fromCharCode(parseInt(encoded.slice(1), 16));
  return UNRESERVED.test(char) ? char : encoded.toUpperCase();
}

/** A rule's pattern with unreserved characters decoded, and a `$` that does not end it written as the literal it is. */
function comparablePattern(pattern: string): string {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).replace(/%[0-9A-Fa-f]{2}/g, decodeUnreserved).replace(/\$/g, '%24');
  return ` ${body}${anchored ? '$' : ''}`;
}

/**
 * A URL's path and query in the form robots-parser gives patterns (encodeURI's, unreserved
 * characters decoded), with a literal `*` and `$` encoded so that only `%2A` and `%24` in a rule
 * match them.
 */
function comparablePath(url: URL): string {
  return `${url.pathname}${url.search}`.replace(/%[0-9A-Fa-f]{2}|[^%]/g, (c) => {
    if (c.length === 3) return decodeUnreserved(c);
    if (c === '*') return '%2A';
    if (c === '$') return '%24';
    return encodeURI(c);
  });
}
