import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An internet hospital's published consultation record: its `<title>` names the kind of page (`问诊记录`), its header the
 * consultation's start (`问诊时间：2023-05-05 21:40`), then the chat, each bubble beside its speaker's picture and stamped with its
 * month and day (`05-06 14:25`) or under a centred divider (`5月6日 14:25`). The asker's first bubble types the question again with
 * their description: its picture is the asker's, whose bubbles (the thanks too) are none of the answer; the platform's automatic
 * reply in the doctor's name (`[自动回复]…`) is none either; the answer is dated by the doctor's reply, a day after the start, in the
 * header's year. Where no heading prints the question, the asker's `病情描述：` asks it. What the blind split fresh-102 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://hlwyy.example-hosp.cn/h5/consult/record/100' })));
const QUESTION = '宝宝湿疹反复发作怎么办';
const ANSWER = ['宝宝湿疹需要结合具体情况来看，一般有以下几种情况：', '1.保持皮肤清洁湿润，每天涂抹保湿霜。', '2.如果症状持续不缓解，应尽快到皮肤科就诊。'];
const AUTO = '<span class="tag">[自动回复]</span>您好，我是王芳医生，已收到您的问诊信息，请耐心等待，我会尽快回复。';

function page({ heading, divider, auto, answer = ANSWER }: { heading: boolean; divider: boolean; auto: boolean; answer?: readonly string[] }): string {
  const stamp = (t: string) => (divider ? '' : `<span class="t">${t}</span>`);
  const bubble = (who: string, text: string, t: string) => `<div class="row"><img src="/static/${who}.png" alt=""><div class="b">${text}</div>${stamp(t)}</div>`;
  const chat = [
    divider ? '<div class="d">5月5日 21:40</div>' : '',
    bubble('p', `${QUESTION} 最近一段时间一直这样，不知道是什么原因。`, '05-05 21:40'),
    auto ? bubble('d', AUTO, '05-05 21:41') : '',
    divider ? '<div class="d">5月6日 14:25</div>' : '',
    ...answer.map((p, i) => bubble('d', p, `05-06 14:2${5 + i}`)),
    bubble('p', '明白了，非常感谢。', '05-06 14:31'),
    '<div class="sys">本次问诊已结束</div>',
  ].join('\n');
  return `<html><head><title>问诊记录 - 某某互联网医院</title></head><body>
<div class="nav">问诊记录</div>
${heading ? `<h1>${QUESTION}</h1>` : ''}<div class="patient"><p>患者：李**　女　34岁</p>${heading ? '' : `<p>病情描述：${QUESTION}？</p>`}</div>
<div class="doc"><img src="/upload/doc1.jpg" alt=""><p>王芳 <span>主治医师</span></p><p>皮肤科</p><p>江州市第一人民医院</p></div>
<div class="info"><p>问诊时间：2023-05-05 21:40</p></div>
<div class="chat">
${chat}
</div>
</body></html>`;
}

describe('a consultation record’s chat told apart by the asker’s first bubble typing the question again', () => {
  for (const divider of [false, true])
    it(`the question is the heading, the answer the doctor’s bubbles dated by the reply (${divider ? 'dividers' : 'stamps'})`, () => {
      const [own] = read(page({ heading: true, divider, auto: true }));
      expect(own!.question).toBe(QUESTION);
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.date).toBe('2023-05-06');
    });

  it('a one-bubble answer is dated by the stamp in its own row, the asker’s thanks under it none of the answer', () => {
    const [own] = read(page({ heading: true, divider: false, auto: true, answer: [ANSWER[0]!] }));
    expect(own!.answer_paragraphs).toEqual([ANSWER[0]]);
    expect(own!.date).toBe('2023-05-06');
  });

  it('with no heading, the asker’s 病情描述 that asks is the question', () => {
    const [own] = read(page({ heading: false, divider: false, auto: false }));
    expect(own!.question).toBe(`${QUESTION}？`);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });
});
