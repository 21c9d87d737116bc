import { describe, expect, it } from 'vitest';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { isAdLine } from '../src/extract/words/answer-extras.js';
import { showsPrice } from '../src/extract/words/product-card.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Hong Kong pharmacy chain's pharmacist Q&A: the card `{name}` over `註冊藥劑師 Registered Pharmacist` and the branch that
 * employs them, a hotline of eight digits and product cards priced in HK$ after the answer, `更多藥劑師Q&A` over the list.
 * What fresh-94's watsons-hk-pharmacist-qa taught the genre reader.
 */

const URL = 'https://www.pharmacy.example.hk/zh_hk/pharmacist-qa/2201';
const QUESTION = '喉嚨痛可以食喉糖嗎';
const ANSWER = ['喉嚨痛多數與上呼吸道感染有關，喉糖可以暫時紓緩不適，但不能治療病因。', '如果發燒或者痛了一星期仍未好轉，應該盡快求醫。'];
const page = `<html lang="zh-HK"><head><meta charset="utf-8"><title>${QUESTION} | 某某藥房</title></head><body>
<main><h1>${QUESTION}</h1><time datetime="2023-05-06">06/05/2023</time>
<div class="card"><img src="/p.jpg" alt=""><div><p>陳家明</p><p>註冊藥劑師 Registered Pharmacist</p><p>某某藥房旺角分店</p></div></div>
<div class="body">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p>Pharmacist Hotline 藥劑師熱線：2345 6789（星期一至五 9am-6pm）</p>
<div class="carousel"><div><img src="/a.jpg" alt=""><p>維他命C 1000mg 60粒</p><p>HK$128</p><button>立即購買</button></div>
<div><img src="/b.jpg" alt=""><p>益生菌 30包</p><p>HK$238</p><button>立即購買</button></div></div>
</main>
<section><h2>更多藥劑師Q&amp;A</h2><a href="/zh_hk/pharmacist-qa/2188"><h3>咳嗽有痰怎麼辦</h3><time>02/05/2023</time></a>
<a href="/zh_hk/pharmacist-qa/2150"><h3>鼻敏感可以長期用噴鼻劑嗎</h3><time>28/04/2023</time></a>
<a href="/zh_hk/pharmacist-qa/2131"><h3>胃痛吃什麼藥好</h3><time>21/04/2023</time></a></section></body></html>`;

describe('a Hong Kong pharmacist’s Q&A', () => {
  const entries = entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
  const own = entries.find((e) => e.origin === 'page')!;

  it('the card: the registered pharmacist’s title, the branch where they work as the hospital, no department', () => {
    expect(own.doctor).toMatchObject({ name: '陳家明', title: '註冊藥劑師', department: null, hospital: '某某藥房旺角分店' });
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('the answer: its paragraphs, not the hotline nor the products after it', () => {
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-05-06');
  });

  it('the list under 更多藥劑師Q&A: the related links', () => {
    expect(isRelatedLabel('更多药剂师Q&A')).toBe(true);
    expect(own.related_urls.length).toBe(3);
  });

  it('a price in Hong Kong dollars, and a hotline of eight digits under its label', () => {
    expect(showsPrice('HK$128')).toBe(true);
    expect(showsPrice('NT$ 450')).toBe(true);
    expect(showsPrice('每天2次')).toBe(false);
    expect(isAdLine('Pharmacist Hotline 药剂师热线：2345 6789（星期一至五 9am-6pm）')).toBe(true);
    expect(isAdLine('每天服用2次，连续服用7天，23456789')).toBe(false);
  });
});
