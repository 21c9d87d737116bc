/**
 * Links made absolute as the WHATWG URL parser makes them (`new URL(href, base).href`), with
 * what the parser would refuse or what leads nowhere (javascript:, mailto:, tel:, data:) as null.
 * A page of the genre holds hundreds of links, most of them paths on its own site
 * (`/dise/0.html`), many more than once; parsing each with `new URL` costs as much as a
 * quarter of parsing the page. So a resolver remembers what it resolved, and a path of plain
 * characters against an http(s) base is joined without the parser: for such a path (no dot
 * segments, nothing to percent-encode, no query or fragment) the parser's answer is the base's
 * origin (with any user info) followed by the path itself, joined afresh each time (cheaper than a look-up).
 */
export function absolute(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(?:javascript|mailto|tel|data):/i.test(trimmed)) return null;
  try {
    if (base) return new URL(trimmed, base).href;
    // Without a base a relative href is refused: asked first (URL.canParse, the same parser), since an error thrown
    // and caught deep in the reader costs many times the parse.
    const input = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
    return URL.canParse(input) ? new URL(input).href : null;
  } catch {
    return null;
  }
}

/**
 * A single-page app's route written as a fragment (`#/pages/qa/detail?id=5`, `#!/q/5`): a path after the `#`, naming another
 * page of the app (its router opens it), no place on this page (`#top`, `#answer`).
 */
export const isHashRoute = (href: string): boolean => /^\s*#!?\/[^\s/]/u.test(href);
/** An href that opens no page by itself: a place on this page (`#`) or script code (`javascript:`), where a script may say where the click goes. */
export const leadsNowhere = (href: string): boolean => /^\s*(?:#|javascript:)/iu.test(href) && !isHashRoute(href);

/**
 * A path from the root of plain characters whose segments are neither `.` nor `..`: what
 * `/^\/(?!\/)[A-Za-z0-9_~\-./]*$/` matches and `/\/\.\.?(?:\/|$)/` does not, told in one pass of
 * its characters (two expressions cost a link more than the rest of its resolution).
 */
function isPlainPath(href: string): boolean {
  if (href.charCodeAt(0) !== 0x2f /* / */ || href.charCodeAt(1) === 0x2f) return false;
  const n = href.length;
  for (let i = 1; i < n; i++) {
    const c = href.charCodeAt(i);
    const plain =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f /* _ */ || c === 0x7e /* ~ */ || c === 0x2d /* - */ || c === 0x2e /* . */ || c === 0x2f; /* / */
    if (!plain) return false;
  }
  // A segment `.` or `..`: a slash, one or two dots, then a slash or the end.
  for (let i = href.indexOf('/.'); i !== -1; i = href.indexOf('/.', i + 1)) {
    const after = i + 2 < n && href.charCodeAt(i + 2) === 0x2e ? i + 3 : i + 2;
    if (after === n || href.charCodeAt(after) === 0x2f) return false;
  }
  return true;
}

/**
 * What a plain path (isPlainPath) resolves after against `base`: its origin (scheme, user info, host
 * and port as the parser writes them), or null where `base` is no http(s) address.
 */
export function originPrefix(base: string | null): string | null {
  if (!base || !/^https?:/i.test(base)) return null;
  try {
    // `/` against the base.
    const root = new URL('/', base).href;
    return root.endsWith('/') && /^https?:\/\//.test(root) ? root.slice(0, -1) : null;
  } catch {
    return null;
  }
}

/**
 * The distinct addresses `hrefs` resolve to (`resolve`, a linkResolver of `base`), in the order first
 * met: `[...new Set(hrefs.map(resolve))]`. A plain path (most links) is told apart by the path itself
 * and joined to the origin once, where the Set would build and hash its whole address for every link
 * (a third of the links' cost); another link resolving on that origin is told apart by its path too.
 */
export function distinctResolved(hrefs: readonly string[], base: string | null, resolve: (href: string) => string): string[] {
  const origin = originPrefix(base);
  const paths = new Set<string>();
  const others = new Set<string>();
  const out: string[] = [];
  for (const href of hrefs) {
    if (origin !== null && isPlainPath(href)) {
      if (paths.has(href)) continue;
      paths.add(href);
      out.push(origin + href);
      continue;
    }
    const resolved = resolve(href);
    if (origin !== null && resolved.length > origin.length && resolved.charCodeAt(origin.length) === 0x2f /* / */ && resolved.startsWith(origin)) {
      const path = resolved.slice(origin.length);
      if (paths.has(path)) continue;
      paths.add(path);
    } else {
      if (others.has(resolved)) continue;
      others.add(resolved);
    }
    out.push(resolved);
  }
  return out;
}

/**
 * `href` → `absolute(href, base) ?? href`, remembered per page. `base` null: links stay as they
 * are unless absolute themselves.
 */
export function linkResolver(base: string | null): (href: string) => string {
  const seen = new Map<string, string>();
  let prefix: string | null | undefined;
  const originOf = (): string | null => (prefix === undefined ? (prefix = originPrefix(base)) : prefix);
  return (href) => {
    // A plain path is joined at once, without asking the memory: most links of a page are such paths,
    // each met once, and a look-up and a note cost more than the join.
    if (isPlainPath(href)) {
      const origin = originOf();
      if (origin !== null) return origin + href;
    }
    let resolved = seen.get(href);
    if (resolved === undefined) {
      resolved = absolute(href, base) ?? href;
      seen.set(href, resolved);
    }
    return resolved;
  };
}
