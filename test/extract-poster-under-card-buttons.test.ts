import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A cosmetic-medicine Q&A shows a doctor's video answer as its poster with the film's length (`00:47`) and no play sign,
 * under the doctor's card and the card's own button (`预约面诊`), over the answer's text: the answer is a video. What the
 * blind split fresh-75 taught the genre reader.
 */

const URL = 'https://www.example-yimei.cn/wenda/551.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['光子嫩肤后一周内注意防晒，不要用刺激性的护肤品。', '一般三到四周做一次，五次左右为一个疗程。'];

const page = (between: string) =>
  `<html><head><title>光子嫩肤后要注意什么-问答</title></head><body>` +
  `<div><h1>光子嫩肤后要注意什么</h1><p>请问需要做什么检查？</p></div>` +
  `<div><div>1位医生回答</div><div>` +
  `<div><img src="/doctor/a1.jpg"><div><a href="/doctor/12/">王明</a> <span>主治医师</span> <i>认证</i><p>东湖市人民医院 · 皮肤科</p></div><a href="/yuyue/">预约面诊</a></div>` +
  `${between}<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><span>回答于 2023-05-06</span> <a>赞同 12</a></div></div></div>` +
  `</body></html>`;

describe('a poster with its length under the card’s button', () => {
  it('over the answer’s text makes it a video', () => {
    const [own] = read(page('<div><img src="/video/p1.jpg"><span>00:47</span></div>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('video');
    expect(own!.date).toBe('2023-05-06');
  });

  it('with no poster there the format is unknown', () => {
    const [own] = read(page(''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('unknown');
  });
});
