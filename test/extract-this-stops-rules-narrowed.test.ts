import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { asksQuestion } from '../src/core/genre-vocabulary.js';

/**
 * Pages unlike the families that taught this stop's rules, where a rule read them worse than before: a doctor's sentence
 * citing a paper is no forum quote, a 解答： card with its bio still signs, a lamb's 咩咩 asks nothing, a topic tag of the
 * question's own subject stays in the question, an asker's row over a nameless card names no doctor, a host thanking and
 * asking on is a transcript's turn.
 */

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'] as const;
const ps = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const read = (body: string, title = '老人膝盖疼怎么办_健康问答') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`)));
const asked = '<div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div>';
const card = '<div class="ans"><div class="card"><b>李明</b> 主任医师 <span>江州市人民医院</span> <span>骨科</span></div>';

describe("this stop's rules narrowed where they read other pages of the genre worse", () => {
  it("a doctor's sentence citing a paper (引用…于2020年1月1日发表的共识，…) is the answer's, no forum quote", () => {
    const cited = '引用指南编写组于2020年1月1日发表的共识，膝关节炎首选运动治疗';
    const [page] = read(`${asked}${card}<div class="txt">${ps([A[0], cited, A[1], A[2]])}</div></div>`);
    expect(page!.answer_paragraphs).toEqual([A[0], cited, A[1], A[2]]);
  });

  it('a 解答： line of the card with its bio after it (从事…工作二十余年, 擅长…) signs the answer', () => {
    for (const line of ['解答：江州市人民医院骨科 李明 主任医师 从事骨科临床工作二十余年', '解答：李明 江州市人民医院骨科主任 主任医师 硕士研究生导师']) {
      const [page] = read(`${asked}<div class="ans"><p>${line}</p>${ps(A)}</div>`);
      expect(page!.doctor.name).toBe('李明');
      expect(page!.answer_paragraphs).toEqual(A);
    }
  });

  it("a lamb's 咩咩 asks nothing, a Cantonese 咩 still asks", () => {
    expect(asksQuestion('小羊咩咩叫的儿歌')).toBe(false);
    expect(asksQuestion('膝頭哥痛食咩好')).toBe(true);
  });

  it("a topic tag of the question's own subject (#2型糖尿病#) stays in the question; one filing it to the guest (#问嘉宾#) does not", () => {
    const community = (h1: string) =>
      `<div class="topic"><h1>${h1}</h1><div><b>浦东小陈</b><span>05-03 21:10</span></div><p>请问需要做什么检查？</p></div>` +
      '<div class="reply"><div class="gu"><b>田波</b><span>节目嘉宾</span></div><p class="org">江州市人民医院骨科主治医师</p>' +
      '<p>产后腰酸多与腰背肌肉劳损有关，可以先做腰椎磁共振检查。</p><p>平时注意休息，避免久坐，症状加重时要及时到医院骨科就诊。</p></div>';
    expect(read(community('#2型糖尿病# 饮食要注意什么'), '听听电台')[0]!.question).not.toBe('饮食要注意什么');
    expect(read(community('#问嘉宾# 产后腰酸要做什么检查'), '听听电台')[0]!.question).toBe('产后腰酸要做什么检查');
  });

  it("an asker's row of a name and a bare day over a nameless card (小花 2023-05-06 14:22) names no doctor", () => {
    const body = `<div class="q"><h1>老人膝盖疼怎么办？</h1><p>老人上下楼膝盖疼。</p></div><div class="ask"><span>小花</span><span>2023-05-06 14:22</span></div><div class="v">主治医师｜江州市人民医院｜骨科</div><div class="ans">${ps(A)}</div>`;
    expect(read(body)[0]!.doctor.name).not.toBe('小花');
  });

  it("a host thanking the guest and asking on (主持人：感谢…，那么…呢？) leads the transcript's next turn, the guest's words kept bare", () => {
    const body =
      '<div class="topic"><h1>产后腰酸要做什么检查</h1><div><b>浦东小陈</b><span>05-03 21:10</span></div><p>请问需要做什么检查？</p></div>' +
      '<div class="reply"><div class="gu"><b>田波</b><span>节目嘉宾</span></div><p class="org">江州市人民医院骨科主治医师</p>' +
      '<p>产后腰酸多与腰背肌肉劳损有关，可以先做腰椎磁共振检查。</p><p>平时注意休息，避免久坐，症状加重时要及时到医院骨科就诊。</p>' +
      '<p>主持人：感谢田波医生，那么平时在家可以做哪些锻炼呢？</p><p>田波：可以做小燕飞和平板支撑，每天坚持十五分钟。</p></div>';
    expect(read(body, '听听电台')[0]!.answer_paragraphs).toContain('可以做小燕飞和平板支撑，每天坚持十五分钟。');
  });

  it("a card printing the doctor's title on its own line, his own session under it (出诊医生：李明 周三上午), is the card", () => {
    const body = `${asked}<dl class="card"><dt>李明</dt><dd>主任医师</dd><dd>江州市人民医院 骨科</dd><dd>出诊医生：李明 周三上午</dd></dl><div class="ans">${ps(A)}</div>`;
    expect(read(body)[0]!.doctor).toMatchObject({ name: '李明', title: '主任医师', department: '骨科', hospital: '江州市人民医院' });
  });

  it("a 回复： card with a note in brackets on its hospital (（国家三级甲等综合医院）) signs the answer", () => {
    const [page] = read(`${asked}<div class="ans"><p>回复：李明 主任医师 江州市人民医院（国家三级甲等综合医院）骨科</p>${ps(A)}</div>`);
    expect(page!.doctor.name).toBe('李明');
    expect(page!.answer_paragraphs).toEqual(A);
  });

  it("the asker's line with a nurse's calling (提問者：護理師 小美) is no card; the reply's signature is", () => {
    const body =
      '<h1>手術後傷口要怎麼照顧？</h1><p>提問者：護理師 小美</p><p>2023-05-06</p><p>回覆：外科 林志明 醫師</p>' +
      '<p>傷口要保持乾燥清潔，每天換藥一次。</p><p>如果出現紅腫熱痛或發燒，應盡快回診。</p>';
    expect(read(body, '傷口照護 - 醫療諮詢')[0]!.doctor.name).toBe('林志明');
  });
});
