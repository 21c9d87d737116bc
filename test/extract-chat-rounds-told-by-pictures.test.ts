import { describe, expect, it } from 'vitest';
import { ANSWER, consultPage, DOCTOR_PICTURE, doctor, parent, readConsult as read, stamp } from './helpers/chat-pages.js';

/**
 * A paediatric consult app's share page prints the consult as chat bubbles beside the speakers' pictures, the doctor's
 * card above with the doctor's picture again; no bubble names its speaker. After the doctor's answer the parent may ask
 * again in a later bubble under a later stamp, worded as a question or not, and the doctor replies to that: the answer
 * is the doctor's bubbles before the parent's second turn, its day the stamp over the doctor's first bubble. What the
 * blind split fresh-75 taught the genre reader.
 */

const page = (rounds: string) => consultPage(`${ANSWER.map(doctor).join('')}${rounds}`);

describe('a later round of a consult told by its pictures', () => {
  it('the parent asking again opens it: the doctor’s reply is none of the answer, nor is its day', () => {
    const [own] = read(page(`${stamp('2023-05-07 09:10')}${parent('那需要吃药吗？')}${stamp('2023-05-07 09:15')}${doctor('暂时不用吃药，先观察几天。')}`));
    expect(own!.doctor.name).toBe('王明');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });

  it('so does a turn not worded as a question, under a yearless stamp', () => {
    const [own] = read(page(`${stamp('05-07 09:10')}${parent('晚上还是咳，睡不好。')}${stamp('05-07 09:15')}${doctor('可以先调整作息，不行再来复诊。')}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('with no later turn of the parent’s, every bubble of the doctor’s is the answer', () => {
    const [own] = read(page(''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });
});

describe('a consult of two bubbles told by its pictures', () => {
  const two = (card: string) =>
    `<html><head><title>宝宝咳嗽怎么办 - 问诊</title></head><body>` +
    `<div><h1>宝宝咳嗽怎么办</h1><p>患儿：男 2岁3个月</p></div>${card}` +
    `<div>${stamp('2023-05-06 13:22')}${parent('宝宝咳嗽三天了怎么办？晚上咳得厉害，不知道是什么原因。')}${stamp('2023-05-06 14:22')}${doctor(ANSWER.join(''))}<div>问诊已结束</div></div>` +
    `</body></html>`;
  const card = `<div><img src="${DOCTOR_PICTURE}"><div><p><b>王明</b> <span>主治医师</span></p><p>东湖市儿童医院 儿科</p></div></div>`;

  it('the parent’s bubble opening it is the asking, none of the answer (the card’s two lines one row beside the picture)', () => {
    const [own] = read(two(card));
    expect(own!.doctor.name).toBe('王明');
    expect(own!.answer_paragraphs).toEqual([ANSWER.join('')]);
    expect(own!.date).toBe('2023-05-06');
  });
});
