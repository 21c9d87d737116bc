import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Where the fresh-93 rules stop: a news headline putting its question before its news (`…吗？专家这样说`) is no related question;
 * a reader's letter ending in a longer question than the filed headline's asks its own; a city's phone with a one-digit area code
 * and eight digits (Taipei's `02-2345-6789`, Sydney's `02 9515 6111`) in the doctor's advice stays the doctor's.
 */

const entriesFrom = (title: string, body: string, head = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'saved-page.html' })));
const pageOf = (title: string, body: string, head = '') => entriesFrom(title, body, head).find((e) => e.origin === 'page')!;
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');

const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const TEASERS: [string, string][] = [
  ['吃鸡蛋会升高胆固醇吗？专家这样说', '据新华社报道，近日一项研究发现…'],
  ['新冠疫苗第四针要打吗？卫生部回应', '卫生部周三表示，65岁以上长者…'],
];

describe('news headlines asking before their news', () => {
  const newsPage = (head: string, canonical: boolean, snippets = true) =>
    entriesFrom(
      '老人膝盖疼痛怎么办 | 某某中文网',
      `<main><h1>老人膝盖疼痛怎么办</h1><div><span>某某中文网</span> <time>6 May 2023</time></div><div><p>读者来信：家里老人最近上下楼梯膝盖疼。</p>${paras(ANSWER)}</div></main>` +
        `<aside><h3>${head}</h3>${TEASERS.map(([q, s], i) => `<div><a href="https://www.news.example.nz/health/${5501 + i}/"><h4>${q}</h4></a>${snippets ? `<p>${s}</p>` : ''}</div>`).join('')}</aside>`,
      canonical ? '<link rel="canonical" href="https://www.news.example.nz/health/5500/">' : '',
    );

  it('leaves them none under 更多健康新闻 or 相关文章', () => {
    for (const [head, canonical] of [['更多健康新闻', true], ['更多健康新闻', false], ['相关文章', false]] as const) {
      const entries = newsPage(head, canonical);
      expect(entries.filter((e) => e.origin === 'related')).toEqual([]);
      // (Bare links under 相关文章 are the page's related links on one host, as they were before any of this.)
      if (head === '更多健康新闻') expect(newsPage(head, canonical, false).find((e) => e.origin === 'page')!.related_urls).toEqual([]);
    }
  });

  it('leaves question-shaped headlines over news excerpts (`据卫生部数据，…`) none under 相关文章 or 更多健康新闻', () => {
    const simplified: [string, string][] = [['为什么奥克兰急诊越来越挤？', '据卫生部数据，上月急诊候诊时间创新高…'], ['流感季来了，你打疫苗了吗？', '65岁以上长者可免费接种流感疫苗…']];
    const traditional: [string, string][] = [['吃雞蛋會升高膽固醇嗎？', '據報導，近日一項研究發現…'], ['流感疫苗今年還要打嗎？', '衛生署表示…']];
    for (const [head, items] of [['相关文章', simplified], ['更多健康新闻', simplified], ['更多健康資訊', traditional]] as const) {
      const entries = entriesFrom(
        '老人膝盖疼痛怎么办 | 某某中文网',
        `<main><h1>老人膝盖疼痛怎么办</h1><div><time>6 May 2023</time></div><div><p>读者来信：家里老人最近上下楼梯膝盖疼。</p>${paras(ANSWER)}</div></main>` +
          `<aside><h3>${head}</h3>${items.map(([q, s], i) => `<div><a href="https://www.news.example.nz/health/${5501 + i}/"><h4>${q}</h4></a><p>${s}</p></div>`).join('')}</aside>`,
      );
      expect(entries.filter((e) => e.origin === 'related')).toEqual([]);
    }
  });

  it('leaves an e-paper’s 本版标题导航 of such headlines none, its address known or not; of questions, its own article aside', () => {
    const navPage = (titles: readonly string[], url: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>某某健康报-名医坐诊-孩子反复咳嗽怎么办</title></head><body>` +
      `<table><tr><td><span>江州健康报　2021-09-18</span></td></tr><tr><td><a href="node_2.htm">第05版：名医坐诊</a></td></tr><tr><td><h1>孩子反复咳嗽怎么办</h1>` +
        `<p>　　读者张女士问：孩子咳嗽半个月了。</p><p>　　<b>江州市儿童医院呼吸内科副主任医师冯晓梅答：</b>${ANSWER[0]}</p>${ANSWER.slice(1).map((p) => `<p>　　${p}</p>`).join('')}</td>` +
        `<td><table><tr><td><b>本版标题导航</b></td></tr>${titles.map((t, i) => `<tr><td><a href="content_${3301 + i}.htm">${t}</a></td></tr>`).join('')}</table></td></tr></table></body></html>`, { url })))
      .find((e) => e.origin === 'page')!.related_urls;
    const at = 'https://www.jzjkb.example.cn/epaper/html/2021-09/18/content_3301.htm';
    expect(navPage(['秋季如何防过敏？', ...TEASERS.map(([q]) => q)], at)).toEqual([]);
    expect(navPage(['孩子反复咳嗽怎么办', '宝宝湿疹反复怎么办？', '老人失眠吃什么好'], at)).toEqual([`${at.replace('content_3301.htm', '')}content_3302.htm`, `${at.replace('content_3301.htm', '')}content_3303.htm`]);
  });

  it('keeps the other articles of a contents list whose pages differ by their query alone (`Content?id=…`), its own aside', () => {
    // Before: the page's own address was compared with its query dropped, so every `Content?id=…` link was "the page itself".
    const at = 'https://www.hosp.example.org.tw/Newsletter/Content?id=3301';
    const titles = ['孩子反复咳嗽怎么办', '宝宝湿疹反复怎么办？', '老人失眠吃什么好'];
    const urls = entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>孩子反复咳嗽怎么办-院讯</title></head><body>` +
      `<div><b>本期目录</b><ul>${titles.map((t, i) => `<li><a href="${at.replace('3301', String(3301 + i))}">${t}</a></li>`).join('')}</ul></div>` +
      `<h1>孩子反复咳嗽怎么办</h1><p>读者张女士问：孩子咳嗽半个月了。</p><p><b>江州市儿童医院呼吸内科副主任医师冯晓梅答：</b>${ANSWER[0]}</p>${ANSWER.slice(1).map((p) => `<p>${p}</p>`).join('')}</body></html>`, { url: at })))
      .find((e) => e.origin === 'page')!.related_urls;
    expect(urls).toEqual([at.replace('3301', '3302'), at.replace('3301', '3303')]);
  });

  it('leaves an e-paper’s 本版标题导航 of such headlines none', () => {
    const entry = pageOf(
      '某某健康报-名医坐诊-孩子反复咳嗽怎么办',
      `<table><tr><td><span>江州健康报　2021-09-18</span></td></tr><tr><td><a href="node_2.htm">第05版：名医坐诊</a></td></tr><tr><td><h1>孩子反复咳嗽怎么办</h1>` +
        `<p>　　读者张女士问：孩子咳嗽半个月了。</p><p>　　<b>江州市儿童医院呼吸内科副主任医师冯晓梅答：</b>${ANSWER[0]}</p>${ANSWER.slice(1).map((p) => `<p>　　${p}</p>`).join('')}</td>` +
        `<td><table><tr><td><b>本版标题导航</b></td></tr>${['秋季如何防过敏？', ...TEASERS.map(([q]) => q)].map((t, i) => `<tr><td><a href="content_${3301 + i}.htm">${t}</a></td></tr>`).join('')}</table></td></tr></table>`,
    );
    expect(entry.related_urls).toEqual([]);
  });
});

