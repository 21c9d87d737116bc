import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Hong Kong paper's health column in traditional script: the headline files the question under the column's name
 * (`醫生話你知：…`, `健康解碼：…`), none of the question; on a subscriber's story the answer stops at a wall asking the reader to
 * subscribe (`訂閱本報網站，即可閱讀全文`), none of the answer, and what is shown is a preview.
 */

const QUESTION = '呼吸急促怎麼辦？';
const pageOf = (headline: string, wall: boolean) =>
  entriesOf(extractOrThrow(pageRecord(
    `<html lang="zh-HK"><head><meta charset="utf-8"><title>${headline} - 港島日報網站</title></head><body>` +
      `<div id="top"><a href="/">港島日報</a> <a href="/health">健康</a></div><div class="bar"><a href="/health">健康</a> › 專欄</div>` +
      `<h1>${headline}</h1><div class="date">2023年5月6日　星期六</div>` +
      `<div class="author"><div>陳志明醫生</div><div>呼吸系統科專科醫生</div></div>` +
      `<div id="body"><p><strong>讀者來信：</strong>最近上樓梯就喘，不知道是甚麼原因。</p>` +
      `<p>呼吸急促常見的原因有以下幾種：</p><p>一、哮喘的發生和體質、生活習慣都有關係，平時多喝溫水、適當休息。</p>` +
      (wall ? `<p>二、如果是肺炎引起的，要排除其他疾病……</p><div class="wall"><p>訂閱港島日報網站，即可閱讀全文</p><a href="/subscribe">立即訂閱</a> <a href="/login">登入</a></div>` : `<p>如果症狀持續不緩解，應盡快到呼吸科就診。</p>`) +
      `</div><div class="share">分享：<a href="#">Facebook</a></div><div id="foot">港島日報有限公司 版權所有</div></body></html>`,
  ))).find((e) => e.origin === 'page')!;

describe('a health column’s headline prefix and its subscription wall', () => {
  for (const column of ['醫生話你知', '健康解碼', '营养师话你知']) {
    it(`reads the question without the column’s name ${column}：`, () => {
      expect(pageOf(`${column}：${QUESTION}`, false).question).toBe(QUESTION);
    });
  }

  it('ends the answer at the wall asking to subscribe, the shown part a preview', () => {
    const page = pageOf(QUESTION, true);
    expect(page.answer_paragraphs.at(-1)).toBe('二、如果是肺炎引起的，要排除其他疾病……');
    expect(page.answer_paragraphs.join('')).not.toContain('訂閱');
  });
});
