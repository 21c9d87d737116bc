import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Taiwanese paper's 醫師Q&A column credits its doctor over the reader's letter (`諮詢／{name}醫師（{hospital}{department}）`),
 * then prints `讀者問：` and the answer under a label calling the answerer but naming no one (`醫師答：`, `醫生答：`, `專家答：`).
 * The label names no card, so the credit the page prints is the card, as it is under a bare `答：`.
 */

const ANSWER = ['牙齒發黑可能是以下原因引起：', '1.齲齒的發生和體質、生活習慣都有關係，注意規律作息、避免熬夜。', '總之，原因比較多，需要在醫師指導下明確原因後再治療。'];

const page = (label: string) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        '<html><head><meta charset="utf-8"><title>牙齒發黑幾天了怎麼辦 - 某某健康網</title></head><body>' +
          '<div class="article"><h1>牙齒發黑幾天了怎麼辦</h1><span class="time">2023/03/26 15:11</span><div class="text">' +
          '<p>〔健康頻道／綜合報導〕讀者來信詢問相關問題，本網邀請醫師回覆。</p>' +
          '<p class="credit">諮詢／林美華醫師（台中安和醫院口腔科）</p>' +
          '<p><strong>讀者問：</strong>平時工作比較忙，作息不太規律。牙齒發黑幾天了怎麼辦</p>' +
          `<p><strong>${label}</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
          '</div></div></body></html>',
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('a column’s answer label naming no one leaves the card to the credit the page prints', () => {
  for (const label of ['醫師答：', '醫生答：', '專家答：', '答：']) {
    it(`reads the 諮詢／ credit over the reader’s letter as the card under \`${label}\``, () => {
      const entry = page(label);
      expect(entry.doctor).toMatchObject({ name: '林美華', title: '醫師', department: '口腔科', hospital: '台中安和醫院' });
      expect(entry.answer_paragraphs).toEqual(ANSWER);
    });
  }
});
