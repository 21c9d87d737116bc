/**
 * A page assembled by server-side includes shows what the server left of an include it could not
 * process: Apache's `[an error occurred while processing this directive]` (nginx's `…the
 * directive]`) in the included block's place, inside an answer's box, after a label whose value it
 * was to print. It is the server's message, none of the page's words: a value in its place is
 * missing, a list in its place shows nothing. A directive left unprocessed is a comment, no text
 * already. Edge Side Includes left for a browser: `<esi:include …/>` and `<esi:comment …/>` show
 * nothing, but an HTML parser opens them as elements that never close, so they are taken out;
 * what `<esi:remove>` holds is what a browser shows, so it is kept without its tags.
 */
const INCLUDE_ERROR_RE = /\[an error occurred while processing (?:this|the) directive\]/giu;
const ESI_TAG_RE = /<esi:(?:include|comment)\b[^>]*>(?:\s*<\/esi:(?:include|comment)\s*>)?|<\/?esi:remove\s*>/giu;

/** The page's text without the include errors its server printed, nor the ESI tags it left. */
export function withoutIncludeLeftovers(html: string): string {
  let out = html;
  if (out.includes('directive]')) out = out.replace(INCLUDE_ERROR_RE, '');
  if (/<esi:/iu.test(out)) out = out.replace(ESI_TAG_RE, '');
  return out;
}
