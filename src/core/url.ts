/**
 * URL identity: one page is one key however it is linked (fragment, default port, trailing
 * slash, tracking parameters, parameter order, case of scheme and host). The crawler keys its
 * frontier with it and the published store keys entries by it, so a page the crawler takes for
 * one is one entry identity across runs too. Pure functions.
 */

/**
 * Query parameters that say where a visitor came from, never which page it is: analytics
 * (utm_*, gclid, fbclid, msclkid, yclid, _hsenc, mc_cid, mc_eid), and the attribution that sites
 * of the genre append to shared links (spm, from, source, share_from).
 */
const TRACKING_PARAMS: readonly (string | RegExp)[] = [
  /^utm_/i,
  'gclid',
  'fbclid',
  'msclkid',
  'yclid',
  'spm',
  'from',
  'source',
  // Not a bare `share`: some sites key a page by it (`?share=<id>`), and the frontier would take such pages for one.
  'share_from',
  '_hsenc',
  'mc_cid',
  'mc_eid',
];

function isTracking(name: string): boolean {
  return TRACKING_PARAMS.some((t) => (typeof t === 'string' ? t === name.toLowerCase() : t.test(name)));
}

/** The query parameters that tell pages apart, in the order the URL has them. */
export function pageParams(url: URL): Array<[string, string]> {
  return [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
}

/**
 * The key that identifies a page: lower-case scheme and host (the URL parser does that and
 * drops default ports), no fragment, no tracking parameters, the rest sorted, no trailing
 * slash except on the root, no empty query.
 */
export function urlKey(url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  const path = u.pathname.length > 1 && u.pathname.endsWith('/') ? u.pathname.replace(/\/+$/, '') || '/' : u.pathname;
  let query = '';
  if (u.search.length > 1) {
    const params = pageParams(u);
    params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    if (params.length) query = `?${new URLSearchParams(params).toString()}`;
  }
  return `${u.protocol}//${u.host}${path}${query}`;
}

/** A URL as an entry carries it (text, perhaps not a URL at all): its key, or the trimmed text when it does not parse. */
export function urlIdentity(text: string): string {
  const trimmed = text.trim();
  try {
    return urlKey(trimmed);
  } catch {
    return trimmed;
  }
}
