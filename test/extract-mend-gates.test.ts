import { describe, expect, it } from 'vitest';
import { mendText, MAY_MEND_RE } from '../src/extract/markup/mend-text.js';
import { MAY_RESTYLE_RE } from '../src/extract/tree/mend-tree.js';
import { withFramedDocuments } from '../src/extract/markup/srcdoc-frame.js';
import { withoutServerErrors } from '../src/extract/markup/server-errors.js';
import { withoutIncludeErrors } from '../src/extract/markup/include-errors.js';
import { withoutEditLinks } from '../src/extract/markup/edit-links.js';
import { withScriptsWritten } from '../src/extract/markup/script-writes.js';
import { withStreamedSegments } from '../src/extract/markup/streamed-segments.js';
import { withoutTemplateTags } from '../src/extract/markup/template-tags.js';
import { parseHtml } from '../src/extract/tree/parse-html.js';
import { selectorSet } from '../src/extract/tree/page-index.js';
import { dropOtherWidths } from '../src/extract/tree/screen-width.js';
import { dropLayerCopies } from '../src/extract/tree/layer-copies.js';
import { drawGeneratedContent } from '../src/extract/tree/generated-content.js';
import { showBidiOverrides } from '../src/extract/tree/bidi-override.js';
import { inDisplayOrder } from '../src/extract/tree/display-order.js';
import { mendTree } from '../src/extract/tree/mend-tree.js';
import { textContent } from '../src/extract/tree/page-index.js';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><title>宝宝发烧怎么办</title>${head}</head><body>${body}</body></html>`;
const out = (o: string | { html: string }) => (typeof o === 'string' ? o : o.html);

/** A page each mend of the text changes, and the mend. */
const TEXT_CASES: Array<[string, string, (html: string) => string | { html: string }]> = [
  ['a frame given by srcdoc', page('<iframe srcdoc="<p>医生回答：多喝水，注意休息。</p>"></iframe>'), withFramedDocuments],
  ['a PHP error', page('<p>多喝水。</p><br />\n<b>Warning</b>:  include(a.php): failed to open stream in <b>/var/www/q.php</b> on line <b>12</b><br />'), withoutServerErrors],
  ['an include error', page('<p>多喝水。</p>[an error occurred while processing this directive]'), withoutIncludeErrors],
  ['a wiki edit link', page('<h2>病情分析<span>[<a href="/edit">编辑</a>]</span></h2><p>多喝水。</p>'), withoutEditLinks],
  ['a script writing text', page('<script>document.write("<p>医生回答：多喝水。</p>");</script>'), withScriptsWritten],
  ['a streamed segment still pending', page('<!--$?--><template id="B:0"></template><p>加载中</p><!--/$-->'), withStreamedSegments],
  ['a template tag left unfilled', page('<p>{$doctor_name} 医生回答：多喝水。</p>'), withoutTemplateTags],
];

describe('mend gates: a page needing a mend opens the gate and gets the mend', () => {
  it.each(TEXT_CASES)('mendText: %s', (_name, html, mend) => {
    const mended = out(mend(html));
    expect(mended).not.toBe(html); // the page needs the mend
    expect(MAY_MEND_RE.test(html)).toBe(true);
    expect(mendText(html).html).toBe(mended);
  });

  it('mendText: a page needing none passes unchanged', () => {
    const html = page('<p>多喝水，注意休息。</p>');
    expect(MAY_MEND_RE.test(html)).toBe(false);
    expect(mendText(html)).toEqual({ html, unread: false, markup: false });
  });

  const sel = selectorSet([]);
  const parsed = (html: string) => {
    const result = parseHtml(html, 1000, sel);
    if (!result.ok) throw new Error('not parsed');
    return result.index!;
  };
  /** A page each mend of the tree changes, and the mend. */
  const TREE_CASES: Array<[string, string, (html: string) => boolean]> = [
    [
      "a phone's rendering hidden at a desktop's width",
      page('<div class="m">手机版：多喝水</div><div class="d">多喝水，注意休息。</div>', '<style>.m{display:none}.d{display:block}@media (max-width: 768px){.m{display:block}.d{display:none}}</style>'),
      (html) => dropOtherWidths(html, parsed(html)),
    ],
    [
      'a shadow copy of a text',
      page('<div style="position:relative"><p>多喝水，注意休息。</p><p aria-hidden="true" style="position:absolute;top:1px;left:1px;opacity:0.2">多喝水，注意休息。</p></div>'),
      (html) => dropLayerCopies(html, parsed(html)),
    ],
    ['text drawn by a sheet', page('<p><span class="q"></span>多喝水。</p>', '<style>.q:before{content:"医生回答："}</style>'), (html) => drawGeneratedContent(html, parsed(html).document)],
    ['a right-to-left override', page('<p><bdo dir="rtl">水喝多</bdo></p>'), (html) => showBidiOverrides(html, parsed(html).document)],
    [
      'a flex layout shown in another order',
      page('<div style="display:flex"><p style="order:2">注意休息。</p><p style="order:1">医生回答：多喝水。</p></div>'),
      (html) => inDisplayOrder(html, parsed(html).document),
    ],
  ];

  const mayRestyle = (html: string) => {
    const result = parseHtml(html, 1000, sel);
    if (!result.ok) throw new Error('not parsed');
    return result.mayRestyle;
  };

  it.each(TREE_CASES)('mendTree: %s', (_name, html, mend) => {
    expect(mend(html)).toBe(true); // the page needs the mend
    expect(MAY_RESTYLE_RE.test(html)).toBe(true);
    expect(mayRestyle(html)).toBe(true); // the parse found it in a sheet, a style attribute, an aria-hidden or a <bdo>
    const before = textContent(parsed(html).document);
    const index = parsed(html);
    mendTree(html, index, sel, mayRestyle(html));
    expect(textContent(index.document)).not.toBe(before);
  });

  it('mendTree: what the restyling mends read, found by the parse in each place they read it', () => {
    expect(mayRestyle(page('<p>多喝水</p>', '<style>@media (max-width: 768px){.m{display:block}}</style>'))).toBe(true);
    expect(mayRestyle(page('<p style="POSITION: Fixed">多喝水</p>'))).toBe(true);
    expect(mayRestyle(page('<p ARIA-HIDDEN="false">多喝水</p>'))).toBe(true);
    expect(mayRestyle(page('<BDO>水喝多</BDO>'))).toBe(true);
    expect(mayRestyle(page('<div style="display:flex;flex-direction:column-reverse"><p>多喝水</p></div>'))).toBe(true);
    // A comment may part a declaration the sheets' readers see whole (style-sheet.ts strips comments).
    expect(mayRestyle(page('<p class="q">多喝水</p>', '<style>.q:be/**/fore{content:"答："}</style>'))).toBe(true);
  });

  it('mendTree: restyling words outside the sheets and style attributes leave the page as it is, unsearched', () => {
    const html = page('<p>用 @media 写 position: absolute 与 order: 2</p><script>var s = ".a:before{content:1}";</script>');
    expect(MAY_RESTYLE_RE.test(html)).toBe(true);
    expect(mayRestyle(html)).toBe(false);
    const index = parsed(html);
    expect(mendTree(html, index, sel, false)).toEqual({ index, drawn: false });
    // Searched, the page is left as it is all the same: the mends read none of where the words stand.
    const searched = parsed(html);
    const before = textContent(searched.document);
    expect(mendTree(html, searched, sel, true).drawn).toBe(false);
    expect(textContent(searched.document)).toBe(before);
  });

  it('mendTree: a page needing none is left as it is', () => {
    const html = page('<p>多喝水，注意休息。</p>');
    expect(MAY_RESTYLE_RE.test(html)).toBe(false);
    const index = parsed(html);
    expect(mendTree(html, index, sel)).toEqual({ index, drawn: false });
  });
});
