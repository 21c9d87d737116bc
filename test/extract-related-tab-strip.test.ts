import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related box in tabs drawn as a list (`<ul><li>相关问答</li><li>相关文章</li><li>相关商品</li></ul>`) over one panel a tab, the
 * later panels hidden till clicked: the 相关问答 tab's panel is the related list, the articles' and the goods' panels none of it.
 * What the blind split fresh-117 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.herb-shop.example/wenda/8810' })));
const ANSWER = ['失眠多与心脾两虚、肝郁化火有关，需要辨证调理。', '平时睡前避免饮用浓茶咖啡，可以用酸枣仁泡水饮用。'];
const QA = ['/wenda/8801', '/wenda/8802', '/wenda/8803', '/wenda/8804'];
const QUESTIONS = ['晚上睡不着怎么调理', '多梦易醒吃什么好', '失眠可以喝什么茶', '入睡困难是什么原因'];
const qaPanel = (hidden: boolean) => `<div class="pn"${hidden ? ' hidden' : ''}><div class="g">${QA.map((u, i) => `<div class="c"><a href="${u}">${QUESTIONS[i]}</a></div>`).join('')}</div></div>`;
const articles = (hidden: boolean) => `<div class="pn"${hidden ? ' hidden' : ''}><ul><li><a href="/art/51">秋季养生小知识</a></li><li><a href="/art/52">药膳汤水做法</a></li></ul></div>`;
const goods = `<div class="pn" hidden><ul><li><a href="/goods/9">安神茶</a> ¥68</li><li><a href="/goods/12">酸枣仁膏</a> ¥99</li></ul></div>`;
const page = (tabs: string, panels: string) => `<html><head><title>长期失眠怎么办</title></head><body>
<main><h1>长期失眠怎么办</h1><div class="dr"><p>钟丽华 主治中医师</p></div><p class="d">2022-11-03</p>
<div class="a">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="box"><ul class="t">${tabs}</ul>${panels}</div></main>
</body></html>`;
const here = (u: string) => `https://www.herb-shop.example${u}`;

describe('a related box in tabs drawn as a list', () => {
  it('the 相关问答 tab’s panel, shown first, gives the related links; the articles and goods are none', () => {
    const [own] = read(page('<li class="on">相关问答</li><li>相关文章</li><li>相关商品</li>', qaPanel(false) + articles(true) + goods));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.related_urls).toEqual(QA.map(here));
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('so too where the questions’ tab is second and its panel hidden', () => {
    const [own] = read(page('<li class="on">相关文章</li><li>相关问答</li><li>相关商品</li>', articles(false) + qaPanel(true) + goods));
    expect(own!.related_urls).toEqual(QA.map(here));
  });
});

describe('no tab strip', () => {
  it('a table’s header row (相关问答 | 日期) over two rows: both rows are the list, not the first alone', () => {
    const rows = QA.slice(0, 2).map((u, i) => `<tr><td><a href="${u}">${QUESTIONS[i]}</a></td><td>2021/3/${i + 4}</td></tr>`).join('');
    const html = `<html><head><title>长期失眠怎么办</title></head><body>
<main><h1>长期失眠怎么办</h1><div class="dr"><p>钟丽华 主治中医师</p></div><p class="d">2022-11-03</p>
<div class="a">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<table><tr><th>相关问答</th><th>日期</th></tr>${rows}</table></main></body></html>`;
    const [own] = read(html);
    expect(own!.related_urls).toEqual(QA.slice(0, 2).map(here));
  });
});
