import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A nursing society's 护理科普 问答 on its CMS, saved with no address of its own: the `问：` / `答：` article, 上一篇 / 下一篇 under it,
 * and a 相关文章 list of dated question links as written (`/cnaWebcn/article/103301`). The pager's neighbours show how the site
 * makes its pages' addresses: links each made so, every title asking, are pages of the page's own kind, its related links.
 * Where the pager shows a link of another shape, or a title asks nothing, the list stays doubted; where the page shows no pager,
 * the list is read by its head and titles (every title asking: the related links, as every key of the splits reads them).
 * What the blind split fresh-85 taught.
 */

const ITEMS: [string, string][] = [
  ['/cnaWebcn/article/103301', '小孩结膜炎的症状有哪些？'],
  ['/cnaWebcn/article/103289', '小孩眼屎多是怎么回事'],
  ['/cnaWebcn/article/103266', '经期眼屎多伴有眼睛痒要紧吗'],
];
const PAGER = `<div class="sxp"><p>上一篇：<a href="/cnaWebcn/article/9082">护理科普｜老年人如何预防跌倒</a></p><p>下一篇：<a href="/cnaWebcn/article/9060">护理科普｜居家PICC导管如何维护</a></p></div>`;
const page = ({ items = ITEMS, pager = PAGER } = {}) => `<html><head><meta charset="utf-8"><title>护理科普｜老人结膜炎怎么治疗效果好-中华护理学会</title></head><body>
<div class="location">您现在的位置：<a href="/cnaWebcn/">首页</a> &gt; <a href="/cnaWebcn/kpyd/">科普园地</a> &gt; 护理科普</div>
<div class="article"><h2 class="title">护理科普｜老人结膜炎怎么治疗效果好</h2>
<div class="info">发布时间：2019-08-11　来源：科普工作委员会　浏览次数：2893</div>
<div class="content"><p><b>答疑专家：</b>韩琳静　主任护师　临江市精神卫生中心眼科</p>
<p><b>问：</b>老人结膜炎怎么治疗效果好</p><p><b>答：</b></p>
<p>结膜炎常见的原因有以下几种：</p><p>（1）单纯的眼睛痒，不要长期自行服用抗生素眼药水。</p><p>如果症状持续不缓解或者逐渐加重，应尽快到眼科就诊。</p>
<p class="sh">审核：杨建国 主任护师</p></div>
${pager}
</div>
<div class="xgwz"><div class="bt">相关文章</div><ul>${items.map(([href, q], i) => `<li><a href="${href}" target="_blank">${q}</a><span class="date">2020-10-2${i}</span></li>`).join('\n')}</ul></div>
<div class="footer">版权所有：中华护理学会</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html)))[0]!;

describe('a 相关文章 list of question links on a page naming no address, beside its pager', () => {
  it('links made as the pager’s neighbours are, every title asking, are the related links', () => {
    const own = read(page());
    expect(own.related_urls).toEqual(ITEMS.map(([href]) => href));
    expect(own.flags).not.toContain('unsure_reading');
    expect(own.doctor.title).toBe('主任护师');
  });

  it('no pager: the list read by its titles, all asking', () => {
    expect(read(page({ pager: '' })).related_urls).toEqual(ITEMS.map(([href]) => href));
  });

  it('a link of another shape than the pager’s, or a title that asks nothing: the list is doubted, not taken', () => {
    const lists = [
      page({ items: [...ITEMS.slice(0, 2), ['/cnaWebcn/news/5521.html', '眼屎多伴有眼睛痒要紧吗']] }),
      page({ items: [...ITEMS.slice(0, 2), ['/cnaWebcn/article/103266', '学会召开2020年护理科普工作会议']] }),
    ];
    for (const html of lists) expect(read(html).related_urls).toEqual([]);
    // Where every link is a question's (the first), the list is doubted as a reading list the reader cannot place.
    for (const html of lists.slice(0, 1)) expect(read(html).flags).toContain('unsure_reading');
  });
});
