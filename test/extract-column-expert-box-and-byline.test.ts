import { describe, expect, it } from 'vitest';
import { signedCard } from '../src/extract/card/credit-sentence.js';
import { ANSWER, columnPage, readColumn as read } from './helpers/column-pages.js';

/**
 * A magazine's 专家答疑 column (a reader's `问：`, the expert's `专家答：`) names its expert in one of two ways: a box over the
 * label (a head `答疑专家` alone on its line, the name and title under it, then the hospital and department), or a byline
 * after the text (`本期答疑专家：name，hospital department title`). Either is the card, and the byline no line of the answer.
 * What the blind split fresh-77 taught the genre reader.
 */

const page = (box: string, byline = '') => columnPage({ box, byline });
const CARD = { name: '司马勇', title: '主治医师', department: '儿童保健科', hospital: '石门市第二人民医院', hospital_grade: null };

describe('a magazine column’s expert', () => {
  it('the byline after the text is a signed card', () => {
    expect(signedCard('本期答疑专家：司马勇，石门市第二人民医院儿童保健科主治医师')).toEqual(CARD);
  });

  it('as a byline after the text: the card, none of the answer', () => {
    const [own] = read(page('', '<p class="zj-sign">本期答疑专家：司马勇，石门市第二人民医院儿童保健科主治医师</p>'));
    expect(own!.doctor).toEqual(CARD);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-08-26');
  });

  it('as a box over the label: the card', () => {
    const [own] = read(page('<div class="zj-box"><img src="/zj/a.jpg"><p class="lb">答疑专家</p><p class="nm"><b>司马勇</b> 主治医师</p><p>石门市第二人民医院 儿童保健科</p></div>'));
    expect(own!.doctor).toEqual(CARD);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

});
