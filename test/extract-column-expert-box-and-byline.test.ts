import { describe, expect, it } from 'vitest';
import { signedCard } from '../src/extract/card/credit-sentence.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A magazine's 专家答疑 column (a reader's `问：`, the expert's `专家答：`) names its expert in one of two ways: a box over the
 * label (a head `答疑专家` alone on its line, the name and title under it, then the hospital and department), or a byline
 * after the text (`本期答疑专家：name，hospital department title`). Either is the card, and the byline no line of the answer.
 * What the blind split fresh-77 taught the genre reader.
 */

const URL = 'https://www.example-mag.com.cn/zjdy/129951.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['哺乳期心慌的处理要根据病情轻重来决定：', '（1）年龄超过60岁的，多数需要复查血常规，保持心情舒畅也很重要。', '总之，心慌的原因比较多，需要在医生指导下明确原因后再治疗。'];
const page = (box: string, byline = '') =>
  `<html><head><title>哺乳期心慌还乏力怎么回事_专家答疑</title></head><body><div class="main"><h1>哺乳期心慌还乏力怎么回事</h1><p class="info">2022年08月26日　来源：《育儿》</p>` +
  `<div class="wen"><p><b>读者 石门的陈女士 问：</b>哺乳期心慌还乏力怎么回事<br>家里老人说没事，我还是不放心。</p></div>` +
  `<div class="da-box">${box}<p class="da"><b>专家答：</b></p>\n${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}${byline}</div>` +
  `<p class="bq">版权声明：本文为原创内容，未经授权不得转载。</p></div></body></html>`;
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
