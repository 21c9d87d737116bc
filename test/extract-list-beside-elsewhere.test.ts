import { describe, expect, it } from 'vitest';
import { extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * (The shop's page as in extract-question-lists-side-by-side.test.ts.) A box of bare linked questions beside the answered list
 * gives the page related links only where its links lead where the answered list's do: a help centre's FAQ (`常见问题`:
 * 如何在线支付？) or a member's own questions (`我的其他提问`) in the box beside it lead elsewhere on the site and are no
 * related questions. Before, their links were added to the page's related_urls, silently.
 */

const URL = 'https://www.example-shop.cn/wenda/118549.html';
const ANSWER = ['胸闷常见的原因有以下几种：', '一、可能与冠心病有关，应注意观察胸闷的变化。', '平时要注意保持良好的生活习惯，按时复查。'];
const kind = `<div class="tl-wd"><h3>同类药品问答</h3><ul><li><a href="/wenda/118536.html">活动后气短挂什么科</a><p><em>药师答：</em>活动后气短常见的原因有以下几种：一、单纯的活动后气短，饮食以清淡...</p></li><li><a href="/wenda/118537.html">胸口闷痛怎么回事</a><p><em>药师答：</em>胸口闷痛常见的原因有以下几种...</p></li></ul></div>`;
const page = (lists: string) =>
  `<html><head><title>宝宝总是胸闷是什么病_药师问答</title></head><body><div class="q"><h1>宝宝总是胸闷是什么病</h1><p class="tw">提问人：用户_1526　2019-09-07</p><p>请问需要做什么检查？</p></div>` +
  `<div class="hd"><h3>共1条回答</h3><div class="answer-box"><div class="ys-card"><p><b>上官杰慧</b> <span class="zc">主管药师</span></p><p class="dw">江州惠民康健大药房</p></div><div class="hd-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="hd-ft"><span>2019-09-09</span> <a>有用 86</a></p></div></div>` +
  `<p class="sm">药师回答仅供参考，具体用药请遵医嘱。</p>${lists}</body></html>`;
const own = (html: string) => extractOrThrow(pageRecord(html, { url: URL })).entries.find((e) => e.origin === 'page')!;
const KIND_URLS = ['https://www.example-shop.cn/wenda/118536.html', 'https://www.example-shop.cn/wenda/118537.html'];

describe('a box of linked questions beside the answered list, leading elsewhere', () => {
  it('a help centre’s FAQ after it: none of the related links', () => {
    const faq = '<div class="help"><h3>常见问题</h3><ul><li><a href="/help/pay.html">如何在线支付？</a></li><li><a href="/help/refund.html">怎么申请退款？</a></li></ul></div>';
    expect(own(page(`${kind}${faq}`)).relatedUrls).toEqual(KIND_URLS);
  });

  it('a member’s own questions after it: none of the related links', () => {
    const mine = '<div class="my"><h3>我的其他提问</h3><ul><li><a href="/user/q/1.html">孩子发烧怎么办？</a></li></ul></div>';
    expect(own(page(`${kind}${mine}`)).relatedUrls).toEqual(KIND_URLS);
  });

  it('the goods’ other questions, on the site’s question pages: their links still', () => {
    const goods = '<div class="qt-tw"><h3>该商品的其他提问</h3><ul><li><a href="/wenda/118560.html">胸闷气短吃什么药好</a> <span>3条回答</span></li></ul></div>';
    expect(own(page(`${kind}${goods}`)).relatedUrls).toEqual([...KIND_URLS, 'https://www.example-shop.cn/wenda/118560.html']);
  });

  it('on a page read without its own address (links left relative): the goods’ questions’ links still', () => {
    const goods = '<div class="qt-tw"><h3>该商品的其他提问</h3><ul><li><a href="/wenda/118560.html">胸闷气短吃什么药好</a> <span>3条回答</span></li></ul></div>';
    const bare = extractOrThrow(pageRecord(page(`${kind}${goods}`))).entries.find((e) => e.origin === 'page')!;
    expect(bare.relatedUrls).toEqual(['/wenda/118536.html', '/wenda/118537.html', '/wenda/118560.html']);
  });
});
