import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital board's reply box headed by its day (`回复　回复时间：…`) starts the reply; a later such head over a further reply to
 * the asker's follow-up does not start it again. An office's note relaying the reply (`这里是…中心。…的答复如下：`) is none of the
 * answer; the doctor's own opening in those words (`这里是…门诊室。我是李明医生，…我的回复如下：`) is theirs.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-hospital.cn/consult/view.do?seq=88' }))).find((e) => e.origin === 'page')!;
const board = (inner: string) =>
  `<html><head><meta charset="utf-8"><title>在线咨询 | 江州市人民医院</title></head><body><h2>在线咨询</h2><table><tr><th>标题</th><td>老人膝盖疼怎么办</td></tr><tr><th>日期</th><td>2023.05.02</td></tr></table>` +
  `<div class="view">老人上下楼膝盖疼，晚上更厉害。</div><div class="answer">${inner}</div></body></html>`;

describe("a board's reply heads", () => {
  it('keeps the first reply where a later head stands over a further reply', () => {
    const own = read(board(`<div><strong>回复</strong> <span>回复时间：2023-05-06</span></div><p>李明 主任医师 骨科</p>${ps(A)}<div class="follow"><p>追问：需要拍片吗？</p></div><div><strong>回复</strong> <span>回复时间：2023-05-08</span></div><p>需要先拍膝关节正侧位片。</p>`));
    expect(own.answer_paragraphs.slice(0, 3)).toEqual(A);
    expect(own.date).toBe('2023-05-06');
  });
});

describe("a note opening the reply", () => {
  it("is the doctor's own where the doctor speaks in it", () => {
    const note = '您好，这里是江州市人民医院骨科门诊室。我是李明医生，关于您的问题，我的回复如下：';
    const html = `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_快速问医生_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p></div><div class="ans"><div class="card"><b>李明</b> 主任医师 <span>江州市人民医院</span> <span>骨科</span></div><div class="txt">${ps([note, ...A])}</div></div></body></html>`;
    expect(read(html).answer_paragraphs).toEqual([note, ...A]);
  });

  it("is an office's relaying note where it names whose reply follows", () => {
    const own = read(board(ps(['您好，这里是江州市人民医院客服中心。针对您咨询的问题，骨科李明主任医师的答复如下：', ...A])));
    expect(own.answer_paragraphs.slice(-3)).toEqual(A);
    expect(own.answer_paragraphs.some((p) => p.startsWith('您好，这里是'))).toBe(false);
  });
});
