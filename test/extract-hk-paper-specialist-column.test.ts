import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isPostNominals } from '../src/extract/card/english-card.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Hong Kong free daily's 專科醫生 column, traditional: the headline filed under the column's name (`專科醫生信箱：…`), the day
 * with the print issue's page beside it (`頭條日報 P.44 健康`), the columnist's box (`{name}醫生`, `{specialty}專科醫生`, the
 * post-nominals `MBBS (HK), FHKAM (Medicine)`, the hospital) at the head or the foot, `讀者問：` with a follow-up naming nothing,
 * `{name}醫生答：` on some, the column's other questions under `同一專欄` (linked by path, a snippet under each or none).
 * What fresh-95's hkheadline-zhuanke-yisheng taught the genre reader.
 */

const QUESTION = '產後起風團嚴重嗎';
const ANSWER = ['產後起風團的處理要根據病情輕重來決定。', '單純的起風團，多數在4到8天內逐漸緩解，注意規律作息、避免熬夜。'];
const OTHERS = [['122489', '女性蕁麻疹怎麼治療效果好', '蕁麻疹可能是以下原因引起：往往和飲食不規律、熬夜有關。', '19-04-2021'], ['122501', '孕婦全身發癢是怎麼回事？', '孕婦全身發癢需要結合具體情況來看，一般不嚴重。', '23-02-2020'], ['122475', '蕁麻疹會復發嗎？', '蕁麻疹的處理要根據病情輕重來決定，大多可以緩解。', '03-05-2022']];
const page = (o: { top: boolean; label: boolean; snippets: boolean; days?: string[]; day?: string }) => {
  const card = `<div class="columnist"><img src="/c.jpg" alt=""><p class="n">於英琳醫生</p><p>皮膚科專科醫生</p><p class="en">MBBS (HK), FHKAM (Medicine)</p><p>瑪麗醫院</p></div>`;
  const list = OTHERS.map(([id, q, s], i) => `<div class="item"><a href="/news/columns/46/${id}/">${q}</a>${o.snippets ? `<p>${s}</p>` : ''}<span class="date">${(o.days ?? OTHERS.map((x) => x[3]!))[i]}</span></div>`).join('\n');
  return `<html lang="zh-HK"><head><meta charset="utf-8"><title>專科醫生信箱：${QUESTION} | 某某日報</title></head><body>
<main><article><h1>專科醫生信箱：${QUESTION}</h1>
<div class="info"><span class="time">${o.day ?? '2019年4月16日 星期二'}</span>　<span class="paper">某某日報 P.44 健康</span></div>
${o.top ? card : ''}<div class="article-content">
<p>讀者問：有沒有什麼好的辦法緩解？</p>
${ANSWER.map((p, i) => `<p>${i === 0 && o.label ? '<b>於英琳醫生答：</b>' : ''}${p}</p>`).join('\n')}
</div>
${o.top ? '' : card}<p class="disclaimer">本欄內容只供參考，如有疑問請向你的醫生查詢。</p></article>
<section class="col-more"><h2>同一專欄</h2>${list}</section></main></body></html>`;
};
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' })));

describe('a Hong Kong paper’s 專科醫生 column', () => {
  for (const o of [{ top: true, label: false, snippets: true }, { top: false, label: true, snippets: false }, { top: true, label: true, snippets: false }, { top: false, label: true, snippets: true }]) {
    it(`reads the headline's question, the box's card past its post-nominals, the day and the column's list (${JSON.stringify(o)})`, () => {
      const entries = read(page(o));
      const own = entries.find((e) => e.origin === 'page')!;
      expect(own.question).toBe(QUESTION);
      expect(own.doctor).toMatchObject({ name: '於英琳', title: '專科醫生', department: '皮膚科', hospital: '瑪麗醫院' });
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBe('2019-04-16');
      expect(own.related_urls).toEqual(OTHERS.map(([id]) => `/news/columns/46/${id}/`));
      const items = entries.filter((e) => e.origin === 'related');
      expect(items).toHaveLength(o.snippets ? 3 : 0);
      if (o.snippets) expect(items.map((i) => i.date)).toEqual(['2021-04-19', '2020-02-23', '2022-05-03']);
      expect(own.flags).not.toContain('unsure_reading');
    });
  }

  it('leaves a day that reads two ways unread, the page showing no order (fresh-67’s convention)', () => {
    const entries = read(page({ top: true, label: false, snippets: true, day: '02/03/2021', days: ['06-08-2022', '01-07-2020', '03-03-2021'] }));
    expect(entries.find((e) => e.origin === 'page')!.date).toBeNull();
    expect(entries.filter((e) => e.origin === 'related').map((i) => i.date)).toEqual([null, null, '2021-03-03']);
  });

  it('its lines, each read as what it is', () => {
    expect(readMetaLine('2022年9月16日 星期五　頭條日報 P.44 健康')).toMatchObject({ dates: [{ iso: '2022-09-16' }], metaOnly: true });
    expect(readMetaLine('2023-05-06 某某晚报 第A14版 健康')).toMatchObject({ dates: [{ iso: '2023-05-06' }], metaOnly: true });
    expect(isPostNominals('MBBS (HK), FHKAM (Medicine)')).toBe(true);
    expect(isPostNominals('MBChB (CUHK), FRCP (Edin)')).toBe(true);
    expect(isPostNominals('Queen Mary Hospital')).toBe(false);
  });
});
