import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old 问答 template prints a follow-up round inside the answer's box, above the answer's own stamp: `追问：…？` over
 * `回答：…` and the round's day, then `回答时间：…`. Labelled on both sides, the round answers another question: none of
 * the answer, its day none of the answer's. What the blind split fresh-74 taught the genre reader.
 */

const URL = 'https://ask.example-yy.net/question/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['焦虑症常常伴有心慌、手抖等表现，症状时轻时重。', '建议及时到医院精神心理科就诊，明确诊断后规范治疗。'];
const page = (round: string) =>
  `<html><head><title>小孩焦虑症会引起心慌吗？</title></head><body><h1>小孩焦虑症会引起心慌吗？</h1>` +
  `<p>提问者：张** 性别：男 年龄：25岁</p><div class="answer"><div><a href="/doctor/1.html">孔雨芳</a> <span>住院医师</span><p>南屏市人民医院 精神心理科</p></div>` +
  `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${round}<div>回答时间：2021-06-27 22:54:19</div></div></body></html>`;

describe('a follow-up round labelled on both sides inside the answer’s box', () => {
  it('is none of the answer, and the answer’s own stamp below it dates the answer', () => {
    for (const reply of ['回答：', '医生回复：', '专家回复：']) {
      const [own] = read(page(`<div><p><b>追问：</b>平时饮食要注意什么？</p><p><b>${reply}</b>少吃辛辣油腻，多喝水。</p><span>2021-06-28 07:44:23</span></div>`));
      expect(own!.answer_paragraphs, reply).toEqual(ANSWER);
      expect(own!.date).toBe('2021-06-27');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it('a round whose reply wears a 答 badge (`患者追问：…？` over `答：…`) opens none of the answer: the text above it is the answer', () => {
    for (const head of ['患者追问：', '追问：']) {
      const [own] = read(page(`<div><p><b>${head}</b>平时饮食要注意什么？</p><p><b>答：</b>少吃辛辣油腻，多喝水。</p></div>`));
      expect(own!.answer_paragraphs, head).toEqual(ANSWER);
      expect(own!.date).toBe('2021-06-27');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it('ends the answer only after it has begun: a round as the answer’s first lines leaves the answer there', () => {
    const round = ['追问：孩子心慌是焦虑引起的吗？', '回答：有可能，需要排除心脏问题。'];
    const [own] = read(page('').replace('<div><p>', `<div>${round.map((p) => `<p>${p}</p>`).join('')}<p>`));
    expect(own!.doctor.name).toBe('孔雨芳');
    expect(own!.answer_paragraphs).toEqual([...round, ...ANSWER]);
    expect(own!.date).toBe('2021-06-27');
  });

  it('a follow-up with no labelled reply under it is left to the reader’s doubts', () => {
    const [own] = read(page(`<div><p><b>追问：</b>平时饮食要注意什么？</p><p>少吃辛辣油腻，多喝水。</p></div>`));
    expect(own!.flags).toContain('unsure_reading');
  });
});
