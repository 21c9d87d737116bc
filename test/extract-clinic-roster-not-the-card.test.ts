import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's box of who sits in its clinic when (`坐诊专家：{name} {title} 周一上午`, `出诊医生：…` over `坐诊时间：…`), beside an
 * answer whose own doctor is elsewhere or not printed: a schedule, none of it the answerer's card. A column's head naming its
 * expert (`坐诊专家：{hospital}{department}{title} {name}`, a paper's 名医坐诊 column) with no hours is still the card.
 */
const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const page = (answer: string, side: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_健康问答</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1>` +
  `<p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans">${answer}</div>${side}</body></html>`;
const entryOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a clinic’s roster of who sits when, beside the answer', () => {
  it('takes no card from a roster whose lines name the sessions', () => {
    const e = entryOf(page(ps(ANSWER), `<div class="side"><h3>专家门诊</h3><p>坐诊专家：陈芳 主任医师 周一上午</p><p>坐诊专家：赵强 副主任医师 周三下午</p></div>`));
    expect(e.doctor.name).toBeNull();
    expect(e.answer_paragraphs).toEqual(ANSWER);
  });
  it('takes no card from one roster line with its session', () => {
    const e = entryOf(page(ps(ANSWER), `<div class="side"><p>坐诊专家：陈芳 主任医师 周一上午</p></div>`));
    expect(e.doctor.name).toBeNull();
    // The line with its session is the schedule's, none of the answer.
    expect(e.answer_paragraphs).toEqual(ANSWER);
  });
  it('takes no card from a roster line over its hours (坐诊时间)', () => {
    const side = `<div class="side"><h3>本周专家门诊</h3><p>坐诊专家：江州市中医院针灸科主任医师 陈芳</p><p>坐诊时间：每周三上午</p></div>`;
    expect(entryOf(page(ps(ANSWER), side)).doctor.name).toBeNull();
  });
  it('takes no card from several doctors listed under the label', () => {
    const side = `<div class="side"><p>坐诊专家：江州市中医院针灸科主任医师 陈芳</p><p>坐诊医生：江州市中医院推拿科副主任医师 赵强</p></div>`;
    expect(entryOf(page(ps(ANSWER), side)).doctor.name).toBeNull();
  });
  it('reads a traditional roster (坐診專家, 週一上午) so too', () => {
    const html = page(ps(ANSWER), `<div class="side"><p>坐診專家：陳芳 主任醫師 週一上午</p><p>坐診專家：趙強 副主任醫師 週三下午</p></div>`);
    expect(entryOf(html).doctor.name).toBeNull();
  });
  it('still reads a column’s head naming its expert, no hours, as the card', () => {
    const html = page(`<p><b>坐诊专家：</b>江州市人民医院骨科主任医师 李明</p>${ps(ANSWER)}`, '');
    expect(entryOf(html).doctor).toMatchObject({ name: '李明', title: '主任医师', department: '骨科', hospital: '江州市人民医院' });
  });
  it('still reads a surname 周 in a labelled card as no session', () => {
    const html = page(`<p><b>坐诊专家：</b>江州市人民医院骨科主任医师 周一鸣</p>${ps(ANSWER)}`, '');
    expect(entryOf(html).doctor.name).toBe('周一鸣');
  });
});
