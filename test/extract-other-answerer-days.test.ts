import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A page of several answerers (a mental-health site's 心理咨询师 beside the psychiatrist): another answerer's post opens with
 * a card of its own, then its text and its day. That day dates that post, none of the doctor's answer, however it is
 * labelled (`回答于 …` beside the doctor's bare foot day), above or below the doctor's answer.
 */

const QUESTION = '老人活动后气短几天了怎么办？';
const html = (answers: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_好心情问答</title></head><body>` +
  `<div><h1>${QUESTION}</h1><p>匿名用户 · 提问时间：2022-08-27</p><p>有没有什么好的办法缓解？</p></div>\n<div><h2>2个回答</h2>${answers}</div>\n` +
  `<div>好心情 · 精神心理互联网医院 ©2026</div></body></html>`;
const ANSWER = ['老人活动后气短常见的原因有以下几种：', '（1）有冠心病病史的患者，需要在医生指导下使用硝酸酯类药物，必要时需要手术治疗。', '建议及时到医院心血管内科就诊，明确诊断后规范治疗。'];
const doctor =
  `<div><div><a href="/doctor/49449.html">于然伟</a> <span>副主任医师</span><p>南屏市第一人民医院 <i>三甲</i> 心血管内科</p></div>` +
  `${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}<div><span>2022年8月30日</span> <span>有帮助 19</span></div></div>\n`;
const counsellor =
  `<div><div><a href="/zixunshi/83733.html">罗琪</a> <span>国家三级心理咨询师</span> <a href="/zixun/yuyue/">预约咨询 ¥300/50分钟</a></div><p>抱抱你，能感受到你现在的困扰。</p>\n` +
  `<p>情绪和身体是相互影响的，建议你试着记录每天的情绪变化，找到让自己放松的方式。</p>\n<p>如果需要，可以预约一对一心理咨询，我们一起聊聊。</p><div><span>回答于 2022-08-31 21:46</span></div></div>\n`;
const pageOf = (answers: string) => entriesOf(extractOrThrow(pageRecord(html(answers)))).find((e) => e.origin === 'page')!;

describe('another answerer’s day dates nothing of the doctor’s answer', () => {
  it('takes the doctor’s bare foot day, not the counsellor’s 回答于 below it', () => {
    const page = pageOf(doctor + counsellor);
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('于然伟');
    expect(page.date).toBe('2022-08-30');
  });

  it('takes the doctor’s day where the counsellor’s post stands first', () => {
    const page = pageOf(counsellor + doctor);
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('于然伟');
    expect(page.date).toBe('2022-08-30');
  });
});
