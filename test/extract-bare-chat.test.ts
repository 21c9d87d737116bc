import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A consult app's share page prints its chat as bare bubbles: no name, label or picture beside a message, only the time
 * separators the app prints where time has passed. The asker's first bubble types the question again with a line of theirs;
 * an assistant may post a notice in the same turn (`医生助理`: `已通知医生，请耐心等待`); the doctor's bubbles follow under
 * the next separator, which dates them; a later separator over a bubble asking again (`晚上还是睡不好怎么办？`) opens a 追问
 * round, none of the answer. What the blind split fresh-80 taught.
 */

const QUESTION = '宝宝皮肤刺痛几天了怎么办';
const ASKED = `${QUESTION} 最近一段时间一直这样，不知道是什么原因。`;
const ANSWER = ['宝宝皮肤刺痛的处理要根据病情轻重来决定：', '一、一般与带状疱疹有关，需要在医生指导下使用抗病毒药。', '总之，皮肤刺痛的原因比较多，需要在医生指导下明确原因后再治疗。'];
const bubble = (who: string, inner: string) => `<div class="m-${who}"><div class="b"><p>${inner}</p></div></div>`;
const sep = (text: string) => `<div class="s">${text}</div>`;
const ASSISTANT = `<div class="m-c"><div class="b"><span>医生助理</span><p>已通知医生，请耐心等待</p></div></div>`;
const page = (chat: readonly string[], after = '') => `<html><head><meta charset="utf-8"><title>${QUESTION} - 某某医生</title></head><body>
<div class="bar">打开App，问诊更方便 <a href="/download">打开</a></div>
<div class="sum"><span>问诊摘要</span><h1>${QUESTION}</h1></div>
<div class="doc"><img src="/avatar/1.jpg"><div><p class="nm">高雪 <span>主治医师</span> <i>认证</i></p><p>云岭市中心医院 · 皮肤科</p></div></div>
<div class="chat">${chat.join('\n')}</div>
${after}
</body></html>`;
const doctor = (paragraphs: readonly string[] = ANSWER) => paragraphs.map((p) => bubble('a', p));
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-consult.cn/share/consult/105444' })))[0]!;

describe('a chat of bare bubbles parted by its time separators', () => {
  it('an assistant’s notice in the asker’s turn is none of the answer: the doctor’s bubbles under the next separator are', () => {
    const own = read(page([sep('2023-05-05 21:07'), bubble('b', ASKED), ASSISTANT, sep('2023-05-06 14:22'), ...doctor()]));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('the separator over the asker’s bubble dates the asking; the one over the doctor’s dates the answer', () => {
    const own = read(page([sep('2023-05-05 21:07'), bubble('b', ASKED), sep('2023-05-06 14:22'), ...doctor()]));
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a later separator over a bubble asking again opens a round: neither it nor the reply is the answer’s, nor its day', () => {
    const round = [sep('2023-05-07 10:15'), bubble('b', '晚上还是睡不好怎么办？'), bubble('a', '建议一个月后复查。')];
    const own = read(page([sep('2023-05-05 21:07'), bubble('b', ASKED), sep('2023-05-06 14:22'), ...doctor(), ...round]));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-05-06');
    // Yearless and weekday separators part the chat alike; they name no day, and are no line of the answer.
    const weekdays = read(page([sep('星期五 21:07'), bubble('b', ASKED), sep('星期六 14:22'), ...doctor(), sep('星期日 10:15'), bubble('b', '医生，那需要吃药吗？'), bubble('a', '暂时不用吃药，先观察几天。')]));
    expect(weekdays.answer_paragraphs).toEqual(ANSWER);
    expect(weekdays.date).toBeNull();
    const yearless = read(page([sep('05-05 21:07'), bubble('b', ASKED), sep('05-06 14:22'), ...doctor(), ...round]));
    expect(yearless.answer_paragraphs).toEqual(ANSWER);
  });

  it('a later separator over the doctor’s further bubbles, asking nothing, ends nothing', () => {
    const more = '补充一下，检查结果出来以后可以再发给我看看，再决定是否需要用药。';
    const own = read(page([sep('2023-05-05 21:07'), bubble('b', ASKED), sep('2023-05-06 14:22'), ...doctor(), sep('2023-05-06 14:40'), bubble('a', more)]));
    expect(own.answer_paragraphs).toEqual([...ANSWER, more]);
  });

  it('a chat whose first bubble does not type the question again is left as it was read', () => {
    // The doctor's own first bubble restating the question with punctuation opens the answer: no turn is told apart.
    const restated = `${QUESTION}？这种情况多与带状疱疹有关，先不要紧张。`;
    const own = read(page([sep('2023-05-05 21:07'), ...doctor([restated, ...ANSWER.slice(1)]), sep('2023-05-06 14:22'), bubble('a', '平时饮食要注意什么？'), bubble('a', '少吃辛辣油腻，多喝水。')]));
    expect(own.answer_paragraphs[0]).toBe(restated);
    expect(own.answer_paragraphs).toContain('少吃辛辣油腻，多喝水。');
  });
});
