import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isDisclaimer } from '../src/extract/words/genre.js';

/**
 * A pharmacy chain's share page: a doctor seated in one of its stores (`坐堂医师 · 主任中医师`, `出诊：{store}（每周二上午）`) and
 * the site's footer of pieces ending in the hedge (`中华老字号 同仁堂 始于1669 · 问答内容仅供参考`). Before, 坐堂 was read as the
 * name, the store as nothing, and the footer as the answer's last line, silently.
 */
const ANSWER = ['关于嗓子痒，可以从以下几个方面来考虑：', '1.慢性咽炎的发生和体质、生活习惯都有关系。', '如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。'];
const page =
  `<html><head><meta charset="utf-8"><title>嗓子痒怎么办</title></head><body><div class="ask"><h1>嗓子痒怎么办</h1><p>患者 女 35岁</p></div>` +
  `<div class="doc"><p class="doc-name">郭怡</p><p class="doc-title">坐堂医师 · 主任中医师</p><p class="doc-org">出诊：北京同仁堂大栅栏店（每周二上午）</p></div>` +
  `<div class="ans"><span>图文问诊</span><span>回答于 2023-05-06 14:22</span>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
  `<div class="foot">中华老字号 同仁堂 始于1669 · 问答内容仅供参考</div></body></html>`;

describe('a seated doctor’s store and the site’s footer hedge', () => {
  it('reads the seated doctor’s name, rank and store', () => {
    expect(parseCardParts(['郭怡', '坐堂医师 · 主任中医师', '出诊：北京同仁堂大栅栏店（每周二上午）'])).toMatchObject({ name: '郭怡', title: '主任中医师', hospital: '北京同仁堂大栅栏店', department: null });
  });
  it('leaves the footer out of the answer', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page))).find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toMatchObject({ name: '郭怡', title: '主任中医师', hospital: '北京同仁堂大栅栏店' });
  });
  it('takes a footer row’s hedge as the site’s, as the site’s', () => {
    expect(isDisclaimer('中华老字号 同仁堂 始于1669 · 问答内容仅供参考')).toBe(true);
  });
});
