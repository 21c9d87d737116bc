import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A picture marking the answer as the asker's pick (`<img alt="已采纳">`, `<img alt="最佳答案">`) may sit on the card's line
 * beside the hospital, where sites put a grade's badge: its alt says what it is, so it raises no doubt of an unread grade.
 */

const URL = 'https://www.example-parents.cn/ask/58213.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['孩子反复咳嗽要先分清原因：', '1.夜间咳嗽加重的，要注意有没有过敏因素，必要时查过敏原。', '2.咳嗽超过四周的，建议到医院做胸片检查。'];
const page = (mark: string) =>
  `<html><head><title>孩子反复咳嗽怎么办_问答</title></head><body><div class="q"><h1>孩子反复咳嗽怎么办？</h1><p class="u">小鱼妈 · 宝宝3岁</p></div>` +
  `<div class="answers"><h3>2个回答</h3><div class="item"><div class="who"><a class="n" href="/doc/881">韩立冬</a><span class="v">认证医生</span> <span class="s">儿科 | 主治医师</span> <span class="s">滨江市妇幼保健院</span> ${mark}</div>` +
  `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div></div>` +
  `<div class="item"><div class="who"><a class="n" href="/u/77">果果妈</a></div><div class="txt"><p>我家也这样，后来好了。</p></div></div></div></body></html>`;

describe('a picture marking the accepted answer beside the card’s hospital', () => {
  for (const alt of ['已采纳', '最佳答案']) {
    it(`reads the card with no doubt of a grade badge (${alt})`, () => {
      const [own] = read(page(`<img class="mk" src="/img/mark.png" alt="${alt}">`));
      expect(own!.doctor).toMatchObject({ name: '韩立冬', hospital: '滨江市妇幼保健院', hospital_grade: null });
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.flags).not.toContain('unsure_reading');
    });
  }

  it('still doubts a picture beside the hospital that says nothing readable', () => {
    const [own] = read(page('<img class="mk" src="/img/b.png" alt="认证标识">'));
    expect(own!.flags).toContain('unsure_reading');
  });
});
