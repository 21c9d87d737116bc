import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isOpeningCredit } from '../src/extract/related/source-credit.js';
import { isReadMore } from '../src/extract/words/read-more.js';

/**
 * A hub that republishes answers from several portals: each related item credits its source and doctor over its snippet
 * (`有来医生 · 吴玉兰医生`), links to that source or to the hub's own copy (root-relative, resolved against the page's og:url),
 * and ads with their 推广 mark stand among the items; the card shows a badge (权威医生) beside the name.
 */

const QUESTION = '年轻人腰部绞痛还血尿怎么回事';
const ANSWER = ['关于腰部绞痛，可以从以下几个方面来考虑：', '1.多数与肾结石有关，可以先完善泌尿系彩超等检查。', '建议及时到医院泌尿外科就诊，明确诊断后规范治疗。'];
const item = (href: string, q: string, credit: string, snippet: string) => `<li><a href="${href}">${q}</a><div>${credit}</div><p>${snippet}</p><a href="${href}">查看全文</a></li>`;
const ITEMS = [
  item('/a/2.html', '肾结石需要注意什么', '有来医生 · 吴玉兰医生', '肾结石要多喝水，少吃高草酸的食物，定期复查。'),
  item('https://ask.example-portal.com/q/3.html', '血尿要做什么检查', '39问医生 · 王明医生', '血尿先查尿常规和泌尿系彩超，必要时做膀胱镜。'),
  `<li><div><a href="https://e.example-ads.cn/1" target="_blank">医保定点 专家坐诊 免费挂号</a><i>推广</i></div></li>`,
  item('/a/4.html', '腰疼伴尿频是什么原因', '百度健康 · 赵明医生', '腰疼伴尿频要排除泌尿系感染，先查尿常规。'),
  item('/a/5.html', '肾绞痛怎么缓解', '好大夫在线 · 陈丽医生', '肾绞痛发作时可以在医生指导下用解痉止痛药。'),
];
const html = (head: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_健康头条</title>${head}</head><body><h1>${QUESTION}</h1>` +
  `<div class="card"><div><b>陈浩</b> <span>权威医生</span></div><div>主治医师 | 泌尿外科</div><div>北岸市第三人民医院</div></div>` +
  `<div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><h3>相关回答</h3><ul>${ITEMS.join('')}</ul></div></body></html>`;
const entries = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' })));

describe('a hub’s items credited to their sources', () => {
  const all = entries(html('<meta property="og:url" content="https://m.example-hub.com/a/1.html">'));
  const page = all.find((e) => e.origin === 'page')!;
  const related = all.filter((e) => e.origin === 'related');

  it('reads the doctor’s name beside the badge, not the badge', () => {
    expect(page.doctor.name).toBe('陈浩');
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('keeps each item’s snippet without its credit, drops the ad, and keeps the items linked to their sources', () => {
    expect(related.map((r) => r.question)).toEqual(['肾结石需要注意什么', '血尿要做什么检查', '腰疼伴尿频是什么原因', '肾绞痛怎么缓解']);
    expect(related.map((r) => r.answer_paragraphs)).toEqual([
      ['肾结石要多喝水，少吃高草酸的食物，定期复查。'],
      ['血尿先查尿常规和泌尿系彩超，必要时做膀胱镜。'],
      ['腰疼伴尿频要排除泌尿系感染，先查尿常规。'],
      ['肾绞痛发作时可以在医生指导下用解痉止痛药。'],
    ]);
  });

  it('resolves root-relative links against the page’s og:url, and leaves them as written where the page names no address', () => {
    expect(related.map((r) => r.url)).toEqual(['https://m.example-hub.com/a/2.html', 'https://ask.example-portal.com/q/3.html', 'https://m.example-hub.com/a/4.html', 'https://m.example-hub.com/a/5.html']);
    const bare = entries(html('')).filter((e) => e.origin === 'related');
    expect(bare.map((r) => r.url)).toEqual(['/a/2.html', 'https://ask.example-portal.com/q/3.html', '/a/4.html', '/a/5.html']);
  });

  it('takes a 大家都在看 list of credited items on a page that names its address, those linked to their sources too', () => {
    const reading = entries(html('<meta property="og:url" content="https://m.example-hub.com/a/1.html">').replace('<h3>相关回答</h3>', '<h3>大家都在看</h3>'));
    expect(reading.filter((e) => e.origin === 'related').map((r) => r.question)).toEqual(['肾结石需要注意什么', '血尿要做什么检查', '腰疼伴尿频是什么原因', '肾绞痛怎么缓解']);
    expect(reading.find((e) => e.origin === 'page')!.flags).not.toContain('unsure_reading');
  });

  it('tells a credit over a snippet, and a prompt to read on at the source, from a snippet’s words', () => {
    expect(isOpeningCredit('有来医生 · 吴玉兰医生')).toBe(true);
    expect(isOpeningCredit('好大夫在线 | 王明')).toBe(true);
    expect(isOpeningCredit('多喝水 · 少熬夜')).toBe(false);
    expect(isOpeningCredit('肾结石要多喝水，少吃高草酸的食物。')).toBe(false);
    expect(isReadMore('去百度健康查看完整回答')).toBe(true);
    expect(isReadMore('去医院检查')).toBe(false);
  });
});
