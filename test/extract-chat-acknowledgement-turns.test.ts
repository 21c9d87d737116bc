import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A consult shared as chat bubbles beside the speakers' pictures (the doctor's picture again on the card above): the
 * parent's bubble under a later stamp after the doctor's first bubble opens a later round, whose replies are none of the
 * answer. A parent's bubble that only says they follow (`嗯嗯`, `好的医生`) between the doctor's bubbles asks nothing: the
 * doctor's bubbles after it go on with the answer. Before, they were read as a round's reply and the answer was cut to
 * the doctor's first bubble, with nothing said.
 */

const URL = 'https://m.example-consult.cn/share/consult/881';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['宝宝咳嗽多与上呼吸道感染有关，精神好、不发烧可以先观察。', '可以多喝温水，保持室内湿润，咳嗽加重或发热时及时就诊。'];
const DOC = '/img/doctor/7f3a.jpg';
const doctor = (text: string) => `<div class="m"><img src="${DOC}"><div class="c">${text}</div></div>`;
const parent = (text: string) => `<div class="m"><img src="/static/parent.png"><div class="c">${text}</div></div>`;
const stamp = (s: string) => `<div class="t">${s}</div>`;
const page = (chat: string) =>
  `<html><head><title>宝宝咳嗽怎么办 - 问诊</title></head><body>` +
  `<div><h1>宝宝咳嗽怎么办</h1><p>患儿：男 2岁3个月</p></div>` +
  `<div><img src="${DOC}"><div><p><b>王明</b> <span>主治医师</span></p><p>东湖市儿童医院 儿科</p></div></div>` +
  `<div>${stamp('2023-05-06 13:22')}${parent('宝宝咳嗽三天了怎么办？晚上咳得厉害。')}${stamp('2023-05-06 14:22')}${chat}<div>问诊已结束</div></div></body></html>`;

describe('a parent’s bubble that only acknowledges, between the doctor’s bubbles', () => {
  it('opens no later round: the doctor’s bubbles after it are the answer’s', () => {
    for (const ack of ['嗯嗯', '好的医生', '收到']) {
      const [own] = read(page(`${doctor(ANSWER[0]!)}${stamp('2023-05-06 14:23')}${parent(ack)}${stamp('2023-05-06 14:24')}${doctor(ANSWER[1]!)}`));
      expect(own!.doctor.name, ack).toBe('王明');
      expect(own!.answer_paragraphs, ack).toEqual(ANSWER);
      expect(own!.date, ack).toBe('2023-05-06');
    }
  });

  it('a bubble asking again still opens one', () => {
    const [own] = read(page(`${ANSWER.map(doctor).join('')}${stamp('2023-05-07 09:10')}${parent('好的，那需要吃药吗？')}${stamp('2023-05-07 09:15')}${doctor('暂时不用吃药，先观察几天。')}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });
});
