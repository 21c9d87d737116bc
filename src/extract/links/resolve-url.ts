/**
 * Links made absolute as the WHATWG URL parser makes them (`new URL(href, base).href`), with
 * what the parser would refuse or what leads nowhere (javascript:, mailto:, tel:, data:) as null.
 * A page of the genre holds hundreds of links, most of them paths on its own site
 * (`/dise/0.html`), many more than once; parsing each with `new URL` costs as much as a
 * quarter of parsing the page. So a resolver remembers what it resolved, and a path of plain
 * characters against an http(s) base is joined without the parser: for such a path (no dot
 * segments, nothing to percent-encode, no query or fragment) the parser's answer is the base's
 * origin (with any user info) followed by the path itself.
 */
export function absolute(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(?:javascript|mailto|tel|data):/i.test(trimmed)) return null;
  try {
    if (base) return new URL(trimmed, base).href;
    return new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed).href;
  } catch {
    return null;
  }
}

/** An href that opens no page by itself: a place on this page (`#`) or script code (`javascript:`), where a script may say where the click goes. */
export const leadsNowhere = (href: string): boolean => /^\s*(?:#|javascript:)/iu.test(href);

/** A path from the root of plain characters whose segments are neither `.` nor `..`. */
const PLAIN_PATH_RE = /^\/(?!\/)[A-Za-z0-9_~\-./]*$/;
const DOT_SEGMENT_RE = /\/\.\.?(?:\/|$)/;

/**
 * `href` → `absolute(href, base) ?? href`, remembered per page. `base` null: links stay as they
 * are unless absolute themselves.
 */
export function linkResolver(base: string | null): (href: string) => string {
  const seen = new Map<string, string>();
  let prefix: string | null | undefined;
  const originOf = (): string | null => {
    if (prefix === undefined) {
      prefix = null;
      if (base && /^https?:/i.test(base)) {
        try {
          // `/` against the base: scheme, user info, host and port as the parser writes them.
          const root = new URL('/', base).href;
          if (root.endsWith('/') && /^https?:\/\//.test(root)) prefix = root.slice(0, -1);
        } catch {
          prefix = null;
        }
      }
    }
    return prefix;
  };
  return (href) => {
    let resolved = seen.get(href);
    if (resolved === undefined) {
      const origin = PLAIN_PATH_RE.test(href) && !DOT_SEGMENT_RE.test(href) ? originOf() : null;
      resolved = origin !== null ? origin + href : (absolute(href, base) ?? href);
      seen.set(href, resolved);
    }
    return resolved;
  };
}
