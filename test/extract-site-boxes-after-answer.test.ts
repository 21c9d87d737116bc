import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { showsCardFigure } from '../src/extract/words/product-card.js';
import { COPYRIGHT_RE } from '../src/extract/words/furniture-lines.js';

/**
 * A site's boxes under the answer are none of it: a self-test box counting those who took it (`焦虑自评量表SAS 14万人已测
 * 免费测试`), as a course card's `3.2万人练过` is; a footer closing with the copyright's sign and year (`某站 ©2026`).
 */

const QUESTION = '经期嗳气几天了怎么办？';
const ANSWER = ['经期嗳气的处理要根据病情轻重来决定：', '（1）有胃食管反流病史的患者，多数在5到7天内逐渐缓解，经期尤其要注意。', '如果症状持续不缓解或者逐渐加重，应尽快到消化内科就诊。'];
const html = (after: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_好心情问答</title></head><body><div><h1>${QUESTION}</h1><p>匿名用户 · 提问时间：2021-05-19</p></div>` +
  `<div><h2>1个回答</h2><div><div><a href="/doctor/1.html">何晨晓</a> <span>主治医师</span><p>白沙市第一人民医院 <i>三甲</i> 消化内科</p></div>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}` +
  `<div><span>回答于 2021-05-21 14:12</span> <span>有帮助 33</span></div></div></div>\n${after}</body></html>`;
const pageOf = (after: string) => entriesOf(extractOrThrow(pageRecord(html(after)))).find((e) => e.origin === 'page')!;
const SELF_TEST = '<div class="ceping"><b>抑郁自评量表SDS</b> <span>77万人已测</span> <a href="/ceping/12.html">免费测试</a></div>';
const RELATED = '<div><h3>相关问答</h3><ul><li><a href="/wenda/1.html">嗳气吃什么药好</a><p>嗳气多与胃动力不足有关，可在医生指导下使用促胃动力药。</p></li><li><a href="/wenda/2.html">经期胃胀怎么办</a><p>经期胃胀注意清淡饮食，少吃产气食物。</p></li></ul></div>';

describe('a site’s boxes after the answer are none of it', () => {
  it('leaves out a self-test box counting its takers', () => {
    const page = pageOf(`${SELF_TEST}\n${RELATED}`);
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2021-05-21');
  });

  it('leaves out the site’s footer closing with ©2026 where no related list stands before it', () => {
    const page = pageOf(`${SELF_TEST}\n<div>好心情 · 精神心理互联网医院 ©2026</div>`);
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('tells a taker count from an answer’s own words', () => {
    expect(showsCardFigure('焦虑自评量表SAS 14万人已测 免费测试')).toBe(true);
    expect(showsCardFigure('建议做焦虑自评量表测试，结果仅供参考。')).toBe(false);
    expect(COPYRIGHT_RE.test('好心情 · 精神心理互联网医院 ©2026')).toBe(true);
    expect(COPYRIGHT_RE.test('©2015-2026 某某健康网')).toBe(true);
    expect(COPYRIGHT_RE.test('建议复查，2026年前后再评估。')).toBe(false);
  });
});
