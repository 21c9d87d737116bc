import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Taiwanese daily's health Q&A column: a channel tag before the headline (`健康網》`), the bracketed dateline's lede
 * (`〔記者…／台北報導〕…`), the doctor's `文／{hospital}{department}醫師 {name}` byline, a reader's letter that tells first and
 * asks last under a headline that asks nothing, and the site's app ad under the answer.
 */

const URL = 'https://health.dailypaper.example/article/paper/1600001';
const html = (title: string, body: string) => `<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');

const QUESTION = '老人總是膝蓋痛是什麼病';
const ANSWER = ['老人膝蓋痛多與退化性關節炎有關，上下樓梯時加重，休息後可緩解。', '建議到醫院骨科拍X光片，明確診斷後規範治療，平時注意控制體重。'];
const AD = '不用抽 不用搶 現在用APP看新聞 保證天天中獎';
const page = (headline: string, { lede = '〔記者林惠琴／台北報導〕本報健康版「醫師Q&amp;A」單元，由專科醫師回覆讀者來信。', credit = '<p>文／台北仁康醫院骨科醫師 王志明</p>', letter = `最近一段時間一直這樣，不知道是什麼原因。${QUESTION}` } = {}) =>
  html(
    `${headline} - 健康網`,
    `<h1>${headline}</h1><span class="time">2023/05/06 05:30</span><div class="text"><p>${lede}</p>${credit}<p><strong>讀者問：</strong>${letter}</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>${AD}</p></div>`,
  );

describe('a Taiwanese daily’s health Q&A column', () => {
  it('the channel tag before the headline (健康網》) is none of the question', () => {
    expect(pageOf(page(`健康網》${QUESTION}`))!.question).toBe(QUESTION);
  });

  it('the bracketed dateline’s lede and the app ad are none of the answer', () => {
    expect(pageOf(page(QUESTION))!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a 文／ byline opening with the doctor’s hospital is the card', () => {
    const own = pageOf(page(QUESTION))!;
    expect(own.doctor).toMatchObject({ name: '王志明', title: '醫師', department: '骨科', hospital: '台北仁康醫院' });
  });

  it('under a headline that asks nothing, the reader’s letter’s asking last sentence is the question', () => {
    expect(pageOf(page('膝蓋痛別輕忽 醫師這樣說'))!.question).toBe(QUESTION);
    const followUp = page('膝蓋痛別輕忽 醫師這樣說', { letter: `有沒有什麼好的辦法緩解？${QUESTION}` });
    expect(pageOf(followUp)!.question).toBe(QUESTION);
    const asksFirst = page('膝蓋痛別輕忽 醫師這樣說', { letter: `請問需要做什麼檢查？${QUESTION}` });
    expect(pageOf(asksFirst)!.question).toBe(QUESTION);
  });
});
