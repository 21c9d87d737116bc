import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isReplyFormLine } from '../src/extract/words/reply-form.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own consultation board whose record labels the question 主旨 and the reply 回覆內容, and signs the reply inside it
 * under the reply's bare label (`回覆：骨科 王大明 醫師`), before or after its text; a Taiwanese day with its weekday in brackets.
 * What fresh-94's wanfang-yiliao-zixun-big5 (a Taipei hospital's 醫療諮詢) taught the genre reader.
 */

const URL = 'https://www.hospital.example.tw/p/405-1000-1234.php';
const QUESTION = '經前乳房脹痛要吃藥嗎';
const ANSWER = ['經前乳房脹痛多數與荷爾蒙變化有關，一般月經來後會自行緩解。', '如果摸到固定的腫塊或疼痛持續加重，建議到乳房外科門診做超音波檢查。'];
const page = (reply: string) =>
  `<html lang="zh-TW"><head><meta charset="utf-8"><title>醫療諮詢 - 臺北市立某某醫院</title></head><body>
<div id="header"><span>臺北市立某某醫院</span></div>
<table><tr><th>主旨：</th><td><b>${QUESTION}</b></td></tr>
<tr><th>諮詢日期：</th><td>112/05/01(一)</td></tr>
<tr><th>諮詢內容：</th><td>最近一段時間一直這樣，不知道是什麼原因。</td></tr>
<tr><th>回覆日期：</th><td>112/05/06(六)</td></tr>
<tr><th>回覆內容：</th><td>${reply}</td></tr></table>
<p>※本院網路諮詢僅供參考，無法取代實際門診診療。</p>
<div><h3>最新諮詢</h3><ul><li><a href="405-1000-1201.php">乳房有腫塊是怎麼回事</a> <span>111/10/15(六)</span></li>
<li><a href="405-1000-1188.php">經期延長是什麼原因引起的</a> <span>111/09/02(五)</span></li></ul></div></body></html>`;
const pageOf = (reply: string) => entriesOf(extractOrThrow(pageRecord(page(reply), { url: URL }))).find((e) => e.origin === 'page');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('\n');
const SIGNED = '<p>回覆：婦產科 王大明 醫師</p>';

describe('a board reply signed under its own bare label', () => {
  it('signed after the text: the signing line names the doctor and is none of the answer', () => {
    const own = pageOf(`${ps(ANSWER)}\n${SIGNED}`)!;
    expect(own.question).toBe(QUESTION);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toMatchObject({ name: '王大明', title: '醫師', department: '婦產科' });
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('signed before the text, under an office’s note forwarding the letter and over a closing wish: the text alone', () => {
    const own = pageOf(`<p>客服中心：您好，您的來信已轉請婦產科醫師回覆，說明如下。</p>\n${SIGNED}\n${ps(ANSWER)}\n<p>敬祝　安康</p>`)!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toMatchObject({ name: '王大明', title: '醫師', department: '婦產科' });
  });

  it('an office’s note saying the letter was forwarded and the reply follows is a form line', () => {
    expect(isReplyFormLine('客服中心：您好，您的来信已转请骨科医师回复，说明如下。')).toBe(true);
    expect(isReplyFormLine('您好，这种情况多数与激素变化有关，说明如下：')).toBe(false);
  });
});

describe('a Taiwanese day with its weekday in brackets', () => {
  it('is a line of meta: the bracketed weekday is the day’s other name', () => {
    expect(readMetaLine('109/03/20(五)')).toMatchObject({ dates: [{ iso: '2020-03-20' }], metaOnly: true });
    expect(readMetaLine('2023/03/20（週一）').metaOnly).toBe(true);
    expect(readMetaLine('（一）2023年起每年复查').metaOnly).toBe(false);
  });
});
