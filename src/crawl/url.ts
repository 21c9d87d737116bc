import { pageParams } from '../core/url.js';

/**
 * URL scope and requests: only configured hosts are crawled, and what is requested is the URL
 * as linked, less what never tells pages apart. Whether two links are one page is the URL
 * identity of core/url.ts (`urlKey`), which the published store shares. Pure functions; the
 * crawler decides what to do with the answers.
 */
export { urlKey } from '../core/url.js';

/** Extensions of things that are not pages: never requested, whatever they are linked as. */
const NOT_PAGE_EXTENSIONS = new Set(
  (
    'jpg jpeg png gif webp bmp svg ico tif tiff avif heic ' +
    'mp3 mp4 m4a wav ogg webm avi mov flv wmv amr ' +
    'css js mjs json map woff woff2 ttf otf eot ' +
    'pdf doc docx xls xlsx ppt pptx zip rar 7z gz tgz bz2 xz tar apk exe dmg iso swf'
  ).split(' '),
);

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

/** The URL to request: as linked, but without fragment and tracking parameters. */
export function requestUrl(url: URL): string {
  const base = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.search.length <= 1) return base;
  const params = pageParams(url);
  if (params.length === [...url.searchParams.keys()].length) return `${base}${url.search}`;
  return params.length ? `${base}?${new URLSearchParams(params).toString()}` : base;
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
