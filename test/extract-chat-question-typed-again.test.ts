import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A consult app's share page prints the question in its heading, then the chat: the asker's first bubble types the question again,
 * a space, and a line describing it (`宝宝皮肤刺痛几天了怎么办 最近一段时间一直这样，…`), then the doctor's bubbles. That first bubble
 * is the asker's, none of the answer; a doctor who restates the question sets it off with punctuation, and that stays the
 * answer's. What the blind split fresh-80 taught.
 */

const QUESTION = '宝宝皮肤刺痛几天了怎么办';
const ANSWER = ['宝宝皮肤刺痛的处理要根据病情轻重来决定：', '一、一般与带状疱疹有关，需要在医生指导下使用抗病毒药。', '总之，皮肤刺痛的原因比较多，需要在医生指导下明确原因后再治疗。'];
const bubble = (who: string, text: string) => `<div class="msg ${who}"><div class="bubble"><p>${text}</p></div></div>`;
const page = (first: string | null, answer: readonly string[] = ANSWER) => `<html><head><meta charset="utf-8"><title>${QUESTION} - 某某医生</title></head><body>
<div class="bar">打开App，问诊更方便 <a href="/download">打开</a></div>
<div class="sum"><span>问诊摘要</span><h1>${QUESTION}</h1></div>
<div class="doc"><img src="/avatar/1.jpg"><div><p class="nm">高雪 <span>主治医师</span> <i>认证</i></p><p>云岭市中心医院 · 皮肤科</p></div></div>
<div class="chat"><div class="sep">12-27 21:07</div>${first === null ? '' : `${bubble('pt', first)}<div class="sep">12-28 08:14</div>`}${answer.map((p) => bubble('dr', p)).join('')}</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-consult.cn/share/consult/105444' })))[0]!;

describe('the question typed again in the asker’s first bubble', () => {
  it('`question description` over the doctor’s bubbles is the asker’s: the answer is the doctor’s bubbles alone', () => {
    const own = read(page(`${QUESTION} 最近一段时间一直这样，不知道是什么原因。`));
    expect(own.question).toBe(QUESTION);
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('the doctor’s first bubble restating the question with punctuation opens the answer: it stays', () => {
    const restated = `${QUESTION}？这种情况多与带状疱疹有关，先不要紧张。`;
    const own = read(page(null, [restated, ...ANSWER.slice(1)]));
    expect(own.answer_paragraphs[0]).toBe(restated);
  });

  it('the asker’s bubble alone read as the answer, or a follow-up addressed to the doctor in it, is doubted', () => {
    // No separator over the doctor's bubbles after the assistant's (bare-chat.ts tells the turns apart only where one stands there).
    const assistant = `<div class="msg as"><div class="bubble"><span class="who">医生助理</span><p>已通知医生，请耐心等待</p></div></div>`;
    const alone = read(page(`${QUESTION} 去社区医院看过，吃了药也不见好。`).replace('<div class="sep">12-28 08:14</div>', assistant));
    // (The assistant's turn ends what is read: the asker's bubble is all the answer there is, and that is doubted.)
    expect(alone.answer_paragraphs).toEqual([`${QUESTION} 去社区医院看过，吃了药也不见好。`]);
    expect(alone.flags).toContain('unsure_reading');
    const followed = read(page(`${QUESTION} 最近一段时间一直这样。`, [...ANSWER, '医生，那需要吃药吗？', '可以先调整作息，不行再来复诊。']));
    expect(followed.flags).toContain('unsure_reading');
  });

  it('an answer with no follow-up, read whole, is not doubted', () => {
    expect(read(page(`${QUESTION} 最近一段时间一直这样，不知道是什么原因。`)).flags).not.toContain('unsure_reading');
  });
});
