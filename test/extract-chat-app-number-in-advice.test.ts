import { describe, expect, it } from 'vitest';
import { isAdLine } from '../src/extract/words/answer-extras.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A chat app's number is a contact line (an overseas clinic's slot under a paper's column) only on a line that is no sentence: a
 * doctor telling the reader to send the films by it is their advice, the answer's (h/review94).
 */

const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (advice: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_快速问医生_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><div class="card"><b>李明</b> 主任医师 <span>江州市人民医院</span> <span>骨科</span></div><div class="txt">${[...ANSWER, advice].map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

describe('a chat app’s number in a doctor’s advice', () => {
  it('is kept where the line is a sentence of the answer', () => {
    for (const advice of ['复诊前可先把片子拍照通过WhatsApp: 6123 4567 发给我院护士站，她们会帮您安排时间。', '术后康复动作可以添加我们康复科的微信号 13812345678 获取视频，每天练习两次。']) {
      const own = entriesOf(extractOrThrow(pageRecord(page(advice)))).find((e) => e.origin === 'page')!;
      expect(own.answer_paragraphs).toEqual([...ANSWER, advice]);
      expect(isAdLine(advice)).toBe(false);
    }
  });

  it('a line of its own, the clinic’s name and the number, stays an ad’s', () => {
    expect(isAdLine('和平医院华语服务 WhatsApp: +62 855-1961-1839')).toBe(true);
    expect(isAdLine('LINE：0912-345-678')).toBe(true);
  });
});

describe('eight digits with no area code under a phone’s label', () => {
  it('stay the doctor’s in a sentence of advice, and are an ad’s line of their own', () => {
    const advice = '预约电话：2345 6789，请提前一天预约。';
    const own = entriesOf(extractOrThrow(pageRecord(page(advice)))).find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual([...ANSWER, advice]);
    expect(isAdLine(advice)).toBe(false);
    expect(isAdLine('Pharmacist Hotline 药剂师热线：2608 8383（星期一至五 9am-6pm）')).toBe(true);
  });
});
