import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a <wbr> in a card, a slideshow's counter before a picture credit and the asker's thanks after the answer.
 * What the blind split fresh-37 taught the genre reader (typeset-splits, photo-gallery, emoji-images), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const page = (card: string, answer: string) =>
  `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：2023-02-01</div><div>${answer}</div>` +
  `<p>温馨提示：以上内容仅供参考，不能替代面诊。</p></body></html>`;
const CARD = '<div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>';

describe('a <wbr> in a card, a place the line may break', () => {
  it('breaks no word: the hospital on both sides of it is one name, and it is no picture beside the hospital', () => {
    const card = '<div><b>林晓</b> <span>主治医师</span><p>滨海市中<wbr>心医院 三甲 消化<wbr>内科</p></div>';
    const [own] = read(page(card, ANSWER.map((p) => `<p>${p}</p>`).join('')));
    expect(own!.doctor).toEqual({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院', hospital_grade: '三甲' });
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe("a slideshow's slide counter before a picture's credit", () => {
  it('is none of the answer (01 / 04图片来源：视觉中国, （2/4）图片来源：网络图片), where a fraction in a sentence stays', () => {
    const answer = `<p>${ANSWER[0]}</p><div>01 / 04图片来源：视觉中国</div><p>${ANSWER[1]}</p><div>（2/4）图片来源：网络图片</div><p>约1/3的人没有症状，不必紧张。</p>`;
    const [own] = read(page(CARD, answer));
    expect(own!.answer_paragraphs).toEqual([...ANSWER, '约1/3的人没有症状，不必紧张。']);
  });
});

describe("the asker's short thanks after the answer, under their label", () => {
  it('is none of the answer (患者：谢谢医生), and no doubt', () => {
    const [own] = read(page(CARD, `${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>患者：谢谢医生<img alt="[微笑]" src="/e/1.png"></p>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('keeps a follow-up that asks something at the end, doubted: the reply to it may be missing', () => {
    const [own] = read(page(CARD, `${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>患者：那需要吃药吗？</p>`));
    expect(own!.answer_paragraphs).toEqual([...ANSWER, '患者：那需要吃药吗？']);
    expect(own!.flags).toContain('unsure_reading');
  });

  it("keeps a follow-up the doctor answers after it, and doubts the asker's line in it", () => {
    const [own] = read(page(CARD, `<p>${ANSWER[0]}</p><p>追问：需要吃药吗？</p><p>${ANSWER[1]}</p>`));
    expect(own!.answer_paragraphs).toEqual([ANSWER[0], '追问：需要吃药吗？', ANSWER[1]]);
    expect(own!.flags).toContain('unsure_reading');
  });
});
