/**
 * A page whose blocks are assembled at a CDN's edge (ESI, SSI through a proxy) shows, where one
 * block's fetch failed, the error document the edge or the origin's proxy answered with, whole: its
 * `<html>`, `<title>502 Bad Gateway</title>`, nginx's `<center>` lines, Varnish's Guru Meditation
 * and XID, Tengine's URL / Server / Date table, a Chinese CDN's 错误代码, 请求ID, 时间 and 节点. It is
 * the server's, none of the page's words: the block in its place shows nothing (a list there has no
 * items), and its times and ids date and name nothing. Told by a document that starts inside the
 * page (after the page's own start) and says it is an HTTP error: its title or heading a 4xx / 5xx
 * status (`504`, `Error 503 Backend fetch failed`), or a `错误代码：5xx` line. A document of another
 * kind set into the page (a carrier's notice, an ad's frame) is left to the reader.
 */
const DOCUMENT_RE = /(?:<!doctype\s+html\b[^>]*>\s*)?<html\b[^>]*>/giu;
const PAGE_START_RE = /^[\s\uFEFF]*(?:(?:<!--[\s\S]*?-->|<\?xml\b[^>]*>)[\s\uFEFF]*)*$/u;
const END_RE = /<\/html\s*>/iu;
/** Error documents are small: a start with no end within this many characters is no error document. */
const MAX_LENGTH = 20_000;
const TITLE_RE = /<(title|h1|h2)\b[^>]*>([^<]{1,200})<\/\1\s*>/giu;
const STATUS_RE = /^(?:error\s+)?[45]\d\d(?:\s+[a-z][\w -]*)?$/iu;
const CODE_LINE_RE = /错误(?:代码|码)\s*[:：]\s*[45]\d\d\b/u;

/** The page's markup without the HTTP error documents set into it. */
export function withoutEdgeErrors(html: string): string {
  if (!html.includes('</html') && !html.includes('</HTML')) return html;
  let out = '';
  let at = 0;
  for (const start of html.matchAll(DOCUMENT_RE)) {
    // The page's own start has nothing before it but a comment or an XML declaration.
    if (start.index < at || PAGE_START_RE.test(html.slice(0, start.index))) continue;
    const rest = html.slice(start.index, start.index + MAX_LENGTH);
    const end = END_RE.exec(rest);
    if (!end) continue;
    const doc = rest.slice(0, end.index + end[0].length);
    if (!isErrorDocument(doc)) continue;
    out += html.slice(at, start.index);
    at = start.index + doc.length;
  }
  return at === 0 ? html : out + html.slice(at);
}

function isErrorDocument(doc: string): boolean {
  for (const m of doc.matchAll(TITLE_RE)) if (STATUS_RE.test(m[2]!.replace(/\s+/gu, ' ').trim())) return true;
  return CODE_LINE_RE.test(doc);
}
