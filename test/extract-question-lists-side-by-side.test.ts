import { describe, expect, it } from 'vitest';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A shop's question page prints two lists of questions side by side, each in a box of its own: the goods' other questions
 * (`该商品的其他提问`, bare linked with their counts) and questions on goods of the kind (`同类药品问答`, with the pharmacist's
 * snippet), in either order. Both labels are related labels, and both lists are the page's: the answered items its related
 * entries, every link its related_urls in page order. What the blind split fresh-77 taught the genre reader.
 */

const URL = 'https://www.example-shop.cn/wenda/118549.html';
const ANSWER = ['胸闷常见的原因有以下几种：', '一、可能与冠心病有关，应注意观察胸闷的变化。', '平时要注意保持良好的生活习惯，按时复查。'];
const goods = (n: number) =>
  `<div class="qt-tw"><h3>该商品的其他提问</h3><ul>${['宝宝心前区疼痛要做什么检查', '胸闷气短吃什么药好'].slice(0, n).map((q, i) => `<li><a href="/wenda/1185${60 + i}.html">${q}</a> <span>${i + 3}条回答</span></li>`).join('')}</ul></div>`;
const kind = `<div class="tl-wd"><h3>同类药品问答</h3><ul><li><a href="/wenda/118536.html">活动后气短挂什么科</a><p><em>药师答：</em>活动后气短常见的原因有以下几种：一、单纯的活动后气短，饮食以清淡...</p></li></ul></div>`;
const page = (lists: string) =>
  `<html><head><title>宝宝总是胸闷是什么病_药师问答</title></head><body><div class="q"><h1>宝宝总是胸闷是什么病</h1><p class="tw">提问人：用户_1526　2019-09-07</p><p>请问需要做什么检查？</p></div>` +
  `<div class="hd"><h3>共1条回答</h3><div class="answer-box"><div class="ys-card"><p><b>上官杰慧</b> <span class="zc">主管药师</span></p><p class="dw">江州惠民康健大药房</p></div><div class="hd-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="hd-ft"><span>2019-09-09</span> <a>有用 86</a></p></div></div>` +
  `<p class="sm">药师回答仅供参考，具体用药请遵医嘱。</p>${lists}</body></html>`;
const read = (html: string) => extractOrThrow(pageRecord(html, { url: URL })).entries;

describe('two lists of questions side by side', () => {
  it('a shop’s labels over them are related labels', () => {
    for (const label of ['该商品的其他提问', '同类药品问答', '其他提问', '同类问答']) expect(isRelatedLabel(label), label).toBe(true);
    expect(isRelatedLabel('其他提问怎么办')).toBe(false);
  });

  it('the bare list first: its links come first, then the answered item’s', () => {
    const entries = read(page(`${goods(1)}${kind}`));
    const own = entries.find((e) => e.origin === 'page')!;
    expect(own.answerParagraphs).toEqual(ANSWER);
    expect(entries.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(['活动后气短挂什么科']);
    expect(own.relatedUrls).toEqual(['https://www.example-shop.cn/wenda/118560.html', 'https://www.example-shop.cn/wenda/118536.html']);
  });

  it('the answered list first: the bare list’s links after its item’s', () => {
    const own = read(page(`${kind}${goods(2)}`)).find((e) => e.origin === 'page')!;
    expect(own.relatedUrls).toEqual(['https://www.example-shop.cn/wenda/118536.html', 'https://www.example-shop.cn/wenda/118560.html', 'https://www.example-shop.cn/wenda/118561.html']);
  });

  it('a bare list of one after the answered list, goods after it: its one link, none of the goods', () => {
    const shop = '<div class="xgsp"><h3>相关商品</h3><ul><li><a href="/medicine/84114.html">布洛芬缓释胶囊 0.3g*24粒</a> <span>¥15.80</span></li><li><a href="/medicine/58490.html">氯雷他定片 10mg*6片</a> <span>¥18.50</span></li></ul></div>';
    const own = read(page(`${kind}\n${goods(1)}\n${shop}`)).find((e) => e.origin === 'page')!;
    expect(own.relatedUrls).toEqual(['https://www.example-shop.cn/wenda/118536.html', 'https://www.example-shop.cn/wenda/118560.html']);
  });
});
