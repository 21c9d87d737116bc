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
const BODY_RE = /<body[\s>]/iu;
const END_RE = /<\/html\s*>/giu;
const CLOSES_RE = /<\/html\s*>/iu;
const TITLE_RE = /<(title|h1|h2)\b[^>]*>([^<]{1,200})<\/\1\s*>/giu;
const STATUS_RE = /^(?:error\s+)?[45]\d\d(?:\s+[a-z][\w -]*)?$/iu;
const CODE_LINE_RE = /错误(?:代码|码)\s*[:：]\s*[45]\d\d\b/u;

/** The page's markup without the HTTP error documents set into it. */
export function withoutEdgeErrors(html: string): string {
  // Looked for from the end, where a page closes: a page's own `</html>` is found at once, not after a scan of all of it.
  if (html.lastIndexOf('</html') === -1 && html.lastIndexOf('</HTML') === -1) return html;
  let out = '';
  let at = 0;
  let first = true;
  for (const start of html.matchAll(DOCUMENT_RE)) {
    // The first start is the page's own, whatever a network put before it, unless a body opened before it.
    const own = first && !BODY_RE.test(html.slice(0, start.index));
    first = false;
    if (own || start.index < at) continue;
    // Its own end: an error document's head may be large (a logo, a favicon, its style inline).
    END_RE.lastIndex = start.index;
    const end = END_RE.exec(html);
    if (!end) continue;
    const doc = html.slice(start.index, end.index + end[0].length);
    // The page closes after it (a start in a script's string would otherwise run to the page's own end), and no script holds it.
    if (!CLOSES_RE.test(html.slice(start.index + doc.length)) || inCode(html, start.index) || !isErrorDocument(doc)) continue;
    out += html.slice(at, start.index);
    at = start.index + doc.length;
  }
  return at === 0 ? html : out + html.slice(at);
}

function isErrorDocument(doc: string): boolean {
  for (const m of doc.matchAll(TITLE_RE)) if (STATUS_RE.test(m[2]!.replace(/\s+/gu, ' ').trim())) return true;
  return CODE_LINE_RE.test(doc);
}

/** Whether the position is inside a script, a style sheet or a text area (opened and not closed before it), whose text is no markup. */
function inCode(html: string, at: number): boolean {
  const before = html.slice(0, at).toLowerCase();
  return ['script', 'style', 'textarea'].some((tag) => before.lastIndexOf(`<${tag}`) > before.lastIndexOf(`</${tag}`));
}
