import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An answer in sections under heads of its own (`病情分析` over a paragraph, then `医生建议` over the rest), a further-reading
 * box set between its parts (`<div><span>延伸阅读</span><a>…</a></div>`). The advice head is the second section's, no label of
 * the whole answer (it was dropped, a silently wrong answer); the box is none of the answer, which goes on under the next head
 * (the answer ended at the box, a lead line alone, and the page was rejected).
 */

const Q = '手指关节早上僵硬是类风湿吗？';
const page = (body: string) => `<html><head><meta charset="utf-8"><title>${Q}_康桥健康网</title></head><body>
<nav><a href="/">首页</a> <a href="/ask">名医问答</a></nav>
<div class="main"><h1>${Q}</h1><div class="from">来源：康桥健康网　2022-11-03 10:05</div>
<p class="who">解答专家：南屿市人民医院风湿免疫科主任医师 柏宁远</p>
<div class="text">${body}</div>
<p class="ed">责任编辑：唐小禾</p></div>
<footer>康桥健康网 版权所有</footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page');
const LEAD = '晨僵超过一小时、两侧对称的小关节肿痛，要考虑类风湿关节炎的可能：';
const POINTS = ['1.先查类风湿因子、抗CCP抗体和血沉，必要时拍手部X线片。', '2.确诊后尽早在医生指导下规范用药，可以减少关节变形。'];

describe('an answer’s section heads and a further-reading box between its parts', () => {
  it('keeps 医生建议 heading the second section under a first head of the answer', () => {
    const entry = pageOf(page(`<h3>病情分析</h3><p>${LEAD}</p><h3>医生建议</h3>${POINTS.map((p) => `<p>${p}</p>`).join('')}`))!;
    expect(entry.question).toBe(Q);
    expect(entry.answer_paragraphs).toEqual(['病情分析', LEAD, '医生建议', ...POINTS]);
  });

  it('reads on past a further-reading box to the next section’s head', () => {
    const box = '<div class="inbox"><span>延伸阅读</span><a href="/a/77.html">关节痛一定是风湿吗</a></div>';
    const entry = pageOf(page(`<p>${LEAD}</p>${box}<h3>护理建议</h3>${POINTS.map((p) => `<p>${p}</p>`).join('')}`))!;
    expect(entry.answer_paragraphs).toEqual([LEAD, "护理建议", ...POINTS]);
  });

  it('reads on past the box to an advice head under the answer’s first head', () => {
    const box = '<div class="inbox"><span>延伸阅读</span><a href="/a/78.html">手脚冰凉怎么调理</a></div>';
    const entry = pageOf(page(`<h3>病情分析</h3><p>${LEAD}</p>${box}<h3>专家建议</h3>${POINTS.map((p) => `<p>${p}</p>`).join('')}`))!;
    expect(entry.answer_paragraphs).toEqual(['病情分析', LEAD, '专家建议', ...POINTS]);
  });
});
