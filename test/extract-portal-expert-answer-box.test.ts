import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health portal's expert answer: a column tag over the question, a lead-in naming who answers before it
 * (`骨科專科醫生解答：`), the doctor's box with its booking button (`預約此醫生`), the reader's label alone over their words
 * in a box of their own, then the answer in its box.
 */

const ANSWER = ['膝蓋痛常見的原因有以下幾種：', '一、與膝關節炎有關，要避免長時間爬樓梯和久站。', '二、運動後膝蓋痛，可以先休息並適當冰敷，以免加重。', '建議及時到醫院骨科就診，明確診斷後規範治療。'];
const page = (opts: { lead?: boolean; between?: string } = {}) => `<html lang="zh-HK"><head><title>上下樓膝蓋痛怎麼辦？ | 專家答問 | 健康網</title></head><body>
<header><a href="/">健康網</a><nav><a href="/doctor/">醫生搜尋</a> <a href="/qa/">專家答問</a></nav></header>
<article>
<span class="tag">專家答問</span>
<h1>${opts.lead ? '骨科專科醫生解答：' : ''}上下樓膝蓋痛怎麼辦？</h1>
<div class="date">發佈日期：2023年5月6日</div>
<div class="box"><img src="/e/1.jpg" alt=""><div><p>陳志明醫生</p><p>骨科專科醫生</p><p>旺角康寧醫療中心</p><a href="/doctor/booking?id=1234">預約此醫生</a></div></div>
<div class="ask"><p>讀者問：</p><p>最近一段時間一直這樣，不知道是什麼原因。</p></div>
${opts.between ?? ''}<div class="answer">
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<p class="disclaimer">以上資料僅供參考，並不能取代醫生的診斷及治療。</p>
</article>
<div class="more"><h3>更多專家答問</h3><ul><li><a href="/qa/2">膝關節炎會復發嗎</a><p>膝關節炎容易反復，平時要注意保暖。</p></li><li><a href="/qa/3">膝蓋腫怎麼辦</a><p>膝蓋腫多與勞損有關，先休息觀察。</p></li></ul></div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.health.example.hk/qa/1' })));

describe("a health portal's expert answer under a column tag, a booking box and the reader's labelled words", () => {
  it("takes no booking button (`預約此醫生`) for a related question: the page's own answer is read, unsigned by `預約此`", () => {
    const [own, ...related] = read(page());
    expect(own!.question).toBe('上下樓膝蓋痛怎麼辦？');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor.name).toBe('陳志明');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(related.map((r) => r.question)).toEqual(['膝關節炎會復發嗎', '膝蓋腫怎麼辦']);
  });

  it("leaves the reader's words under their label alone (`讀者問：`) in their own box out of the answer, a film's head and `答：` between", () => {
    const [own] = read(page({ between: '<div class="video"><h3>專家短片</h3><iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe></div>\n<p>答：</p>\n' }));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads the question without the lead-in naming who answers (`骨科專科醫生解答：`)', () => {
    const [own] = read(page({ lead: true }));
    expect(own!.question).toBe('上下樓膝蓋痛怎麼辦？');
  });
});
