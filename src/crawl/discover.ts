import type { Discovered, FrontierEntry, StoredPayload } from './frontier-store.js';
import type { CrawlSettings } from './options.js';
import type { SitemapContent } from './sitemap.js';
import type { CrawlStats } from './stats.js';
import { absoluteHttpUrl, isPaginationSibling, requestUrl, type Scope, urlKey } from './url.js';

/** Which of a page's links the crawl follows: its scope, --include/--exclude, --max-depth. */
export interface DiscoverContext {
  scope: Scope;
  settings: Pick<CrawlSettings, 'include' | 'exclude' | 'maxDepth'>;
  stats: CrawlStats;
}

/** The links of a stored page or sitemap, for a page kept or revalidated without reading it again. */
export function rediscover(stored: StoredPayload | null, entry: FrontierEntry, ctx: DiscoverContext): Discovered[] {
  if (!stored) return [];
  if (stored.kind === 'sitemap') return discoverListing(stored.listing, entry, ctx);
  return discover(stored.extraction.links, entry, stored.extraction.entries.length === 0, ctx);
}

export function discoverListing(listing: SitemapContent, entry: FrontierEntry, ctx: DiscoverContext): Discovered[] {
  const pages = discover(listing.pages, entry, false, ctx);
  const sitemaps: Discovered[] = [];
  for (const s of listing.sitemaps) {
    const u = absoluteHttpUrl(s);
    if (!u || ctx.scope.check(u)) continue;
    sitemaps.push({ key: urlKey(u), url: requestUrl(u), host: u.host, kind: 'sitemap', depth: entry.depth, hops: 0, parent: entry.key });
  }
  return [...pages, ...sitemaps];
}

/** The links worth following: in scope, wanted, within depth; pagination of a list keeps its depth. */
export function discover(links: readonly string[], from: FrontierEntry, listPage: boolean, ctx: DiscoverContext): Discovered[] {
  const fromUrl = new URL(from.url);
  const out: Discovered[] = [];
  const { include, exclude, maxDepth } = ctx.settings;
  for (const link of links) {
    const u = absoluteHttpUrl(link);
    if (!u) continue;
    if (ctx.scope.check(u)) {
      ctx.stats.links_out_of_scope++;
      continue;
    }
    if ((include.length && !include.some((re) => re.test(u.href))) || exclude.some((re) => re.test(u.href))) {
      ctx.stats.links_not_followed++;
      continue;
    }
    const depth = listPage && isPaginationSibling(fromUrl, u) ? from.depth : from.depth + 1;
    if (maxDepth !== null && depth > maxDepth) {
      ctx.stats.links_beyond_depth++;
      continue;
    }
    const key = urlKey(u);
    if (key === from.key) continue;
    out.push({ key, url: requestUrl(u), host: u.host, kind: 'page', depth, hops: 0, parent: from.key });
  }
  return out;
}
