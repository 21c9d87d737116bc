import { describe, expect, it } from 'vitest';
import { extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related list's snippet under an answerer's label (`药师答：`) that the list cut short inside its first sentence
 * (`药师答：龋齿的处理要根据病情轻重来决定：1.年龄超过60岁的...`): no comma before the cut, but a snippet all the same: a name
 * or a card's field is never printed cut with an ellipsis. The item is an answered one, not a bare link. What the blind
 * split fresh-77 taught the genre reader.
 */

const URL = 'https://www.example-shop.cn/wenda/136060.html';
const ANSWER = ['龋齿需要结合具体情况来看，一般有以下几种情况：', '平时要注意保持良好的生活习惯，按时复查。'];
const item = (n: number, q: string, a: string) => `<li><a href="/wenda/1360${n}.html">${q}</a><p><em>药师答：</em>${a}</p></li>`;
const page = `<html><head><title>龋齿吃什么好_药师问答</title></head><body><div class="q"><h1>龋齿吃什么好</h1><p class="tw">提问人：用户_1526　2019-09-07</p></div>` +
  `<div class="hd"><h3>共1条回答</h3><div class="answer-box"><div class="ys-card"><p><b>林伟</b> <span class="zc">执业药师</span></p><p class="dw">东湖药学服务中心</p></div><div class="hd-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="hd-ft"><span>2019-09-09</span></p></div></div>` +
  `<div class="xg"><h3>相关问答</h3><ul>${item(84, '小孩牙齿松动挂什么科', '可以从以下几个方面来考虑：一、经期出现牙齿松动时，需要在医生指导...')}\n${item(5, '宝宝龋齿怎么治疗效果好', '龋齿的处理要根据病情轻重来决定：1.年龄超过60岁的...')}\n${item(28, '牙齿发黑还遇冷热酸疼怎么回事', '牙齿发黑的处理要根据病情轻重来决定：一、牙齿发黑伴有遇冷热酸疼的...')}</ul></div></body></html>`;

describe('a labelled snippet cut inside its first sentence', () => {
  it('is the item’s snippet, its label none of it', () => {
    const related = extractOrThrow(pageRecord(page, { url: URL })).entries.filter((e) => e.origin === 'related');
    expect(related.map((e) => e.question)).toEqual(['小孩牙齿松动挂什么科', '宝宝龋齿怎么治疗效果好', '牙齿发黑还遇冷热酸疼怎么回事']);
    expect(related[1]!.answerParagraphs).toEqual(['龋齿的处理要根据病情轻重来决定：1.年龄超过60岁的...']);
    expect(related[2]!.answerParagraphs).toEqual(['牙齿发黑的处理要根据病情轻重来决定：一、牙齿发黑伴有遇冷热酸疼的...']);
  });
});
