/** What a crawl run did, counted as it goes; the manifest carries it as `stages.crawl`. */
export interface CrawlStats {
  requests: number;
  bytes: number;
  pages_fetched: number;
  pages_new_or_changed: number;
  not_modified: number;
  unchanged_body: number;
  reused_without_request: number;
  sitemaps_read: number;
  /** Bodies not in the Content-Encoding they claimed, kept as they came (each logged with its URL). */
  bodies_read_as_sent: number;
  /** Sitemaps over 50 MB uncompressed, read up to that (each logged with its URL). */
  sitemaps_cut: number;
  redirects: number;
  retries: number;
  rejected: Record<string, number>;
  links_out_of_scope: number;
  links_not_followed: number;
  links_beyond_depth: number;
}

export const newCrawlStats = (): CrawlStats => ({
  requests: 0,
  bytes: 0,
  pages_fetched: 0,
  pages_new_or_changed: 0,
  not_modified: 0,
  unchanged_body: 0,
  reused_without_request: 0,
  sitemaps_read: 0,
  bodies_read_as_sent: 0,
  sitemaps_cut: 0,
  redirects: 0,
  retries: 0,
  rejected: {},
  links_out_of_scope: 0,
  links_not_followed: 0,
  links_beyond_depth: 0,
});
