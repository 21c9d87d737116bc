import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on an answer pasted with tracked changes, and a card's SVG icons whose <title> names the field.
 * What the blind split fresh-36 taught the genre reader (tracked-changes, svg-icon-titles), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const page = (card: string, answer: string) =>
  `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：2023-02-01</div><div>${answer}</div>` +
  `<div><h3>相关问答</h3><ul><li><a href="/q/2.html">胃胀吃什么好</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/q/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></div></body></html>`;
const CARD = '<div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>';

describe("an answer pasted with an editor's tracked changes", () => {
  it('reads the text as revised: insertions kept, deletions (<del>, <strike>) and a paragraph wholly struck out left out', () => {
    const answer =
      '<p>胃胀多与饮食<del datetime="2020-04-10T19:20:00">习惯</del><ins datetime="2020-04-12T08:00:00">不规律</ins>有关，先少食多餐。<del>建议立即手术。</del></p>' +
      '<p><del cite="mailto:HP">本段待删除，发布前核对。</del></p>' +
      '<p>持续两周以上，<strike>马上</strike>请到消化内科做胃镜。</p>';
    const [own] = read(page(CARD, answer));
    expect(own!.answer_paragraphs).toEqual(['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。']);
    expect(own!.date).toBe('2023-02-01');
  });

  it('keeps what an <s> shows: sites use it as a bare inline element', () => {
    const [own] = read(page(CARD, '<p>胃胀多与<s>饮食</s>不规律有关，先少食多餐。</p>'));
    expect(own!.answer_paragraphs).toEqual(['胃胀多与饮食不规律有关，先少食多餐。']);
  });
});

describe("a card's SVG icons whose <title> names the field beside them", () => {
  it('reads the fields, not the icons’ titles and descriptions; an SVG’s drawn <text> is read', () => {
    const icon = (title: string) => `<svg viewBox="0 0 24 24" width="14" height="14"><title>${title}</title><desc>${title}图标</desc><use href="#i"></use></svg>`;
    const card =
      `<div><div><span>${icon('医生')} 林晓</span></div><div><span>${icon('职称')} 主治医师</span></div>` +
      `<div><span>${icon('医院')} 滨海市中心医院</span> <svg width="30" height="14"><text x="0" y="12">三甲</text></svg></div><div><span>${icon('科室')}消化内科</span></div></div>`;
    const [own] = read(page(card, '<p>胃胀多与饮食不规律有关，先少食多餐。</p>'));
    expect(own!.doctor).toEqual({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院', hospital_grade: '三甲' });
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
