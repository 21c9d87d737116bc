/**
 * A page assembled by server-side includes shows what the server printed for an include it could
 * not process: Apache's `[an error occurred while processing this directive]` (nginx's `…the
 * directive]`) in the included block's place, inside an answer's box, after a label whose value it
 * was to print. It is the server's message, none of the page's words: a value in its place is
 * missing, a list in its place shows nothing. (A directive left unprocessed is a comment, no text
 * already.)
 */
const INCLUDE_ERROR_RE = /\[an error occurred while processing (?:this|the) directive\]/giu;

/** The page's text without the include errors its server printed. */
export function withoutIncludeErrors(html: string): string {
  return html.includes('directive]') ? html.replace(INCLUDE_ERROR_RE, '') : html;
}
