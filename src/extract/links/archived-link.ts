/**
 * A web archive's snapshot (the Wayback Machine and the archives that copy its scheme) rewrites
 * every link of the page it keeps to a capture of it: `/web/20230401122804/https://site/q/1.html`,
 * root-relative or on the archive's own host, with a mode after the capture time for pictures and
 * styles (`im_`, `cs_`). archive.today (archive.ph, .is, .md …) rewrites them to its redirector,
 * `/o/{snapshot}/https://site/q/1.html`. The page links to the address embedded there; so does a reader of it.
 */
import { transcodedOriginal } from './transcoded-link.js';

const ARCHIVED_RE = /^(?:https?:\/\/[^/?#]+)?\/web\/\d{4,14}(?:[a-z]{2}_|\*)?\/((?:https?:)?\/\/?[^/?#\s]+.*)$/i;
const ARCHIVE_TODAY_RE = /^(?:https?:\/\/archive\.(?:today|ph|is|md|li|vn|fo)|)\/o\/[A-Za-z0-9]{4,8}\/(https?:\/\/?[^/?#\s]+.*)$/i;

/** The original address an archived link embeds (`/web/2023…/https://site/q/1.html`, `/o/OnB4h/https://site/q/1.html` → `https://site/q/1.html`), or null where the link is no archive's. */
export function archivedOriginal(href: string): string | null {
  const m = href.includes('/web/') ? href.trim().match(ARCHIVED_RE) : href.includes('/o/') ? href.trim().match(ARCHIVE_TODAY_RE) : null;
  if (!m) return null;
  // The archive's rewriting may collapse the scheme's slashes (`https:/site/…`) or drop the scheme.
  const embedded = m[1]!.replace(/^(https?:)\/(?!\/)/i, '$1//').replace(/^\/\//, 'https://');
  try {
    return new URL(embedded).href;
  } catch {
    return null;
  }
}

/**
 * A resolver of the page's links for reading it: an archived link as the original it embeds, and so a
 * transcoder's (transcoded-link.ts); any other as `resolve` makes it.
 */
export function unarchivingResolver(resolve: (href: string) => string): (href: string) => string {
  return (href) => {
    const resolved = resolve(href);
    return archivedOriginal(resolved) ?? transcodedOriginal(resolved) ?? resolved;
  };
}

/** The hosts of the archives themselves: a snapshot's own address (`https://archive.ph/5vpxV`) is on one. */
const ARCHIVE_HOST_RE = /^(?:web\.archive\.org|archive\.(?:today|ph|is|md|li|vn|fo))$/i;

/**
 * An address of the archive's own (the snapshot's canonical or og:url, not a link it rewrote): the page it
 * names is the snapshot, not the original; neither its host nor the capture days its head gives are the original page's.
 */
export function isArchiveAddress(url: string | null | undefined): boolean {
  if (!url || archivedOriginal(url) !== null) return false;
  try {
    return ARCHIVE_HOST_RE.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
