import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A patient foundation's Q&A page: its newsletter's issue beside the day (`好心肝會刊第82期（111年6月）`), the closing credit
 * `（本文由{hospital}{department}{title} {name} 回覆）`, and the donation box after the answer.
 */

const URL = 'https://www.foundation.example/knowledgeView.php?sn=1234';
const html = (body: string) => `<html><head><meta charset="utf-8"><title>肝指數高要緊嗎？ - 基金會</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');

const ANSWER = ['肝指數偏高多與脂肪肝、飲酒或藥物有關，少數是病毒性肝炎引起。', '建議抽血檢查B肝、C肝，並做腹部超音波，明確原因後再治療。'];
const page = ({ day = '發布日期：111年8月17日', credit = '', box = '' } = {}) =>
  html(
    `<h1>肝指數高要緊嗎？</h1><div class="info"><span>${day}</span> <span>好心肝會刊第82期（111年6月）</span></div><div class="answer">${ANSWER.map((p) => `<p>${p}</p>`).join('')}${credit}</div>${box}`,
  );
const SIDE_BOX = '<div><h4>諮詢醫師</h4><p>陳志明</p><p>職稱：主治醫師</p><p>服務單位：永和安康醫院</p><p>科別：肝膽腸胃科</p></div>';
const DONATION = '<div><p>您的支持，是我們消滅肝病的力量！</p><a href="/donate.php">我要捐款</a> 郵政劃撥：18294340</div>';

describe('a patient foundation’s Q&A page', () => {
  it('the day beside the newsletter’s issue and its month is the page’s day', () => {
    expect(pageOf(page({ box: SIDE_BOX }))!.date).toBe('2022-08-17');
    expect(pageOf(page({ day: '發布日期：2022-08-17', box: SIDE_BOX }))!.date).toBe('2022-08-17');
  });

  it('the closing credit’s words (本文由 … 回覆) are none of the card', () => {
    const own = pageOf(page({ credit: '<p>（本文由永和安康醫院肝膽腸胃科主治醫師 陳志明 回覆）</p>' }))!;
    expect(own.doctor).toMatchObject({ name: '陳志明', title: '主治醫師', department: '肝膽腸胃科', hospital: '永和安康醫院' });
  });

  it('the donation box after the doctor’s side box is none of the answer', () => {
    expect(pageOf(page({ box: SIDE_BOX + DONATION }))!.answer_paragraphs).toEqual(ANSWER);
  });
});
