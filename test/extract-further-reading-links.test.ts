import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A saved page naming no address of its own, its 延伸閱讀 a list of bare linked questions on one host. */

const answer = '<p>小兒腹瀉需要結合具體情況來看，一般有以下幾種情況：</p><p>1.見於小兒腹瀉，症狀時輕時重，容易反復，用藥期間不要自行加量或者停藥。</p><p>平時要注意保持良好的生活習慣，按時復查。</p>';
const pageOf = (titles: string[]) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html lang="zh-Hant-US"><head><meta charset="utf-8"><title>小兒腹瀉吃什麼藥？ | 世華日報</title></head><body>` +
          `<div><h1>小兒腹瀉吃什麼藥？</h1><p>文／陳雅琪（舊金山灣區執業家庭醫師）</p><p>2019年4月4日 下午2:06</p>` +
          `<p><strong>讀者問：</strong>小兒腹瀉吃什麼藥？</p><p>（阿罕布拉 讀者 黃先生）</p><div><p><strong>答：</strong></p>${answer}</div></div>` +
          `<div><h3>熱門新聞</h3><ul><li><a href="/wj/article/851677">紐約地鐵票價明年起調漲</a></li><li><a href="/wj/article/979566">國稅局提醒報稅截止日</a></li></ul></div>` +
          `<div><h3>延伸閱讀</h3><ul>${titles.map((t, i) => `<li><a href="https://www.shihuaribao.com/wj/article/13776${i}">${t}</a></li>`).join('')}</ul></div>` +
          `<div>© 2019 世華日報</div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('further reading (延伸閱讀) of linked questions on one host', () => {
  it('gives the page its related links where every title asks as a whole', () => {
    const entry = pageOf(['不愛吃奶是什麼原因引起的？', '中年人大便稀幾天了怎麼辦？', '哺乳期乏力還轉氨酶升高怎麼回事']);
    expect(entry.related_urls).toEqual(['https://www.shihuaribao.com/wj/article/137760', 'https://www.shihuaribao.com/wj/article/137761', 'https://www.shihuaribao.com/wj/article/137762']);
  });

  it('takes no links where a title is a headline asking nothing', () => {
    const entry = pageOf(['不愛吃奶是什麼原因引起的？', '灣區房價連續三月回升', '中年人大便稀幾天了怎麼辦？']);
    expect(entry.related_urls).toEqual([]);
  });
});
