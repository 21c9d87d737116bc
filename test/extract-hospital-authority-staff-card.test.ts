import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A public hospital authority's Q&A page (traditional) credits the nurse, therapist or doctor who answers under their rank:
 * a `<dl>` `解答：{name} {rank}` / `單位：{hospital}{department}`, a head line `{rank}{name}（{hospital}{department}）` or a
 * closing `（資料提供：{hospital}{department}{rank}{name}）`. Before, 顧問護師 read as 護師, 資深護師 as the name 資深 and a 護師,
 * 病房經理 and 註冊護士 as no card (the page unread), the unit whole as the hospital, and the head line not at all.
 */
const ANSWER = ['咳嗽可能是以下原因引起：', '（1）咳嗽在夜間加重的，一般需要復查血常規。', '平時要注意保持良好的生活習慣，按時復查。'];
const page = (card: string, credit = '') =>
  `<html lang="zh-HK"><head><meta charset="utf-8"><title>寶寶咳嗽掛什麼科 | 智友站</title></head><body><article>` +
  `<h1>寶寶咳嗽掛什麼科</h1><div class="meta"><span>發佈日期：2023年5月6日</span></div>${card}` +
  `<div class="body">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${credit}` +
  `<div class="share">分享：<a href="#">Facebook</a></div></article></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a hospital authority’s staff card, the rank the title', () => {
  for (const rank of ['顧問護師', '資深護師', '註冊護士', '病房經理', '物理治療師', '職業治療師'])
    it(`reads ${rank} in a <dl> card, the unit parted into hospital and department`, () => {
      const entry = own(page(`<dl><dt>解答：</dt><dd>陳美玲 ${rank}</dd><dt>單位：</dt><dd>基督教聯合醫院口腔科</dd></dl>`));
      expect(entry.doctor).toMatchObject({ name: '陳美玲', title: rank, hospital: '基督教聯合醫院', department: '口腔科' });
      expect(entry.flags).not.toContain('unsure_reading');
    });
  it('reads the head line {rank}{name}（{hospital}{department}）, none of it in the answer', () => {
    const entry = own(page('<p class="who">病房經理傅偉（瑪麗醫院婦產科）</p>'));
    expect(entry.doctor).toMatchObject({ name: '傅偉', title: '病房經理', hospital: '瑪麗醫院', department: '婦產科' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
  it('reads the closing credit, none of it in the answer', () => {
    const entry = own(page('', '<p class="src">（資料提供：屯門醫院乳腺外科物理治療師侯磊）</p>'));
    expect(entry.doctor).toMatchObject({ name: '侯磊', title: '物理治療師', hospital: '屯門醫院', department: '乳腺外科' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});
