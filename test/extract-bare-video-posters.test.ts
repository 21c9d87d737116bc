import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An app's share page may draw the answer's video as a still with its length and no play sign (`<img><span>02:09</span>`),
 * between the doctor's card and the answer's text: the answer is a video. The same still and time elsewhere (under the
 * answer, beside an avatar) say nothing of the format.
 */

const QUESTION = '男性月经不调要做手术吗';
const ANSWER = ['月经不调的处理要根据病情轻重来决定：', '一、在受凉或劳累以后，应注意观察经量减少的变化，同时补充优质蛋白和维生素。', '总之，经量减少的原因比较多，需要在医生指导下明确原因后再治疗。'];
const CARD = '<div class="doctor-card"><img src="/doctor/1.png"><div><b>郝涵磊</b> <span>主治医师</span><p>云岭市妇幼保健医院 妇科</p></div></div>';
const STILL = '<div class="video-box"><img src="/video/1.jpg"><span>02:09</span></div>';
const TEXT = `<div class="answer-text">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const html = (answer: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}</title></head><body><div class="question"><h1>${QUESTION}</h1></div><div class="answer">${answer}` +
  `<div class="meta"><span>2023-05-06</span> <span>阅读 16423</span></div></div></body></html>`;
const pageOf = (answer: string) => entriesOf(extractOrThrow(pageRecord(html(answer)))).find((e) => e.origin === 'page')!;

describe('a still with its length between the card and the answer is the answer’s video', () => {
  it('reads the format as video', () => {
    const page = pageOf(CARD + STILL + TEXT);
    expect(page.format).toBe('video');
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2023-05-06');
  });

  it('reads no format from the same still set under the answer', () => {
    expect(pageOf(CARD + TEXT + STILL).format).toBe('unknown');
  });

  it('reads no format where the page shows no still', () => {
    expect(pageOf(CARD + TEXT).format).toBe('unknown');
  });
});
