import * as cheerio from 'cheerio';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { readGenrePage } from '../src/extract/reader/genre-reader.js';
import { renderLines } from '../src/extract/lines/html-lines.js';
import { parseHtml } from '../src/extract/tree/parse-html.js';

/** Hidden text belongs to the page's tree: every reader of a page sees the same hiding, whoever parsed it. */
describe('hidden text in a tree parsed elsewhere', () => {
  const page =
    '<html><head><title>胃胀怎么办</title><style>.hx{display:none}</style></head><body>' +
    '<h1>胃胀<span class="hx">的</span>怎么办</h1><div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div><div>回答时间：2021-08-24</div>' +
    '<p>胃胀多与饮食<span style="display:none">是</span>有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠<i hidden>了</i>蠕动。</p>' +
    '<style>.late{font-size:0}</style><p>多喝温水<b class="late">在</b>。</p></body></html>';
  const expected = ['胃胀怎么办', '胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。', '多喝温水。'];
  const linesOf = (root: Parameters<typeof renderLines>[0]) => renderLines(root).map((l) => l.text).filter((t) => expected.includes(t) || /胃胀|饮食|散步|温水/u.test(t));

  it('a cheerio/slim tree (as learn-profile loads a page) and a parse5 tree read as our own parse does', () => {
    const ours = parseHtml(page);
    if (!ours.ok) throw new Error('not parsed');
    const fromOurs = linesOf(ours.document.children);
    expect(fromOurs).toEqual(expected);
    expect(linesOf(load(page).root().get(0)!.children)).toEqual(fromOurs);
    expect(linesOf(cheerio.load(page).root().get(0)!.children)).toEqual(fromOurs);
  });

  it('the genre reader reads a cheerio tree without the decoys', () => {
    const reading = readGenrePage(load(page), (h) => h);
    expect([reading.page?.question, reading.page?.answerParagraphs]).toEqual(['胃胀怎么办', expected.slice(1)]);
  });
});
