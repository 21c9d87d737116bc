import { withoutRetriedCopy } from '../bytes/retried-copy.js';
import { withJsonResponseRead } from './json-response.js';
import { withFramedDocuments } from './srcdoc-frame.js';
import { withoutServerErrors } from './server-errors.js';
import { withoutIncludeErrors } from './include-errors.js';
import { withoutEdgeErrors } from './edge-error.js';
import { withoutEditLinks } from './edit-links.js';
import { withScriptsWritten } from './script-writes.js';
import { withStreamedSegments } from './streamed-segments.js';
import { withoutTemplateTags } from './template-tags.js';
import type { MendedText } from './mended-text.js';

/** A mend of the page's markup before it is parsed: the markup as a browser would render it, in one respect. */
type TextMend = (html: string) => string | MendedText;

/**
 * The mends of the markup, in the order they apply; each passes a page without what it looks for at once:
 * - a page sent twice by a retried transfer is read from its last, whole copy (retried-copy.ts);
 * - a JSON(P) response of a site's API is read as the page's markup it carries (json-response.ts);
 * - a frame's document given in its srcdoc attribute is read where the frame shows it (srcdoc-frame.ts);
 * - the PHP errors a server printed into the page are none of it (server-errors.ts),
 * - nor the errors it printed for includes it could not process (include-errors.ts),
 * - nor an HTTP error document a failed block's fetch set in its place (edge-error.ts),
 * - nor a wiki's edit links in its headings (edit-links.ts);
 * - what the page's inline scripts write literally is printed where they stand (script-writes.ts),
 * - and what React's streaming calls move into place is read there (streamed-segments.ts);
 * - the template tags a CMS left unfilled are none of the page (template-tags.ts).
 */
const TEXT_MENDS: readonly TextMend[] = [
  withoutRetriedCopy,
  withJsonResponseRead,
  withFramedDocuments,
  withoutServerErrors,
  withoutIncludeErrors,
  withoutEdgeErrors,
  withoutEditLinks,
  withScriptsWritten,
  withStreamedSegments,
  withoutTemplateTags,
];

/** The page's markup with every mend applied; `unread` where one of them left the unread mark, `markup` where one found the page's markup in another type's text. */
export function mendText(text: string): MendedText {
  let html = text;
  let unread = false;
  let markup = false;
  for (const mend of TEXT_MENDS) {
    const out = mend(html);
    if (typeof out === 'string') html = out;
    else {
      html = out.html;
      unread ||= out.unread;
      markup ||= out.markup === true;
    }
  }
  return { html, unread, markup };
}
