import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A shop's question page prints its customers' replies beside the pharmacists' answers, the nickname under the badge the shop
 * gives one who bought the goods (`yfw_fa1dab 已购买`, `小王 已购买此商品`): a buyer's word on the goods, none of the
 * pharmacist's answer, after it or before it. What the blind split fresh-77 taught the genre reader.
 */

const URL = 'https://www.example-shop.cn/wenda/110239.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['关于转氨酶升高，可以从以下几个方面来考虑：', '（1）转氨酶升高伴有乏力的，需要在医生指导下使用保肝药。', '总之，转氨酶升高的原因比较多，需要在医生指导下明确原因后再治疗。'];
const pharmacist = `<div class="ans"><div class="ys-card"><img src="/ph/a.jpg" class="av"><p><b>潘琳</b> <span class="zc">执业药师</span></p><p class="dw">青川同心医药连锁</p></div><div class="hd-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="hd-ft"><span>2020-11-10</span> <a>有用 12</a></p></div>`;
const buyer = `<div class="ans buyer"><p><img src="/u/b.jpg" class="av"><b>yfw_fa1dab</b> <i class="yg">已购买</i></p><div class="hd-txt"><p>我吃过这个药，效果还可以，按说明书吃就行。</p></div><p class="hd-ft"><span>2020-11-12</span></p></div>`;
const page = (answers: string) =>
  `<html><head><title>转氨酶升高怎么办_药师问答</title></head><body><div class="q"><h1>转氨酶升高怎么办</h1><p class="tw">提问人：用户_1526　2020-11-09</p><p>体检发现的。</p></div><div class="hd"><h3>共2条回答</h3>${answers}</div></body></html>`;

describe('a buyer’s reply beside the pharmacist’s answer', () => {
  it('its byline is a member’s byline', () => {
    for (const line of ['yfw_fa1dab 已购买', '小王 已购买此商品']) expect(isMemberByline(line), line).toBe(true);
    for (const line of ['已购买', '潘琳 执业药师', '建议已购买的药先停用']) expect(isMemberByline(line), line).toBe(false);
  });

  it('after the answer, the buyer’s words are none of it', () => {
    const [own] = read(page(`${pharmacist}${buyer}`));
    expect(own!.doctor.name).toBe('潘琳');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2020-11-10');
  });
});
