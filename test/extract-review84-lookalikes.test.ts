import { describe, expect, it } from 'vitest';
import { isChainStore } from '../src/core/genre-vocabulary.js';
import { bracketedCredit } from '../src/extract/card/credit-sentence.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Lookalikes of the thirty-fifth stop's new reader rules (fresh-84's tuning and the lead's changes), where a rule read a page of
 * the genre silently wrong: a disease's name set before a related snippet taken as its author's, a bracketed credit naming the
 * reporter too read with the reporter's name, a site's sentence saying where the text comes from (`本文由…提供，`) before its hedge
 * kept in the answer, a shop's badge (`官方旗舰店`) on a pharmacist's card read as their store.
 */
const read = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url })));

describe('a related snippet opening with a disease’s name and its colon in a span of its own', () => {
  const page = (lead: string) =>
    `<html><head><meta charset="utf-8"><title>肾结石腰部绞痛吃什么药_东方华文的问吧_某某新闻</title></head><body>` +
    `<div class="top"><h1>东方华文：泌尿系结石相关问题，欢迎来问</h1><div class="host"><p>东方华文</p><p>认证：石门市第二人民医院 泌尿外科 主治医师</p></div></div>` +
    `<div class="ask"><span>澎友Lm7Qe 提问</span><h2>肾结石腰部绞痛吃什么药</h2></div>` +
    `<div class="ans"><p class="who">东方华文 回答</p><div class="txt"><p>腰部绞痛多数与肾结石有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。</p></div>` +
    `<div class="ops"><span>2023-05-06 14:22</span><span>赞 31</span></div></div>` +
    `<div class="more"><h3>该问吧的更多问答</h3>` +
    `<div class="it"><a href="/ask_detail_102830">肾结石的人血压高要紧吗</a><p><span>${lead}</span>与结石引起的疼痛有关，疼痛缓解后再量，仍高的要到心内科就诊...</p></div>` +
    `<div class="it"><a href="/ask_detail_102739">结石病人血压高吃什么药</a><p><span>${lead}</span>先排除疼痛和紧张的影响，再按医生的处方用降压药，不要自己...</p></div></div>` +
    `</body></html>`;
  it('the disease’s name (高血压：, 黄疸：) stays the snippet’s word; a personal name is taken off', () => {
    for (const lead of ['高血压：', '黄疸：']) {
      const items = read(page(lead), 'https://www.example-news.cn/ask_detail_102001').filter((e) => e.origin === 'related');
      expect(items[0]!.answer.startsWith(`${lead}与结石引起的疼痛有关`)).toBe(true);
    }
    const items = read(page('东方华文：'), 'https://www.example-news.cn/ask_detail_102001').filter((e) => e.origin === 'related');
    expect(items[0]!.answer.startsWith('与结石引起的疼痛有关')).toBe(true);
  });
});

describe('a paper’s column signed by a bracketed line that credits its reporter too', () => {
  it('never signs with the reporter’s name', () => {
    expect(bracketedCredit('（實習記者 李四 仁伯爵綜合醫院兒科主治醫生 傅平）')?.name).not.toBe('李四');
    expect(bracketedCredit('（记者 李四 仁伯爵综合医院儿科主治医生 傅平）')?.name).not.toBe('李四');
    expect(bracketedCredit('（镜湖医院消化内科顾问医生 陈浩）')).toMatchObject({ name: '陈浩' });
  });
});

describe('a site’s sentence on where the text comes from, run on into a hedge', () => {
  const QUESTION = '孩子晚上睡觉磨牙怎么办';
  const ANSWER = ['睡觉磨牙多与白天过度兴奋、睡前进食或者牙齿咬合不良有关，少数与肠道寄生虫有关。', '睡前一小时不要剧烈活动和进食，如果长期磨牙，请到口腔科检查咬合情况。'];
  const page = (closing: string) =>
    `<html><head><meta charset="utf-8"><title>${QUESTION}_问医生</title></head><body><h1>${QUESTION}</h1>` +
    `<div class="doc"><b>罗文静</b> <span>主治医师</span><p>滨江市口腔医院 儿童口腔科</p></div>` +
    `<div class="answer">${[...ANSWER, closing].map((p) => `<p>${p}</p>`).join('')}</div><p class="time">2023-03-08</p></body></html>`;
  it('本文由某某健康提供，仅供参考，具体请咨询医生 is the disclaimer, none of the answer', () => {
    const own = read(page('本文由某某健康提供，仅供参考，具体请咨询医生。'), 'https://m.wenyi.example/question/5531.html').find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a shop’s badge ending in 店 on a pharmacist’s card', () => {
  it('is no store: 官方旗舰店 alone, 全场满包邮店, 查看全部店; a chain’s store is', () => {
    for (const badge of ['官方旗舰店', '全场满包邮店', '查看全部店']) expect(isChainStore(badge)).toBe(false);
    expect(isChainStore('一心堂大理北京路店')).toBe(true);
    expect(isChainStore('康爱多官方旗舰店')).toBe(true);
  });
  it('leaves the card’s hospital empty under a badge (官方旗舰店), as under 附近门店', () => {
    const ANSWER = ['布洛芬对胃黏膜有刺激，建议饭后服用，不要空腹吃，也不要和其他止痛药一起用。', '如果胃疼持续不缓解或者出现黑便，要停药并尽快到消化内科就诊。'];
    const QUESTION = '吃了布洛芬胃疼怎么办';
    const html = (shop: string) =>
      `<html><head><meta charset="utf-8"><title>${QUESTION}-药师问答</title></head><body><h1>${QUESTION}</h1><div class="ph"><b>张敏</b> <span>执业药师</span><p>${shop}</p><p>药师证号：12345678　从业6年</p></div>` +
      `<div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>回复时间：2023-05-06 14:22</p></body></html>`;
    for (const shop of ['官方旗舰店', '全场满包邮店']) expect(read(html(shop), 'https://www.yaofang.example/ask/1001.html').find((e) => e.origin === 'page')!.doctor.hospital).toBeNull();
  });
});
