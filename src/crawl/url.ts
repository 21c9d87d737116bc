/**
 * URL identity and scope: one page is one key however it is linked (fragment, default port,
 * trailing slash, tracking parameters, parameter order), and only configured hosts are crawled.
 * Pure functions; the crawler decides what to do with the answers.
 */

/** Query parameters that say where a visitor came from, never which page it is. */
export const DEFAULT_TRACKING_PARAMS: readonly (string | RegExp)[] = [
  /^utm_/i,
  'gclid',
  'fbclid',
  'msclkid',
  'yclid',
  'spm',
  'from',
  '_hsenc',
  'mc_cid',
  'mc_eid',
];

/** Extensions of things that are not pages: never requested, whatever they are linked as. */
const NOT_PAGE_EXTENSIONS = new Set(
  (
    'jpg jpeg png gif webp bmp svg ico tif tiff avif heic ' +
    'mp3 mp4 m4a wav ogg webm avi mov flv wmv amr ' +
    'css js mjs json map woff woff2 ttf otf eot ' +
    'pdf doc docx xls xlsx ppt pptx zip rar 7z gz tgz bz2 xz tar apk exe dmg iso swf'
  ).split(' '),
);

export interface NormalizeOptions {
  trackingParams?: readonly (string | RegExp)[];
}

/** `href` as an absolute http(s) URL without its fragment, or null when it is not one. */
export function absoluteHttpUrl(href: string, base?: string): URL | null {
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url;
}

/**
 * The key that identifies a page: lower-case scheme and host (the URL parser does that and
 * drops default ports), no fragment, no tracking parameters, the rest sorted, no trailing
 * slash except on the root, no empty query. What is requested stays the URL as linked
 * (minus fragment and tracking); the key only decides whether two links are one page.
 */
export function urlKey(url: URL | string, options: NormalizeOptions = {}): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  const path = u.pathname.length > 1 && u.pathname.endsWith('/') ? u.pathname.replace(/\/+$/, '') || '/' : u.pathname;
  let query = '';
  if (u.search.length > 1) {
    const params = cleanParams(u, options.trackingParams ?? DEFAULT_TRACKING_PARAMS);
    params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    if (params.length) query = `?${new URLSearchParams(params).toString()}`;
  }
  // The parser has already lower-cased scheme and host and dropped a default port.
  return `${u.protocol}//${u.host}${path}${query}`;
}

/** The URL to request: as linked, but without fragment and tracking parameters. */
export function requestUrl(url: URL, options: NormalizeOptions = {}): string {
  const base = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.search.length <= 1) return base;
  const tracking = options.trackingParams ?? DEFAULT_TRACKING_PARAMS;
  const params = cleanParams(url, tracking);
  if (params.length === [...url.searchParams.keys()].length) return `${base}${url.search}`;
  return params.length ? `${base}?${new URLSearchParams(params).toString()}` : base;
}

function isTracking(name: string, tracking: readonly (string | RegExp)[]): boolean {
  return tracking.some((t) => (typeof t === 'string' ? t === name.toLowerCase() : t.test(name)));
}

function cleanParams(u: URL, tracking: readonly (string | RegExp)[]): Array<[string, string]> {
  return [...u.searchParams.entries()].filter(([k]) => !isTracking(k, tracking));
}

/** False for links to images, media, scripts, documents and archives, by their extension. */
export function looksLikePage(url: URL): boolean {
  const last = url.pathname.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  if (dot <= 0) return true;
  return !NOT_PAGE_EXTENSIONS.has(last.slice(dot + 1).toLowerCase());
}

export interface ScopeOptions {
  /** Hosts (host[:port], lower case) whose pages are crawled. */
  hosts: readonly string[];
  /** URLs matching any of these are never crawled. */
  exclude?: readonly RegExp[];
}

/** Which URLs belong to the crawl: configured hosts only, minus exclusions. */
export class Scope {
  private readonly hosts: Set<string>;
  private readonly exclude: readonly RegExp[];

  constructor(options: ScopeOptions) {
    this.hosts = new Set(options.hosts.map((h) => h.toLowerCase()));
    this.exclude = options.exclude ?? [];
  }

  get hostList(): string[] {
    return [...this.hosts];
  }

  /** Null when the URL is in scope, otherwise why not. */
  check(url: URL): 'out_of_scope' | 'excluded' | null {
    if (!this.hosts.has(url.host.toLowerCase())) return 'out_of_scope';
    if (this.exclude.some((re) => re.test(url.href))) return 'excluded';
    return null;
  }
}

/**
 * Whether `to` is another page of the same list as `from`: same path and query shape, only
 * one number differs (`937_1.html` → `937_2.html`, `?page=3` → `?page=4`). Pagination does
 * not count as a step away from the start for --max-depth.
 */
export function isPaginationSibling(from: URL, to: URL): boolean {
  if (from.host !== to.host) return false;
  const a = `${from.pathname}?${from.search}`.split(/(\d+)/);
  const b = `${to.pathname}?${to.search}`.split(/(\d+)/);
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (i % 2 === 0) return false;
    differences++;
  }
  return differences === 1;
}
