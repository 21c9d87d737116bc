import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A news app's share page lists what others asked as cards, each a link opening with the item's own doctor (avatar, name, title)
 * over the question: the doctor's line is the item's byline, the question the line after it. What the blind split fresh-117 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://news.example-app.cn/share/article/500.html' })));
const ANSWER = ['腰肌劳损多与长期久坐、姿势不良有关，一般有以下几种处理方法：', '1.避免久坐，每隔一小时起身活动，适当热敷。', '2.如果疼痛持续不缓解，应尽快到骨科就诊。'];
const ITEMS = [
  ['刘晓燕', '主治医师', '久坐腰疼是腰肌劳损吗', '久坐腰疼多与腰肌劳损有关，建议适当活动，注意…'],
  ['郑国强', '副主任医师', '腰椎间盘突出能按摩吗', '腰椎间盘突出急性期不建议按摩，以免加重神经压迫…'],
  ['何美玲', '医师', '腰疼贴膏药有用吗', '膏药能缓解一部分肌肉酸痛，但不能解决根本问题，…'],
] as const;
const HOSPITALS = ['江州市中医院', '临江市人民医院', '东湖市妇幼保健院'];
const page = (card: (i: number) => string) => `<html><head><title>腰肌劳损怎么缓解 - 某某新闻</title></head><body>
<div class="art"><h1>腰肌劳损怎么缓解</h1><p class="m">某某新闻 2023-04-12 09:30</p>
<div class="who"><img src="/a.png"><p>宋文华 <span>主任医师</span></p><p>滨江市第二人民医院 骨科</p></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div>
<section class="more"><h3>大家都在问</h3>${ITEMS.map((it, i) => `<a class="c" href="/share/article/${600 + i}.html">${card(i)}</a>`).join('\n')}</section>
</body></html>`;

describe('a related card opening with the item’s own doctor', () => {
  it('the doctor’s name and title are the item’s byline; the question is the line after, the snippet under it', () => {
    const [own, ...items] = read(page((i) => `<div class="d"><img src="/d${i}.png"><i>${ITEMS[i]![0]}</i><b>${ITEMS[i]![1]}</b></div><h4>${ITEMS[i]![2]}</h4><p>答：${ITEMS[i]![3]}</p><span>${120 + i}人阅读</span>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((e) => [e.question, e.answer_paragraphs])).toEqual(ITEMS.map(([, , q, s]) => [q, [s]]));
  });

  it('a list of doctors (name and title over their hospital) gives no items', () => {
    const [own, ...items] = read(page((i) => `<p>${ITEMS[i]![0]} ${ITEMS[i]![1]}</p><p>${HOSPITALS[i]} 骨科</p><p>擅长：腰椎间盘突出、腰肌劳损的诊治</p>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    for (const e of items) expect(HOSPITALS.some((h) => e.question.includes(h))).toBe(false);
  });
});

describe('a bare card of the page’s own question among the list', () => {
  it('is the page itself, none of its related links', () => {
    const cards = [...ITEMS.slice(0, 2).map(([n, t, q]) => [n, t, q] as const), ['罗建军', '主任医师', '腰肌劳损怎么缓解'] as const, ITEMS[2]!.slice(0, 3) as unknown as readonly [string, string, string]];
    const html = `<html><head><title>腰肌劳损怎么缓解 - 某某新闻</title></head><body>
<div class="art"><h1>腰肌劳损怎么缓解</h1><p class="m">某某新闻 2023-04-12 09:30</p>
<div class="who"><img src="/a.png"><p>宋文华 <span>主任医师</span></p><p>滨江市第二人民医院 骨科</p></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div>
<section class="more"><h3>大家都在问</h3>${cards.map(([n, t, q], i) => `<a class="c" href="/share/article/${600 + i}.html"><div class="d"><img src="/d${i}.png"><i>${n}</i><b>${t}</b></div><h4>${q}</h4><span>${120 + i}人阅读</span></a>`).join('\n')}</section>
</body></html>`;
    const [own, ...items] = read(html);
    expect(items).toEqual([]);
    expect(own!.related_urls).toEqual([600, 601, 603].map((n) => `https://news.example-app.cn/share/article/${n}.html`));
  });
});
