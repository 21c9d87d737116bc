import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A parenting site's Q&A lists a certified doctor's answer among mothers' replies; the asker's pick of a reply is a badge
 * or button `采纳` alone on its line, and each answer has its `赞` button: whichever answer they stand under or over, the
 * buttons are none of the doctor's text. What the blind split fresh-75 taught the genre reader.
 */

const URL = 'https://www.example-mama.cn/ask/q123.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['孕早期腹痛可能和子宫增大牵拉有关，轻微隐痛一般不用担心。', '如果伴有出血或者疼痛加重，应及时到医院妇产科就诊。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');

const page = (afterDoctor: string) =>
  `<html><head><title>孕早期肚子疼怎么回事_问答</title></head><body>` +
  `<div><h1>孕早期肚子疼怎么回事</h1><p>小雨妈妈 · 宝宝3个月 提问于 2023-05-05</p><p>请问需要做什么检查？</p></div>` +
  `<div><h3>共2个回答</h3>` +
  `<div><div><img src="/a/1.jpg"><span>李志</span> <em>认证医生</em> <span>主治医师</span><p>东湖市妇幼保健院 妇产科</p></div><div>${answerHtml}</div><div><span>2023-05-06 14:22</span> <a>有用 78</a></div>${afterDoctor}</div>` +
  `<div><span>采纳</span><div><img src="/a/2.jpg"><span>孙丽妈妈</span> <i>LV10</i> <span>宝宝16个月</span></div><div><p>多喝水，注意观察，我家就是这么过来的。</p></div><div><span>2023-05-06 20:17</span></div></div>` +
  `</div></body></html>`;

describe('a pick or praise button alone on its line', () => {
  it('over the mother’s reply after the doctor’s answer is none of the answer', () => {
    const [own] = read(page(''));
    expect(own!.doctor.name).toBe('李志');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });

  it('under the doctor’s answer (赞) is none of it either', () => {
    const [own] = read(page('<div><a>赞</a></div>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
