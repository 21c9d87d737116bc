import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on <ruby> pinyin, tables inside an answer, AI summary boxes, related lists mixing snippets and bare links, and short card values with tooltips.
 * Issue #9: what the blind split fresh-17 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-17 taught the reader: ruby annotations, tables in an answer, AI summary boxes, mixed related lists, short card values', () => {
  const html = (body: string, head = '') => `<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`;
  const read = (body: string, head = '', url = 'https://www.example-wenda.cn/q/1.html') => entriesOf(extractOrThrow(pageRecord(html(body, head), { url })));
  const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
  const when = '<div>回答时间：2021-08-24</div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const paragraphs = ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'];
  const snippet = (q: string) => `${q.replace(/[？?]$/u, '')}多与饮食习惯有关，注意休息，必要时就医。`;
  const item = (n: number, q: string) => `<li><a href="/q/${n}.html">${q}</a><p>${snippet(q)}</p></li>`;
  const related = `<div><h3>相关问题</h3><ul>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}</ul></div>`;

  it('pinyin printed over the characters with <ruby> is none of the text: the question, the answer and an item read as the base characters', () => {
    const body =
      `<h1><ruby>胃<rt>wèi</rt></ruby><ruby>胀<rp>(</rp><rt>zhàng</rt><rp>)</rp></ruby>怎么办</h1>${card}${when}<div><span>拼音</span> <a href="javascript:;">关</a></div>` +
      `<div><p><ruby><rb>胃</rb><rt>wèi</rt></ruby>胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助<ruby>胃<rt>wèi</rt>肠<rt>cháng</rt></ruby>蠕动。</p></div>` +
      `<div><h3>相关问题</h3><ul><li><a href="/q/2.html">饭后<ruby>胃<rt>wèi</rt></ruby>胀是什么原因</a><p>${snippet('饭后胃胀是什么原因')}</p></li>${item(3, '胃胀气吃什么药')}</ul></div>`;
    const [page, ...items] = read(body);
    expect([page!.question, page!.answer_paragraphs, page!.flags]).toEqual(['胃胀怎么办', paragraphs, []]);
    expect(items.map((e) => e.question)).toEqual(['饭后胃胀是什么原因', '胃胀气吃什么药']);
  });

  it('a table in the answer is read row by row: each row one paragraph, its cells joined by a space, the header row too', () => {
    const table =
      '<div style="overflow-x:auto"><table border="1"><thead><tr><th>药物</th><th>用法用量</th><th>每日次数</th></tr></thead>' +
      '<tbody><tr><td>促胃动力药</td><td>每次1片</td><td>3次</td></tr><tr><td>益生菌</td><td>每次1袋</td><td>2次</td></tr></tbody></table></div>';
    const body = `<h1>胃胀怎么办</h1>${card}${when}<div><p>胃胀多与饮食有关，少吃产气食物。</p><p>用药可以参考下表：</p>${table}<p>饭后适当散步，帮助胃肠蠕动。</p></div>${related}`;
    const [page] = read(body);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '用药可以参考下表：', '药物 用法用量 每日次数', '促胃动力药 每次1片 3次', '益生菌 每次1袋 2次', '饭后适当散步，帮助胃肠蠕动。']);
    // A table of labels beside values (a record of the consult) is not joined: a label cell stays apart from its value.
    const record = `<h1>胃胀怎么办</h1>${card}${when}<table><tr><td>回复内容：</td><td>胃胀多与饮食有关，少吃产气食物。</td></tr></table>${related}`;
    expect(read(record)[0]!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。']);
  });

  it("an AI summary box (its head, points repeating the answer's sentences, its AI-generated note) is none of the answer, wherever it stands", () => {
    const box = (head: string) =>
      `<div><div>✨ ${head}</div><ul><li>胃胀多与饮食有关。</li><li>饭后适当散步，帮助胃肠蠕动。</li></ul><p>以上内容由AI生成，仅供参考</p><div><span>继续问AI：</span><button>吃什么好？</button></div></div>`;
    const marked = '<p>胃胀多与饮食有关，<mark>少吃产气食物</mark>。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
    for (const body of [
      `<h1>胃胀怎么办</h1>${box('AI帮你总结')}${card}${when}<div>${marked}</div>${related}`,
      `<h1>胃胀怎么办</h1>${card}${when}<div>${marked}</div>${box('内容速览')}<div><span>这个回答对你有帮助吗？</span><a href="javascript:;">有帮助（12）</a> <a href="javascript:;">没帮助</a></div>${related}`,
    ]) {
      const [page, ...items] = read(body);
      expect([page!.answer_paragraphs, page!.flags, items.length]).toEqual([paragraphs, [], 2]);
    }
  });

  it('a related list mixing items with their snippet and bare linked questions is read: the bare ones are no items; a list of other doctors is none', () => {
    const bare = (n: number, q: string) => `<li><a href="/q/${n}.html">› ${q}</a></li>`;
    const doctors = '<div><h3>本科室医生</h3><ul><li><a href="/doctor/7.html"><b>李明</b> <span>主任医师</span><p>江州市中医院</p><p>擅长慢性胃炎的诊治。</p></a><span>咨询</span></li></ul></div>';
    const body =
      `<h1>胃胀怎么办</h1>${card}${when}<div>${answer}</div>${doctors}` +
      `<div><h3>猜你想问</h3><ul>${bare(4, '胃胀能喝牛奶吗')}${item(2, '饭后胃胀是什么原因')}${bare(5, '胃胀挂什么科')}${bare(6, '胃胀是胃炎吗')}${item(3, '胃胀气吃什么药')}</ul></div>`;
    const [page, ...items] = read(body);
    expect([page!.doctor.name, page!.flags]).toEqual(['王清玉', []]);
    expect(items.map((e) => [e.question, e.url, e.flags.includes('unsure_reading')])).toEqual([
      ['饭后胃胀是什么原因', 'https://www.example-wenda.cn/q/2.html', false],
      ['胃胀气吃什么药', 'https://www.example-wenda.cn/q/3.html', false],
    ]);
  });

  it("a compact card's values printed short, the full value in a tooltip, are read as printed; the avatar over the card's lines is no grade badge", () => {
    const compact =
      '<div><img src="/avatar/1.png" alt="" width="48"><div><b>王清玉</b> <span title="副主任医师">副主任</span> | <span title="内分泌科">内分泌</span></div>' +
      '<div><span style="display:inline-block;max-width:9em;overflow:hidden;text-overflow:ellipsis" title="江州市人民医院">江州市人民医院</span></div></div>';
    const [page] = read(`<h1>胃胀怎么办</h1>${compact}${when}<div>${answer}</div>${related}`);
    expect([page!.doctor, page!.answer_paragraphs, page!.flags]).toEqual([
      { name: '王清玉', title: '副主任', department: '内分泌', hospital: '江州市人民医院', hospital_grade: null },
      paragraphs,
      [],
    ]);
    // No short form where the full value is printed as a value elsewhere on the page (another doctor's card).
    const others = `<h1>胃胀怎么办</h1>${card}${when}<div>${answer}</div><div><h3>推荐医生</h3><p><b>李明</b> <span title="副主任医师">副主任</span></p></div>${related}`;
    expect(read(others)[0]!.doctor.title).toBe('副主任医师');
  });

});
