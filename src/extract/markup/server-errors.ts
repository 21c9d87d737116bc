/**
 * A PHP site whose server prints its errors into the page, in the forms PHP itself writes them:
 * `<br />\n<b>Notice</b>:  Undefined offset: 5 in <b>/www/…/show.php</b> on line <b>326</b><br />`
 * (html_errors), the same as plain text (`PHP Warning:  … in /www/…/show.php on line 12`), and
 * Xdebug's table of the message over its call stack. None of it is the page's: an error in a
 * value's place leaves the value missing, an error between an item's parts is none of them.
 * Taken out of the page's text before it is parsed, its tags in either case (a page's markup may
 * be upper case), so that every reader (profiles, the genre rules, a text copy's lines) sees the
 * page as its template meant it.
 */
const LEVEL = String.raw`(?:PHP )?(?:Notice|Warning|Deprecated|Strict Standards|(?:Catchable |Recoverable )?[Ff]atal error|Parse error|User (?:Notice|Warning|Error|Deprecated))`;
/** Xdebug: a table whose first header cell is the message, ending with `on line <i>N</i>`, then the call stack's rows (their end tags, which HTML lets a page leave out, or not). */
const XDEBUG_RE = new RegExp(
  String.raw`(?:<br\s*/?>\s*)?(?:<font\b[^>]*>\s*)?<table\b[^>]*>\s*(?:<tbody>\s*)?<tr>\s*<th\b[^>]*>(?:\s*<span\b[^>]*>[^<]*</span>)?\s*${LEVEL}:(?:[^<]|<(?!/?t[hrd]\b|/?table\b)[^>]*>){1,800}? on line <i>\d+</i>\s*(?:</th>\s*)?(?:</tr>)?[\s\S]{0,20000}?</table>(?:\s*</font>)?`,
  'giu',
);
/** html_errors: PHP's own markup, one message between `<br />`s. */
const HTML_ERROR_RE = new RegExp(String.raw`(?:<br\s*/?>\s*)?<b>${LEVEL}</b>:\s+[^\n]{1,800}? in <b>[^<]{1,300}</b> on line <b>\d+</b>(?:<br\s*/?>)?`, 'giu');
/** Plain text, one message on a line of its own. */
const TEXT_ERROR_RE = new RegExp(String.raw`^[ \t]*${LEVEL}:\s+[^\n<]{1,800}? in [^\s<]{1,300} on line \d+[ \t]*\r?$\n?`, 'gmu');

/** The page's text without the PHP error messages its server printed into it. Cheap for a page without one. */
export function withoutServerErrors(text: string): string {
  if (!text.includes(' on line ')) return text;
  return text.replace(XDEBUG_RE, '').replace(HTML_ERROR_RE, '').replace(TEXT_ERROR_RE, '');
}
