import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isUpdatedByline } from '../src/extract/dates/english-meta.js';

/**
 * A paper's pages: an e-paper's masthead issue line with the paper's name and the day alone, its list of this page's articles
 * (本版标题导航), a news site's more-news list and a related list of excerpts on one host (their titles asking questions or
 * not), and a news byline with its `Updated` day.
 */

const entriesFrom = (title: string, body: string, head = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'saved-page.html' })));
const pageOf = (title: string, body: string, head = '') => entriesFrom(title, body, head).find((e) => e.origin === 'page')!;

const ANSWER = ['孩子反复咳嗽常见的原因有以下几种：', '一、与过敏有关，要避免接触尘螨、花粉等过敏原。', '二、感染后咳嗽也较常见，注意多喝温水、适当休息。'];

const epaper = (issue: string, nav: readonly string[]) =>
  pageOf(
    '某某健康报-名医坐诊-孩子反复咳嗽怎么办',
    `<table><tr><td colspan="2"><img src="logo.gif" alt=""> <span>${issue}</span></td></tr>` +
      `<tr><td colspan="2"><a href="node_2.htm">第05版：名医坐诊</a>　<a href="node_1.htm">上一版</a>　<a href="node_3.htm">下一版</a></td></tr>` +
      `<tr><td valign="top"><table><tr><td><h1>孩子反复咳嗽怎么办</h1></td></tr></table><div>` +
      `<p>　　<b>坐诊专家：</b>江州市儿童医院呼吸内科副主任医师 冯晓梅</p><p>　　读者张女士问：孩子咳嗽半个月了，一直不见好。</p>` +
      `<p>　　<b>专家答：</b>${ANSWER[0]}</p>${ANSWER.slice(1).map((p) => `<p>　　${p}</p>`).join('')}</div></td>` +
      `<td valign="top"><table><tr><td><b>本版标题导航</b></td></tr>${nav.map((t, i) => `<tr><td><a href="content_${3301 + i}.htm">${t}</a></td></tr>`).join('')}</table></td></tr></table>`,
  );

describe('an e-paper page of a doctor column', () => {
  it('dates the column by the masthead’s issue line, the paper’s name and the day alone (`某某健康报　2021-09-18`)', () => {
    expect(epaper('某某健康报　2021-09-18', []).date).toBe('2021-09-18');
  });

  it('takes the page’s 本版标题导航 as its related links where every title asks a question; headlines are none', () => {
    const asked = epaper('某某健康报　2021-09-18', ['宝宝湿疹反复怎么办？', '老人失眠吃什么好', '经常头晕是怎么回事']);
    expect(asked.related_urls).toEqual(['content_3301.htm', 'content_3302.htm', 'content_3303.htm']);
    const news = epaper('某某健康报　2021-09-18', ['全省启动秋季爱国卫生运动', '市中心医院新院区投入使用', '冬季流感疫苗开始接种']);
    expect(news.related_urls).toEqual([]);
  });
});

const newsPage = (head: string, items: readonly [string, string][], canonical: boolean, snippets = true) =>
  entriesFrom(
    '老人膝盖疼痛怎么办 | 某某中文网',
    `<main><div>家庭医生</div><h1>老人膝盖疼痛怎么办</h1><div><span>某某中文网</span> <time>6 May 2023</time></div>` +
      `<div><p>读者来信：家里老人最近上下楼梯膝盖疼。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></main>` +
      `<aside><h3>${head}</h3>${items.map(([q, s], i) => `<div><a href="https://www.news.example.nz/health/${5501 + i}/"><h4>${q}</h4></a>${snippets ? `<p>${s}</p>` : ''}<span>2 May 2023</span></div>`).join('')}</aside>`,
    canonical ? '<link rel="canonical" href="https://www.news.example.nz/health/5500/">' : '',
  );
const ASKED: [string, string][] = [
  ['腰痛挂什么科？', '腰痛可能是以下原因引起：一、腰肌劳损，注意休息…'],
  ['孩子发烧抽搐怎么办', '发烧抽搐多见于高热惊厥，要保持呼吸道通畅…'],
];
const HEADLINES: [string, string][] = [
  ['奥克兰医院急诊候诊时间创新高', '据卫生部数据，上月急诊候诊时间…'],
  ['冬季流感疫苗开始免费接种', '65岁以上长者可免费接种流感疫苗…'],
];

