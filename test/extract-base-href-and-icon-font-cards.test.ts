import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a page's <base href>, a rights notice under the answer and a card drawn with an icon font's glyphs.
 * What the blind split fresh-23 taught the genre reader, each rule on a small page of its own.
 */

describe('a page that sets its base address (<base href>)', () => {
  const page = (base: string, href: string) =>
    `<html><head><title>膝盖疼怎么办_某站</title><link rel="canonical" href="https://www.example-yiyuan.cn/q/1.html">${base}</head><body>` +
    '<h1>膝盖疼怎么办</h1><div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>' +
    `<div><h3>相关问题</h3><ul><li><a href="${href}2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li><li><a href="${href}3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div></body></html>`;
  const urls = (html: string, url = 'https://www.example-yiyuan.cn/q/1.html') => entriesOf(extractOrThrow(pageRecord(html, { url }))).slice(1).map((e) => e.url);

  it("has its links resolved against that address, as a browser does (another folder, the root, another host; itself relative to the page's)", () => {
    expect(urls(page('<base href="https://m.example-yiyuan.cn/wap/">', '../q/'))).toEqual(['https://m.example-yiyuan.cn/q/2.html', 'https://m.example-yiyuan.cn/q/3.html']);
    expect(urls(page('<base href="/">', 'q/'))).toEqual(['https://www.example-yiyuan.cn/q/2.html', 'https://www.example-yiyuan.cn/q/3.html']);
    // Without one, links are relative to the page.
    expect(urls(page('', 'q/'))).toEqual(['https://www.example-yiyuan.cn/q/q/2.html', 'https://www.example-yiyuan.cn/q/q/3.html']);
  });
});

describe("a site's rights notice under the answer", () => {
  it('(著作权归作者所有，复制请注明出处) ends the answer, none of it', () => {
    const read = (after: string) =>
      entriesOf(extractOrThrow(pageRecord(`<html><head><title>膝盖疼怎么办_某站</title></head><body><h1>膝盖疼怎么办</h1><div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>${after}</body></html>`, { url: 'https://www.example-yiyuan.cn/q/1.html' })))[0]!.answer_paragraphs;
    for (const notice of ['著作权归作者所有，复制请注明出处。', '版权归原作者所有，未经授权禁止转载。', '著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。']) {
      expect(read(`<p>${notice}</p>`)).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。']);
    }
  });
});

describe("a card drawn with an icon font's glyphs", () => {
  it("a private-use glyph before a field (a hospital's, a department's picture) is no part of it, and the fields are the card's, none of the answer", () => {
    const icon = (code: number) => String.fromCharCode(code);
    const [page] = entriesOf(
      extractOrThrow(
        pageRecord(
          `<html><head><title>膝盖疼怎么办_某站</title></head><body><h1>膝盖疼怎么办</h1><div>${icon(0xe61a)}2023-01-09</div>` +
            `<div><img src="/a.png" alt=""><div><b>陈思远</b> <span>${icon(0xe602)}主治医师</span></div><p>${icon(0xe61b)}滨海市第一医院</p><p>${icon(0xe61c)}骨科</p><div>${icon(0xe620).repeat(5)}</div></div>` +
            '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>',
          { url: 'https://www.example-yiyuan.cn/q/1.html' },
        ),
      ),
    );
    expect([page!.doctor.name, page!.doctor.title, page!.doctor.hospital, page!.doctor.department]).toEqual(['陈思远', '主治医师', '滨海市第一医院', '骨科']);
    expect(page!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。']);
  });

  it('a glyph bare before the date or the format word (a clock, a microphone) leaves the line a date-and-format line: 语音 is the format', () => {
    const icon = (code: number) => String.fromCharCode(code);
    const read = (when: string) =>
      entriesOf(
        extractOrThrow(
          pageRecord(
            `<html><head><title>膝盖疼怎么办_某站</title></head><body><h1>膝盖疼怎么办</h1><div><b>陈思远</b> 主治医师 滨海市第一医院 骨科</div><div>${when}</div>` +
              '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>',
            { url: 'https://www.example-yiyuan.cn/q/1.html' },
          ),
        ),
      )[0]!;
    for (const when of [`${icon(0xe6b2)}2023.01.09 15:24 <span>${icon(0xe7a1)}语音</span>`, `2023-01-09 <span>${icon(0xe71e)}语音</span>`]) {
      expect([read(when).date, read(when).format]).toEqual(['2023-01-09', 'voice']);
    }
  });
});
