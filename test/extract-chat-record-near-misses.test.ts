import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Chats under month-day stamps (`06-30 18:40`) that are not an app's record with rows classed by side: rows all classed alike, a
 * forum's floors (one classed `reply`, a quick reply), a header whose nearest full day is no consultation's day.
 */
const R0 = ['耳鸣常见的原因有以下几种，需要先做听力检查。', '平时要避免熬夜和噪音刺激，注意休息。', '建议及时到医院耳鼻喉科就诊，明确诊断后规范治疗。'];
const rows = (pc: string, dc: string) =>
  `<div class="${pc}"><span class="stamp">06-30 18:40</span><div class="bubble">耳鸣是怎么回事</div></div><div class="${pc}"><div class="bubble">去社区医院看过，吃了药也不见好。</div></div><div class="${dc}"><span class="stamp">06-30 18:47</span><div class="bubble"><p>${R0[0]}</p></div></div>${R0.slice(1).map((p) => `<div class="${dc}"><div class="bubble"><p>${p}</p></div></div>`).join('')}`;
const chat = (rowsHtml: string, header = '<p>问诊时间：2020-06-30 18:40</p>') =>
  `<html><head><meta charset="utf-8"><title>问诊详情-某某健康</title></head><body><div class="bar">问诊详情</div><div class="consult"><div class="order">${header}</div><div class="doc-card"><p class="dn">卢晨 <span>主治医师</span></p><p>西陵市医科大学附属医院 心血管内科</p></div>${rowsHtml}<div class="msg tip">本次问诊已结束</div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('month-day stamped chats that are no side-classed record', () => {
  it('rows all classed alike keep the doctor’s first bubble in the answer', () => {
    expect(read(chat(rows('msg', 'msg'))).answer_paragraphs).toContain(R0[0]);
  });
  it('a forum’s floors, one classed as a reply, keep the doctor’s floor the answer', () => {
    const html = `<html><head><meta charset="utf-8"><title>耳鸣是怎么回事 - 某某论坛</title></head><body><div class="thread"><div class="floor"><span>06-30 18:40</span><p>耳鸣是怎么回事</p></div><div class="floor reply"><p>楼主去医院看看吧，我也有过，后来好了。</p></div><div class="floor"><span>06-30 19:02</span><p>${R0[0]}</p><p>${R0[1]}</p></div><div class="floor"><p>${R0[2]}</p></div></div></body></html>`;
    expect(read(html).answer_paragraphs).toContain(R0[0]);
  });
  it('a header’s full day that is no day of the chat (a membership’s expiry) gives the stamps no year', () => {
    expect(read(chat(rows('msg patient', 'msg doctor'), '<p>问诊时间：06-30 18:40</p><p>会员有效期至2021-12-31</p>')).date).not.toBe('2022-06-30');
  });
  it('the header’s consultation day still years the stamps', () => {
    expect(read(chat(rows('msg patient', 'msg doctor'))).date).toBe('2020-06-30');
  });
});
