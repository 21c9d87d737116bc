/**
 * A search engine's transcoder (百度's 转码 for phones, `m.baidu.com/…/tc?…&src=<the original, encoded>`;
 * Google Web Light, `googleweblight.com/i?u=<the original>`) serves a copy of a page with every link
 * rewritten to its own copy of the page linked. The page links to the original it names; so does a reader
 * of the copy, as of an archive's snapshot (archived-link.ts).
 */
const TRANSCODERS: ReadonlyArray<{ path: RegExp; param: string }> = [
  // 百度: the transcoder's path ends in `/tc`, after the session's `/from=…/ssid=…/` segments.
  { path: /\/tc$/u, param: 'src' },
  { path: /^\/i$/u, param: 'u' },
];
const TRANSCODER_HOST_RE = /(?:^|\.)(?:baidu\.com|googleweblight\.com)$/iu;

/** The original address a transcoder's link embeds, or null where the link is no transcoder's. */
export function transcodedOriginal(href: string): string | null {
  if (!href.includes('?')) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!TRANSCODER_HOST_RE.test(url.hostname)) return null;
  for (const { path, param } of TRANSCODERS) {
    const embedded = path.test(url.pathname) ? url.searchParams.get(param) : null;
    if (embedded && /^https?:\/\/[^/?#\s]+/iu.test(embedded)) {
      try {
        return new URL(embedded).href;
      } catch {
        return null;
      }
    }
  }
  return null;
}