describe('a news site’s list after its doctor column', () => {
  it('takes a 更多健康新闻 list whose every title asks a question as the related list, the page’s address known or not', () => {
    for (const canonical of [true, false]) {
      const entries = newsPage('更多健康新闻', ASKED, canonical);
      expect(entries.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(['腰痛挂什么科？', '孩子发烧抽搐怎么办']);
      const links = newsPage('更多健康新闻', ASKED, canonical, false).find((e) => e.origin === 'page')!;
      expect(links.related_urls).toEqual(['https://www.news.example.nz/health/5501/', 'https://www.news.example.nz/health/5502/']);
    }
  });

  it('takes a 其他健康新闻 list whose every title asks a question as the related list too, its headlines none', () => {
    const entries = newsPage('其他健康新闻', ASKED, true);
    expect(entries.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(['腰痛挂什么科？', '孩子发烧抽搐怎么办']);
    expect(newsPage('其他健康新闻', HEADLINES, true).filter((e) => e.origin === 'related')).toEqual([]);
  });

  it('leaves news headlines under such a head none', () => {
    for (const canonical of [true, false]) {
      expect(newsPage('更多健康新闻', HEADLINES, canonical).filter((e) => e.origin === 'related')).toEqual([]);
      expect(newsPage('更多健康新闻', HEADLINES, canonical, false).find((e) => e.origin === 'page')!.related_urls).toEqual([]);
    }
  });

  it('takes a 相关文章 list of questions with excerpts on one host where the page names no address of its own', () => {
    const entries = newsPage('相关文章', ASKED, false);
    expect(entries.filter((e) => e.origin === 'related').map((e) => e.url)).toEqual(['https://www.news.example.nz/health/5501/', 'https://www.news.example.nz/health/5502/']);
  });

  it('leaves a blog’s related post’s category line (`In "健康问答"`) out of its snippet', () => {
    const entries = entriesFrom(
      '老人膝盖疼痛怎么办 – 某某诊所',
      `<article><h1>老人膝盖疼痛怎么办</h1><div><time>2023年5月6日</time></div><div><p>读者问：家里老人最近上下楼梯膝盖疼。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
        `<div><h3><em>相关文章</em></h3><div>${ASKED.map(([q, s], i) => `<div><h4><a href="https://www.clinic.example.com/health-qa/${7701 + i}.html">${q}</a></h4><p>${s}</p><p>2023年5月2日</p><p>In "健康问答"</p></div>`).join('')}</div></div></div></article>`,
      '<link rel="canonical" href="https://www.clinic.example.com/health-qa/7700.html">',
    );
    expect(entries.filter((e) => e.origin === 'related').map((e) => e.answer_paragraphs)).toEqual(ASKED.map(([, s]) => [s]));
  });
});

describe('a news byline with its update day', () => {
  it('reads `{outlet} {day} Updated {day}` as page meta, none of the answer, dated by its first day', () => {
    expect(isUpdatedByline('某某中文网 23 November 2019 Updated 2 December 2019')).toBe(true);
    expect(isUpdatedByline('某某中文网 2019年11月23日 Updated 2 December 2019')).toBe(true);
    // A sentence of the answer naming an update is none.
    expect(isUpdatedByline('指南在2019年11月23日发布，Updated 2 December 2019版更改了剂量')).toBe(false);
    const entry = pageOf(
      '老人膝盖疼痛怎么办 | 某某中文网',
      `<main><h1>老人膝盖疼痛怎么办</h1><div><span>某某中文网</span> <time>23 November 2019</time> <span>Updated 2 December 2019</span></div>` +
        `<div><p>读者来信：家里老人最近上下楼梯膝盖疼。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
        `<div><b>罗家明医生</b><br>奥克兰市立医院（Auckland City Hospital）骨科专科医生</div></main>`,
    );
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2019-11-23');
  });
});
