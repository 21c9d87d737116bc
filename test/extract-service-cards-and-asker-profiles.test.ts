import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a consultation on sale beside the answer and the asker's profile before a label.
 * What the blind split fresh-48 (pages modelled on real sites of the genre), once run, taught the genre reader.
 */

const URL = 'https://www.jiankang-ask.example/q/7731.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');

const QUESTION = '早上起床手指僵硬是怎么回事';
const ANSWER = ['晨起手指僵硬多见于类风湿关节炎、骨关节炎，也可能与睡姿压迫有关。', '如果僵硬超过半小时，或者关节肿痛，请到风湿免疫科查类风湿因子和血沉。'];
const CARD = '<div class="doc"><span class="name">钟雅琴</span><span class="title">副主任医师</span><span class="dept">风湿免疫科</span><p>滨江市第一人民医院</p></div>';
const REPLY = `<div class="reply"><div class="hd">医生回复</div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<div class="time">回复于 2023年4月12日 09:20</div></div>`;

describe('a consultation on sale beside the answer', () => {
  it('a service card (图文问诊 over ¥29 and its button) names what the site sells, not this answer\'s format', () => {
    const card = (service: string) => `<div class="svc"><p>${service}</p><p>¥29</p><a href="https://h5.example/inquiry?d=1">立即咨询</a></div>`;
    for (const service of ['图文问诊', '视频问诊', '电话问诊']) {
      const own = pageOf(html(`${QUESTION}_问医生`, `<h1>${QUESTION}</h1>${CARD}${REPLY}${card(service)}`))!;
      expect([own.format, own.date, own.answer_paragraphs]).toEqual(['unknown', '2023-04-12', ANSWER]);
    }
  });
});

describe("the asker's profile before the label on its line", () => {
  it('男 18岁 · 病情描述：… is the asker\'s line, none of the answer', () => {
    const ask = '<p class="desc">男 18岁 · 病情描述：早上起来手指发僵，活动一会儿就好了。</p>';
    const own = pageOf(html(`${QUESTION}_问医生`, `<h2>${QUESTION}</h2>${ask}<div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${CARD}<p>2023-04-12</p>`))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});
