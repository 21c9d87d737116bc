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

/**
 * What any mend but these looks for first, in one expression: a page without it passes them all
 * unchanged (srcdoc; ` on line `; `directive]`; 编辑, 修改, edit; write; `<!--$?-->`, `$RS(`; the
 * template tags' `{$` `{d` `{{` `[!--` `${` `<%` `&lt;%`). Each alternative holds what its mend's own
 * first test asks for, case aside; one scan of the page instead of seven (most pages need no mend).
 * The three mends left out look further than a string in the page (where its documents start, its
 * first characters).
 */
export const MAY_MEND_RE = /srcdoc| on line |directive\]|编辑|修改|edit|write|<!--\$\?-->|\$RS\(|\{[$d{]|\[!--|\$\{|<%|&lt;%/iu;
const UNGATED: ReadonlySet<TextMend> = new Set([withoutRetriedCopy, withJsonResponseRead, withoutEdgeErrors]);

/** The page's markup with every mend applied; `unread` where one of them left the unread mark, `markup` where one found the page's markup in another type's text. */
export function mendText(text: string): MendedText {
  let html = text;
  let unread = false;
  let markup = false;
  // Whether the markup may need a mend of MAY_MEND_RE's: asked once, and again after a mend changed the markup.
  let may: boolean | undefined;
  for (const mend of TEXT_MENDS) {
    if (!UNGATED.has(mend) && !(may ??= MAY_MEND_RE.test(html))) continue;
    const out = mend(html);
    const next = typeof out === 'string' ? out : out.html;
    if (next !== html) may = undefined;
    html = next;
    if (typeof out !== 'string') {
      unread ||= out.unread;
      markup ||= out.markup === true;
    }
  }
  return { html, unread, markup };
}
