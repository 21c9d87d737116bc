import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A blog's 相关文章 of two Q&A posts, each with its excerpt, that the reader does not take as a related list: the entry says so.
 * (Linked on the site's host, as written, or by paths alone, every title asking, they are its related questions though the page
 * names no address: related-list.ts; a headline asking before its news among them, linked by paths, they stay unread.)
 */

const QUESTION = '乏力挂什么科';
const ANSWER = ['关于乏力，可以从以下几个方面来考虑：', '（1）有脂肪肝病史的患者，往往和饮食不规律、熬夜有关。', '平时要注意保持良好的生活习惯，按时复查。'];

describe('two linked questions with their excerpts under a reading list’s head', () => {
  it('flag the page entry unsure_reading where no item is read from them', () => {
    const post = (n: number, q: string, excerpt: string) =>
      `<div class="rp-post"><h4><a href="/health-qa/${n}/">${q}</a></h4><p class="rp-excerpt">${excerpt}</p><p class="rp-date">2022年10月8日</p></div>`;
    const related = `<div class="rp"><h3><em>相关文章</em></h3>${post(1, '孕妇湿疹的症状有哪些', '湿疹可能是以下原因引起：年龄超过60岁的，常常同时伴有皮肤脱屑等表现，要排除其他疾病。')}${post(2, '咳痰要紧吗？医生说出三个真相', '咳痰需要结合具体情况来看，与支气管炎有关的，可以先完善胸部CT等检查。')}</div>`;
    const card = `<div class="author-box"><h4>本文作者</h4><p><strong>周文博 Dr. Vivian Zhou</strong></p><p>睿正医疗深圳福田诊所 · 消化内科 · 主诊医生</p></div>`;
    const body = `<article><h1>${QUESTION}</h1><p><time>July 31, 2021</time></p><div class="entry-content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}${card}${related}</div></article>`;
    const page = entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${QUESTION}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('周文博');
    expect(page.related_urls).toEqual([]);
    expect(page.flags).toContain('unsure_reading');
  });
});
