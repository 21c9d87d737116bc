import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isDisclaimer } from '../src/extract/words/genre.js';

/**
 * A bare greeting alone on the answer's first line (`你好。`) is no word of the answer, on any page; the notice advertising law has
 * an OTC drug's page print (`请按药品说明书或者在药师指导下购买和使用`, after the drug's OTC mark) is the shop's, none of it.
 */

const URL = 'https://www.example-health-mall.cn/askpharm/30218.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['维生素D滴剂和钙剂可以同一天吃，分开一两个小时效果更好，不用担心相互影响吸收。', '每天户外活动晒太阳半小时，也有助于维生素D的合成。'];
const page = (first: string, last: string) =>
  `<html><head><title>维生素D和钙能一起吃吗 - 问药师</title></head><body><div class="q"><h1>维生素D和钙能一起吃吗</h1><p>孩子一岁半，两种都在吃，能不能一起喂？ 2023-02-06</p></div>` +
  `<div class="a"><div class="doc">执业药师 <b>邵子涵</b></div><div class="body"><p>${first}</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></div><div class="t">2023-02-06 10:21</div></div></body></html>`;

describe('a bare greeting and an OTC notice around the answer', () => {
  it('tells the OTC notice', () => {
    expect(isDisclaimer('非处方药：乙类OTC。请按药品说明书或者在药师指导下购买和使用。')).toBe(true);
    expect(isDisclaimer('请按说明书上的剂量服用，不要自行加量。')).toBe(false);
  });
  it('reads the answer without them', () => {
    const [own] = read(page('你好。', '非处方药：乙类OTC。请按药品说明书或者在药师指导下购买和使用。'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
