import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A programme's transcript of its host and its guest, a caller put through and named by name (`张伟：那我需要拍片吗？`): no card for
 * them on the page, their turn asks: the caller's, none of the answer.
 */
const ANS = ['关于经期肩背酸痛，可以从以下几个方面来考虑：', '肩背酸痛持续两天以上的，适当热敷、按摩能促进血液循环。', '建议及时到医院骨科就诊，明确诊断后规范治疗。'];
const page = (caller: string) => `<html><head><meta charset="utf-8"><title>经期肩背酸痛吃什么药好_健康来了</title></head><body><h1>经期肩背酸痛吃什么药好</h1>
<div class="info"><span>播出时间：2023-03-10 21:20</span></div><div><video controls src="/a.mp4"></video></div>
<div><h3>本期嘉宾</h3><ul><li><b>邱辰</b>　临江市人民医院骨科副主任医师</li></ul></div>
<div><p><b>主持人：</b>我们接进一位听众的电话。</p><p><b>邱辰：</b>${ANS[0]}</p><p><b>${caller}</b></p><p><b>邱辰：</b>${ANS[1]}</p><p>${ANS[2]}</p></div></body></html>`;
const own = (caller: string) => entriesOf(extractOrThrow(pageRecord(page(caller), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a caller named by name in a phone-in’s transcript', () => {
  it('asks: none of the answer', () => {
    expect(own('张伟：那我需要拍片吗？').answer_paragraphs).toEqual(ANS);
    expect(own('陳美玲：那我要不要照X光？').answer_paragraphs).toEqual(ANS);
    expect(own('张伟：那我需要拍片吗？').doctor.name).toBe('邱辰');
  });
});
