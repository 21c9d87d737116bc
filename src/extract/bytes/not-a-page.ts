/**
 * Files that are not pages, though they sit among saved pages or come back as text: robots.txt,
 * sitemaps, feeds, JSON. Read as a text copy, a robots.txt would become an entry whose
 * question is `User-agent: *`. Told by their content, since their names and types vary.
 */

const ROBOTS_LINE_RE = /^(?:user-agent|disallow|allow|sitemap|crawl-delay|host|clean-param|request-rate|visit-time|noindex)\s*:/i;
const URL_LINE_RE = /^https?:\/\/\S+$/i;

/** What notAPage calls an XML document that is no sitemap or feed: a record it may still hold is read by xml-record.ts. */
export const XML_DOCUMENT = 'an XML document';

/** What the text is when it is not a page (`a robots.txt`), or null for a page or a text copy of one. */
export function notAPage(text: string): string | null {
  const start = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\w:.-]+[^>]*>)\s*)*<(?:urlset|sitemapindex)\b/i.test(start)) return 'an XML sitemap';
  if (/^(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\w:.-]+[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(start)) return 'an RSS or Atom feed';
  // An XML document of any other vocabulary, whatever script its names are in. Each may put its stylesheet's
  // instruction (`<?xml-stylesheet type="text/xsl"?>`) before its root.
  if (/^(?:<\?xml[^>]*>\s*)(?:(?:<!--[\s\S]*?-->|<\?[\w:.-]+[^>]*>)\s*)*<(?!html\b|!doctype\s+html)[\p{L}_][\p{L}\p{N}_:.-]*/iu.test(start)) return XML_DOCUMENT;
  if (/^[{[]/.test(start) && isJson(text)) return 'JSON data';
  // Lines of rules or of URLs; a page or a text copy's first line is neither, and ends the check.
  const firstLine = firstRuleLine(start);
  if (!ROBOTS_LINE_RE.test(firstLine) && !URL_LINE_RE.test(firstLine)) return null;
  const lines = text.slice(0, 65536).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length > 0 && lines.every((l) => ROBOTS_LINE_RE.test(l)) && lines.some((l) => /^(?:user-agent|disallow|allow)\s*:/i.test(l))) return 'a robots.txt';
  if (lines.length > 0 && lines.every((l) => URL_LINE_RE.test(l))) return 'a list of URLs (a text sitemap)';
  return null;
}

/** The first line that is neither blank nor a `#` comment, trimmed (`''` if none): read line by line, not split into all of them. */
function firstRuleLine(text: string): string {
  for (let from = 0; from <= text.length; ) {
    const end = text.indexOf('\n', from);
    // A line's \r before its \n goes with the trim.
    const line = text.slice(from, end === -1 ? text.length : end).trim();
    if (line !== '' && !line.startsWith('#')) return line;
    if (end === -1) break;
    from = end + 1;
  }
  return '';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