describe('a reader’s letter ending in a longer question than the filed headline', () => {
  const column = (filed: string, letter: string) =>
    pageOf(
      `【健康顾问】${filed}`,
      `<article><h1>【健康顾问】${filed}</h1><div><time>2022年3月12日</time></div><p>读者问：${letter}</p><p><strong>医生答：</strong></p>${paras(ANSWER)}</article>`,
    );

  it('asks the reader’s own question where the headline’s is only its tail', () => {
    expect(column('发烧怎么办', '孩子打完疫苗发烧怎么办').question).toBe('孩子打完疫苗发烧怎么办');
    expect(column('頭暈怎麼辦', '我最近起床時常常頭暈怎麼辦').question).toBe('我最近起床時常常頭暈怎麼辦');
    // The headline's question closing the letter as a sentence of its own is the page's.
    expect(column('老人膝盖疼痛怎么办', '请问需要做什么检查？老人膝盖疼痛怎么办').question).toBe('老人膝盖疼痛怎么办');
  });
});

describe('a city phone with a one-digit area code in the doctor’s advice', () => {
  it('keeps Taipei’s and Sydney’s eight-digit numbers in the answer', () => {
    const reply = (line: string) =>
      pageOf(
        '膝蓋疼痛怎麼辦 - 江州醫院',
        `<h1>老人膝蓋疼痛怎麼辦？</h1><p>提問日期：112/05/02</p><div class="reply"><p>回覆醫師：林志明 骨科主治醫師</p>${paras([ANSWER[0]!, line, ANSWER[2]!])}</div>`,
      ).answer_paragraphs;
    for (const line of ['若症狀持續，請撥打本院預約電話：02-2345-6789掛骨科門診', '可以致电公立医院骨科门诊电话：02 9515 6111预约']) expect(reply(line)).toEqual([ANSWER[0], line, ANSWER[2]]);
  });
});
