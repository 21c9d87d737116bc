import { describe, expect, it } from 'vitest';
import { ANSWER, consultPage as page, doctor, parent, readConsult as read, stamp } from './helpers/chat-pages.js';

/**
 * A consult shared as chat bubbles beside the speakers' pictures (the doctor's picture again on the card above): the
 * parent's bubble under a later stamp after the doctor's first bubble opens a later round, whose replies are none of the
 * answer. A parent's bubble that only says they follow (`嗯嗯`, `好的医生`) between the doctor's bubbles asks nothing: the
 * doctor's bubbles after it go on with the answer. Before, they were read as a round's reply and the answer was cut to
 * the doctor's first bubble, with nothing said.
 */

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
