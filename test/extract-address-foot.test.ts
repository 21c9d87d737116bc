import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital site's foot naming the hospital and its street address, after the answer with no related list between, perhaps
 * with a greeting before it whose bytes were misread (`欢迎光临`'s GBK read as Latin-1: `»¶Ó­¹âÁÙ`, fresh-118's 郭綜合):
 * the site's, none of the answer.
 */
const page = (foot: string) => `<html lang="zh-TW"><head><meta charset="utf-8"><title>胃脹氣怎麼辦 - 網路諮詢 - 南岸綜合醫院</title></head><body>
<div class="header"><a href="/"><span class="name">南岸綜合醫院</span></a></div>
<div class="qa"><h2>諮詢標題：胃脹氣怎麼辦</h2><div class="asker">諮詢內容：吃完飯就脹氣。</div>
<div class="docinfo"><p>醫師：陳文華　主治醫師</p><p>科別：胃腸肝膽科</p></div><p class="time">回覆時間：2023/01/05</p>
<div class="ans">胃脹氣多與飲食過快、吃太多產氣食物有關&#65292;建議細嚼慢嚥&#12290;<br><br>若合併體重減輕或解黑便&#65292;請儘速就醫檢查&#12290;</div></div>
<div class="foot">${foot}</div>
</body></html>`;

describe("a hospital site's address foot after the answer", () => {
  const answer = ['胃脹氣多與飲食過快、吃太多產氣食物有關，建議細嚼慢嚥。', '若合併體重減輕或解黑便，請儘速就醫檢查。'];
  for (const foot of ['南岸綜合醫院　台南市北區成功路22號', '<span>»¶Ó­¹âÁÙ</span> 南岸綜合醫院　台南市北區成功路22號']) {
    it(`is none of the answer: ${foot}`, () => {
      const [entry] = entriesOf(extractOrThrow(pageRecord(page(foot), { url: 'https://www.example-hosp.tw/consult/1' })));
      expect([entry!.answer_paragraphs, entry!.flags]).toEqual([answer, []]);
    });
  }
});
