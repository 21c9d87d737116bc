import { describe, expect, it } from 'vitest';
import { ANSWER, consultPage as page, doctor, parent, readConsult as read, stamp } from './helpers/chat-pages.js';

/**
 * A consult shared as chat bubbles beside the speakers' pictures (the doctor's picture again on the card above): the
 * parent's bubble under a later stamp after the doctor's answer has begun opens a later round, whose replies are none of
 * the answer (chat-sides.ts). Where the doctor's bubble just before the parent's turn asks them something (`发烧吗？`,
 * `孩子多大了？`), the parent's turn answers it and opens no round: the doctor's bubbles after it go on with the answer,
 * which is the doctor's bubbles joined. Before, the answer was cut to the doctor's question, flagged. A closing offer
 * (`还有其他问题吗？`) or a check (`好吗？`) asks nothing of the kind: the parent's question under it is a 追问 still. A
 * greeting naming the doctor (`您好，我是王明医生，很高兴为您服务。`) opens no answer a parent's reply to it could end, nor
 * is the page around it a chat vendor's invite: before, such a short page gave no entry at all.
 */

const turn = (asker: string) => `${stamp('2023-05-06 14:23')}${parent(asker)}${stamp('2023-05-06 14:25')}`;

describe('a parent’s reply to the doctor’s question, before the doctor’s answer', () => {
  it('opens no later round: the doctor’s bubbles after it go on with the answer', () => {
    const turns: Array<[string, string]> = [
      ['发烧吗？', '没有发烧，就是咳嗽'],
      ['孩子多大了？', '两岁三个月'],
      ['有没有其他症状？', '没有，精神也挺好的。'],
    ];
    for (const [asked, reply] of turns) {
      const [own] = read(page(`${doctor(asked)}${turn(reply)}${ANSWER.map(doctor).join('')}`));
      expect(own!.doctor.name, asked).toBe('王明');
      expect(own!.answer_paragraphs, asked).toEqual([asked, ...ANSWER]);
      expect(own!.date, asked).toBe('2023-05-06');
    }
  });

  it('a question asked again after the doctor’s full answer still opens one', () => {
    const [own] = read(page(`${ANSWER.map(doctor).join('')}${stamp('2023-05-07 09:10')}${parent('好的，那需要吃药吗？')}${stamp('2023-05-07 09:15')}${doctor('暂时不用吃药，先观察几天。')}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });

  it('so does one under a closing offer or a check, the offer none of the answer', () => {
    for (const last of ['还有其他问题吗？', '还有什么需要帮助的吗？']) {
      const [own] = read(page(`${ANSWER.map(doctor).join('')}${doctor(last)}${stamp('2023-05-07 09:10')}${parent('那需要吃药吗？')}${stamp('2023-05-07 09:15')}${doctor('暂时不用吃药，先观察几天。')}`));
      expect(own!.answer_paragraphs, last).toEqual(ANSWER);
      expect(own!.date, last).toBe('2023-05-06');
    }
    const checked = [ANSWER[0]!, '先观察两天，咳嗽加重或发热时及时就诊，好吗？'];
    const [own] = read(page(`${checked.map(doctor).join('')}${stamp('2023-05-07 09:10')}${parent('好的，那需要吃药吗？')}${stamp('2023-05-07 09:15')}${doctor('暂时不用吃药，先观察几天。')}`));
    expect(own!.answer_paragraphs).toEqual(checked);
  });
});

describe('the doctor’s greeting, then the parent’s reply to it', () => {
  it('is none of the answer and ends nothing: the answer is the doctor’s bubbles after it', () => {
    for (const reply of ['好的医生', '医生您好，麻烦您看看']) {
      const [own] = read(page(`${doctor('您好，我是王明医生，很高兴为您服务。')}${turn(reply)}${ANSWER.map(doctor).join('')}`));
      expect(own!.doctor.name, reply).toBe('王明');
      expect(own!.answer_paragraphs, reply).toEqual(ANSWER);
      expect(own!.date, reply).toBe('2023-05-06');
    }
  });
});
