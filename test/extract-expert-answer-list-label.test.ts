import { describe, expect, it } from 'vitest';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A parenting site's 专家解答 page lists other experts' answers under `相关专家解答` (question, the answer's start) beside an
 * article list (`其他家长还看了`). What the blind split fresh-74 taught the genre reader.
 */

const URL = 'https://www.example-baby.cn/expert/100.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['一般不严重，喘息大多是暂时的，调整作息、清淡饮食后可以慢慢好转。'];

describe('a list headed 相关专家解答 (相关医生回答)', () => {
  it('is a related list’s label', () => {
    for (const label of ['相关专家解答', '相关医生回答', '相关解答']) expect(isRelatedLabel(label), label).toBe(true);
  });

  it('its questions with the answers’ starts are the page’s related items, unflagged', () => {
    const items = [0, 1, 2].map((n) => `<li><a href="/expert/${200 + n}.html">宝宝喘息是怎么回事${n}</a><p>喘息多与支气管受到刺激有关，注意观察。</p></li>`).join('');
    const html =
      `<html><head><title>宝宝喘息吃什么药好？</title></head><body><article><h1>宝宝喘息吃什么药好？</h1><h2>专家解答</h2>` +
      `<div><p>胡杰红</p><p>南屏市人民医院 儿科 主治医师</p><p>宝宝中心专家团</p></div><div><p>${ANSWER[0]}</p></div><p>最后更新：2021年6月1日</p></article>` +
      `<div><h3>其他家长还看了</h3><ul><li><a href="/baby/1.html">宝宝几个月会翻身？</a></li><li><a href="/baby/2.html">孕期能喝咖啡吗？</a></li></ul></div>` +
      `<div><h3>相关专家解答</h3><ul>${items}</ul></div></body></html>`;
    const [own, ...related] = read(html);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
    expect(related.map((r) => r.question)).toEqual(['宝宝喘息是怎么回事0', '宝宝喘息是怎么回事1', '宝宝喘息是怎么回事2']);
  });
});
