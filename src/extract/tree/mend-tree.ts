import { dropAiSummaries } from './ai-summary.js';
import { readCarouselAlts } from './carousel-alts.js';
import { drawGeneratedContent } from './generated-content.js';
import { showBidiOverrides } from './bidi-override.js';
import { inDisplayOrder } from './display-order.js';
import { pruneDetached } from './index-prune.js';
import { dropInertTemplates } from './inert-template.js';
import { indexPage, type PageIndex, type SelectorSet } from './page-index.js';
import { joinPlacedLines } from './positioned-lines.js';
import { inPlacedOrder } from './placed-order.js';
import { dropLayerCopies } from './layer-copies.js';
import { dropRubyAnnotations } from './ruby-annotation.js';
import { dropOtherWidths } from './screen-width.js';
import { joinSmsParts } from './sms-parts.js';
import { spreadSpannedCells } from './spanned-cells.js';
import { dropTypingCarets } from './typing-animation.js';
import { dropRepeatedTabLists } from './tab-list.js';
import { dropKeyPointBoxes } from './key-points.js';

/**
 * What the mends of the page's style look for first, in one expression: a page without it passes
 * them all unchanged (screen-width.ts: @media; layer-copies.ts: aria-hidden, position: absolute or
 * fixed, as positioned-lines.ts; generated-content.ts: :before, :after; bidi-override.ts: <bdo,
 * -override; display-order.ts: order:, column-reverse). Each alternative holds what its mend's own
 * first test asks for; one scan of the page instead of six (most pages need none of them).
 */
export const MAY_RESTYLE_RE = /@media|aria-hidden|position\s*:\s*(?:absolute|fixed)|:(?:before|after)|<bdo|-override|order\s*:|column-reverse/iu;

/**
 * The parsed page mended into what a browser shows, in place; each step runs only where the page
 * holds what it looks for (`index.holds`, or a test of the markup of its own).
 * - A plain <template> is never rendered: none of the page (inert-template.ts); a ruby's pinyin and an
 *   AI's summary box of the answer are none of the text (ruby-annotation.ts, ai-summary.ts), nor a
 *   responsive page's rendering for a phone's width (screen-width.ts), nor the caret a typing animation
 *   left (typing-animation.ts), nor the copy of a text drawn twice for a shadow or a stroke (layer-copies.ts), nor a tab
 *   list whose panels open with its labels (tab-list.ts), nor an editor's key points above the text (key-points.ts);
 *   a slide's placed boxes are read top to bottom (placed-order.ts), and a converted PDF's lines into paragraphs (positioned-lines.ts).
 *   The index then loses what they took out.
 * - A cell spanning a list's rows is read beside each of them (spanned-cells.ts); text the page's sheets
 *   draw (`::before { content }`) is put where it shows (generated-content.ts), and text under a
 *   right-to-left override in the order it shows (bidi-override.ts); a text message received in numbered
 *   parts is read as the one message they make (sms-parts.ts); a flex or grid layout's parts are read in
 *   the order they are shown (display-order.ts); a carousel's numbered cards that give their text only as
 *   their picture's alt are read from it (carousel-alts.ts). The page is then indexed again, as laid out.
 * Returns the index to read the page by and whether the sheets drew text into it. `mayRestyle`: whether
 * the parse found MAY_RESTYLE_RE in a sheet or a style attribute, or an `aria-hidden` or a `<bdo>`
 * (parse-html.ts): all those mends read; where it did not, the markup is not searched.
 */
export function mendTree(html: string, index: PageIndex, selectors: SelectorSet, mayRestyle = true): { index: PageIndex; drawn: boolean } {
  const { holds, document } = index;
  const styled = mayRestyle && MAY_RESTYLE_RE.test(html);
  // Every step runs (no short cut): each mends what it finds.
  const dropped = [
    holds.template && dropInertTemplates(html, index),
    holds.ruby && dropRubyAnnotations(html, index),
    dropAiSummaries(html, index),
    dropRepeatedTabLists(html, index),
    dropKeyPointBoxes(html, index),
    styled && dropOtherWidths(html, index),
    holds.caret && dropTypingCarets(html, index),
    styled && dropLayerCopies(html, index),
  ].includes(true);
  // A slide's parts are read top to bottom before placed lines are joined as they follow.
  const placed = styled && inPlacedOrder(html, document);
  if ((styled && joinPlacedLines(html, document)) || dropped) pruneDetached(index);
  const spread = holds.rowspan && spreadSpannedCells(html, document);
  const drawn = styled && [drawGeneratedContent(html, document), showBidiOverrides(html, document)].includes(true);
  // A part's number is looked for in the markup where a text may hold one as parsed, or where the sheets' mends may have changed the texts.
  const joined = joinSmsParts(html, index, holds.numbered || styled);
  // A carousel's numbered cards whose text is their picture's alt only (carousel-alts.ts): the alt read as the card's text.
  const alts = readCarouselAlts(html, index);
  const moved = (styled && inDisplayOrder(html, document)) || placed || spread || drawn || joined || alts;
  return { index: moved ? indexPage(document, selectors) : index, drawn };
}
