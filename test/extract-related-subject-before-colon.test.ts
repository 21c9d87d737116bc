import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related snippet opening with a word and its colon set apart (`<b>白癜风</b>：…`, `<span>金银花：</span>…`) reads like an
 * author's byline where the word opens with a surname's character (白, 金). Where the item's own question names that word, it is
 * the item's subject and stays the snippet's first word; an author's name, which the question does not name, is taken off.
 */
const read = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url })));
const page = (items: Array<[string, string, string]>) =>
  `<html><head><meta charset="utf-8"><title>白癜风会遗传给孩子吗_皮肤科问答</title></head><body>` +
  `<h1>白癜风会遗传给孩子吗</h1><div class="doc"><b>周海涛</b> <span>主治医师</span><p>滨江市皮肤病医院 皮肤科</p></div>` +
  `<div class="answer"><p>白癜风有一定的遗传倾向，但不是遗传病，父母一方患病，孩子患病的机会只比常人稍高一些。</p>` +
  `<p>平时注意防晒，发现白斑及早到皮肤科就诊。</p></div><p class="time">2023-04-12</p>` +
  `<div class="rel"><h3>相关问答</h3>` +
  items.map(([href, q, lead]) => `<div class="it"><a href="${href}">${q}</a><p>${lead}与免疫和遗传都有关系，早发现早治疗，多数可以控制...</p></div>`).join('') +
  `</div></body></html>`;

describe('a word before a related snippet’s colon', () => {
  it('stays the snippet’s where the item’s question names it (白癜风, 金银花)', () => {
    const items = read(
      page([
        ['/wenda/88101.html', '白癜风能治好吗', '<b>白癜风</b>：'],
        ['/wenda/88102.html', '金银花泡水能天天喝吗', '<span>金银花：</span>'],
      ]),
      'https://www.pifu.example/wenda/88100.html',
    ).filter((e) => e.origin === 'related');
    expect(items.map((e) => e.answer.slice(0, 4))).toEqual(['白癜风：', '金银花：']);
  });
  it('is taken off as the author’s name where the question does not name it', () => {
    const items = read(page([['/wenda/88103.html', '白斑会越来越大吗', '<b>白建华</b>：']]), 'https://www.pifu.example/wenda/88100.html').filter(
      (e) => e.origin === 'related',
    );
    expect(items[0]!.answer.startsWith('与免疫和遗传都有关系')).toBe(true);
  });
  it('is taken off as the author’s name where the list’s other items show their authors so, though the question names it (高峰)', () => {
    // A doctors' list: 李建华 and 王丽 are no words of their questions; 高峰, a common name, is also a word of its item's question.
    const items = read(
      page([
        ['/wenda/88104.html', '餐后血糖高峰在几点', '<b>高峰</b>：'],
        ['/wenda/88105.html', '白斑会越来越大吗', '<b>李建华</b>：'],
        ['/wenda/88106.html', '白斑能晒太阳吗', '<b>王丽</b>：'],
      ]),
      'https://www.pifu.example/wenda/88100.html',
    ).filter((e) => e.origin === 'related');
    expect(items.map((e) => e.answer.slice(0, 5))).toEqual(['与免疫和遗', '与免疫和遗', '与免疫和遗']);
  });
  it('stays the snippet’s in a list of subjects where one item’s question names its subject otherwise (白斑 under 白点)', () => {
    const items = read(
      page([
        ['/wenda/88107.html', '白癜风能治好吗', '<b>白癜风</b>：'],
        ['/wenda/88108.html', '白癜风会传染吗', '<b>白癜风</b>：'],
        ['/wenda/88109.html', '皮肤出现白点是什么', '<b>白斑</b>：'],
      ]),
      'https://www.pifu.example/wenda/88100.html',
    ).filter((e) => e.origin === 'related');
    expect(items.map((e) => e.answer.slice(0, 4)).slice(0, 2)).toEqual(['白癜风：', '白癜风：']);
  });
});
