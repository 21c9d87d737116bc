import { describe, expect, it } from 'vitest';
import { extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related item's byline under an answerer's label, cut by the list with an ellipsis (`医生：李明华 主任医师 江州市第一人民医院心内...`,
 * `医生：江州市第一人民医院心血管内科主任医师...`): a card's line cut short, none of the item's snippet, though a snippet cut
 * inside its first sentence is one (extract-cut-labelled-snippet.test.ts). Before, the card line was read as the item's answer.
 */

const URL = 'https://www.example-shop.cn/wenda/118549.html';
const ANSWER = ['胸闷常见的原因有以下几种：', '一、可能与冠心病有关，应注意观察胸闷的变化。', '平时要注意保持良好的生活习惯，按时复查。'];
const page = (items: string) =>
  `<html><head><title>宝宝总是胸闷是什么病_药师问答</title></head><body><div class="q"><h1>宝宝总是胸闷是什么病</h1><p class="tw">提问人：用户_1526　2019-09-07</p><p>请问需要做什么检查？</p></div>` +
  `<div class="hd"><h3>共1条回答</h3><div class="answer-box"><div class="ys-card"><p><b>上官杰慧</b> <span class="zc">主管药师</span></p><p class="dw">江州惠民康健大药房</p></div><div class="hd-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="hd-ft"><span>2019-09-09</span> <a>有用 86</a></p></div></div>` +
  `<div class="xg"><h3>相关问答</h3><ul>${items}</ul></div></body></html>`;
const related = (html: string) => extractOrThrow(pageRecord(html, { url: URL })).entries.filter((e) => e.origin === 'related');

describe('a card line cut by the list under an answerer’s label', () => {
  it('is none of the item’s snippet', () => {
    const items = related(page(
      '<li><a href="/wenda/118536.html">活动后气短挂什么科</a><p>医生：江州市第一人民医院心血管内科主任医师...</p><p>活动后气短常见的原因有以下几种，一是单纯的。</p></li>' +
      '<li><a href="/wenda/118537.html">胸口闷痛怎么回事</a><p>医生：李明华 主任医师 江州市第一人民医院心内...</p><p>胸口闷痛常见的原因有以下几种，多与劳累有关。</p></li>',
    ));
    expect(items.map((e) => e.answerParagraphs)).toEqual([['活动后气短常见的原因有以下几种，一是单纯的。'], ['胸口闷痛常见的原因有以下几种，多与劳累有关。']]);
  });

  it('alone under the link: no snippet read from it', () => {
    const items = related(page(
      '<li><a href="/wenda/118536.html">活动后气短挂什么科</a><p>药师：王建国 主管药师 江州惠民康健大药房连锁...</p></li>' +
      '<li><a href="/wenda/118537.html">胸口闷痛怎么回事</a><p>医生：李明华 主任医师 江州市第一人民医院心内...</p></li>',
    ));
    expect(items.flatMap((e) => e.answerParagraphs)).toEqual([]);
  });
});
