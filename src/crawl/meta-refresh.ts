/**
 * A page that sends its reader on with `<meta http-equiv="refresh" content="0; url=…">` (an
 * old address, a moved question, a "正在跳转" notice): where it sends them. Browsers follow it,
 * and so does Scrapy by default; the crawl follows it only for a page that gave no entry, so a
 * page of the genre that also refreshes is never lost for its refresh. Pure.
 */

/** How far into the bytes a refresh is looked for: it sits in the <head>. */
const SCAN_BYTES = 32 * 1024;
/** Parts of a page whose <meta> a browser does not apply (scripting on) or that are no markup. */
const INERT = /<!--[\s\S]*?(?:-->|$)|<(script|noscript|style|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const META = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export interface MetaRefresh {
  seconds: number;
  /** Absolute, as the page's address resolves it. */
  url: string;
}

/**
 * The first refresh `<meta>` of the page that names another address, resolved against `base`;
 * null when there is none, or it only reloads the page itself. The bytes are read as Latin-1
 * (what the tag and a URL are written in whatever the page's encoding); bytes above ASCII in
 * the address are percent-encoded as they stand, as a browser does for a UTF-8 page.
 */
export function metaRefresh(body: Uint8Array, base: string): MetaRefresh | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, SCAN_BYTES)).toString('latin1').replace(INERT, ' ');
  for (const [, attributes] of head.matchAll(META)) {
    const attrs = new Map<string, string>();
    for (const [, name, dq, sq, bare] of attributes!.matchAll(ATTRIBUTE)) {
      const key = name!.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeAmpersands(dq ?? sq ?? bare ?? ''));
    }
    if (attrs.get('http-equiv')?.trim().toLowerCase() !== 'refresh') continue;
    const parsed = parseRefresh(attrs.get('content') ?? '');
    if (!parsed || !parsed.url) continue;
    try {
      return { seconds: parsed.seconds, url: new URL(percentEncodeHigh(parsed.url), base).href };
    } catch {
      continue;
    }
  }
  return null;
}

/** The HTML standard's "shared declarative refresh steps": `5`, `0;url=/x`, `0; URL='x'`, `3,x`. */
export function parseRefresh(content: string): { seconds: number; url: string | null } | null {
  const m = /^[\t\n\f\r ]*(\d*)(\.[\d.]*)?(?:[;,\t\n\f\r ][\t\n\f\r ]*[;,]?[\t\n\f\r ]*([\s\S]*))?$/.exec(content);
  if (!m || (m[1] === '' && m[2] === undefined)) return null;
  const seconds = m[1] === '' ? 0 : Number(m[1]);
  let rest = m[3] ?? '';
  const named = /^url[\t\n\f\r ]*=[\t\n\f\r ]*/i.exec(rest);
  if (named) rest = rest.slice(named[0].length);
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : null;
  if (quote) {
    const end = rest.indexOf(quote, 1);
    rest = rest.slice(1, end === -1 ? undefined : end);
  }
  const url = rest.trim();
  return { seconds, url: url === '' ? null : url };
}

function decodeAmpersands(value: string): string {
  return value.replace(/&(amp|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'" })[name]!);
}

function percentEncodeHigh(url: string): string {
  return url.replace(/[\x80-\xff]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
