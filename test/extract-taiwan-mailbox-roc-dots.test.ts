import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { findDate, findTaiwanDate } from '../src/extract/dates/page-meta.js';

/**
 * A Taiwanese hospital's 醫師信箱: a label/value table (諮詢主題, 諮詢日期, a 服務台 reply, 回覆醫師, 回覆科別, 回覆日期, 回覆內容),
 * its days in the ROC calendar with dots (`112.05.06`: 2023-05-06) — read so on a page of Taiwan, or after 民國, never as a
 * bare three-digit number elsewhere —, and its other questions in a table under a `<caption>其他諮詢</caption>`: the page's
 * related links.
 */

const QUESTION = '男性早醒掛什麼科';
const ANSWER = ['關於男性早醒，可以從以下幾個方面來考慮：', '一、單純的早醒，要排除其他疾病引起早醒的可能，症狀加重時要及時復診。'];
const row = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
const page = (lang: string, doctor = '夏怡 主治醫師') => `<html lang="${lang}"><head><meta charset="utf-8"><title>醫師信箱 - 某某紀念醫院</title></head><body>
<div id="header"><span>某某醫療財團法人 某某紀念醫院</span></div>
<div id="content"><h2>醫師信箱</h2>
<table class="view">
${row('諮詢主題', QUESTION)}
${row('諮詢日期', '111.05.26')}
${row('諮詢內容', '最近一段時間一直這樣，不知道是什麼原因。')}
${row('服務台回覆', '您好，您的問題已轉請專科醫師回覆，敬請耐心等候。公共服務組')}
${row('回覆醫師', doctor)}
${row('回覆科別', '皮膚科')}
${row('回覆日期', '111.05.31')}
${row('回覆內容', ANSWER.join('<br><br>'))}
</table>
<table class="list"><caption>其他諮詢</caption><tr><td><a href="View.aspx?no=120894">經期焦慮症多久能好</a></td><td>109.12.17</td></tr>
<tr><td><a href="View.aspx?no=120861">女性白天犯困還入睡困難怎麼回事？</a></td><td>108.03.11</td></tr></table></div>
<div id="footer">某某紀念醫院　台北市士林區文昌路95號</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-hospital.org.tw/Mailbox/View.aspx?no=1' }))).find((e) => e.origin === 'page')!;

describe('a Taiwanese hospital’s 醫師信箱 with ROC days in dots', () => {
  it('reads the reply’s 111.05.31 as 2022-05-31 on a page of Taiwan, the 服務台 reply none of the answer', () => {
    const own = read(page('zh-TW'));
    expect(own.date).toBe('2022-05-31');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.title).toBe('主治醫師');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('leaves a dotted three-digit day unread on a page that declares no region', () => {
    expect(read(page('zh')).date).toBeNull();
    expect(findTaiwanDate('111.05.31')).toBe('2022-05-31');
    expect(findDate('111.05.31')).toBeNull();
    expect(findDate('民國111.05.31')).toBe('2022-05-31');
    expect(findDate('民國111年5月31日')).toBe('2022-05-31');
  });

  it('takes the questions under the table’s caption as the page’s related links', () => {
    expect(read(page('zh-TW')).related_urls).toEqual(['https://www.example-hospital.org.tw/Mailbox/View.aspx?no=120894', 'https://www.example-hospital.org.tw/Mailbox/View.aspx?no=120861']);
  });

  it('reads a bare 醫師 after the name as printed, the title (as earlier Taiwanese boards are keyed)', () => {
    expect(read(page('zh-TW', '梁蘭建 醫師')).doctor.title).toBe('醫師');
  });
});
