import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A consultation's chat record whose bubbles sit beside pictures that say who speaks in their alt text
 * (`alt="患者"`, the doctor's name), each avatar served from an address of its own; and a phone
 * consultation's record: the asker's bubble, the call's length (`通话时长 14:42`), the doctor's 小结.
 * The asker's bubble and the call's length are none of the answer.
 */

const QUESTION = '荨麻疹皮肤红肿吃什么药';
const ANSWER = ['荨麻疹要避免辛辣刺激和油腻的食物，可以在医生指导下口服抗组胺药。', '如果反复发作或者出现呼吸困难，要尽快到医院皮肤科就诊。'];
const ASKING = '最近一段时间一直这样，不知道是什么原因。';

function record(chat: string, tag: string): string {
  return (
    `<html><head><meta charset="utf-8"><title>${QUESTION} - 某某问诊</title></head><body>` +
    `<div class="doc"><img src="/d/main.jpg"><p><span>接诊医生</span> <a href="/doctor_1.html">龙红华</a> 主治医师</p><p>白沙市人民医院 <span>三甲</span> 皮肤科</p><p>问诊量 850 · 好评率 96%</p></div>` +
    `<div class="head"><span>${tag}</span><h1>${QUESTION}</h1><p>患者：张** 女 18岁</p></div>` +
    `<div class="chat"><div class="t">2021-02-28 11:35</div>` +
    `<div class="m"><img src="/static/patient.png" alt="患者"><div class="b">${ASKING}</div></div>` +
    chat +
    `<div class="sys">本次问诊已结束</div></div></body></html>`
  );
}
const doctorBubble = (text: string, n: number) => `<div class="m"><img src="/d/${n}.jpg" alt="龙红华"><div class="b">${text}</div></div>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'https://www.wenzhen.example/wenzhen/1.html' }))).find((e) => e.origin === 'page')!;

describe('a chat record’s asker told by the picture’s alt text, and a call’s length', () => {
  it('the bubble beside a picture whose alt is 患者 is the asking, the doctor’s bubbles the answer', () => {
    const entry = pageOf(record(ANSWER.map(doctorBubble).join(''), '图文问诊'));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2021-02-28');
  });

  it('a phone consultation: the asker’s bubble and the call’s length are none of the 医生小结 under them', () => {
    const summary = `<div class="call">通话时长 14:42</div><div class="sum"><h4>医生小结</h4>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const entry = pageOf(record(summary, '电话问诊'));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.format).toBe('voice');
  });

  it('a divider over the doctor’s first bubble dates the answer; the one over the asking and a later 追问 round’s date nothing, the round none of the answer', () => {
    const round =
      `<div class="t">2021-03-02 08:51</div><div class="m"><img src="/static/patient.png" alt="患者"><div class="b">追问：平时饮食要注意什么？</div></div>` +
      doctorBubble('少吃辛辣油腻，多喝水。', 9);
    const entry = pageOf(record(`<div class="t">2021-03-01 16:33</div>${ANSWER.map(doctorBubble).join('')}${round}`, '图文问诊'));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2021-03-01');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('near miss: a picture whose alt names someone (not the asker’s role) says nothing alone, and the answer keeps its words', () => {
    const entry = pageOf(record(ANSWER.map(doctorBubble).join(''), '图文问诊').replace('alt="患者"', 'alt="张**"'));
    expect(entry.answer_paragraphs.slice(-2)).toEqual(ANSWER);
  });
});
