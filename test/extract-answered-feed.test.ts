import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAskerNickStamp } from '../src/extract/layouts/asker-stamp.js';

/** Linked questions after the answer that the reader takes as no related list: the entry says it may have missed one. */

const QUESTION = '老人湿疹怎么治疗效果好';
const ANSWER = ['湿疹常见的原因有以下几种：', '一、湿疹早期，不要长期自行服用抗组胺药，注意规律作息。', '平时要注意保持良好的生活习惯，按时复查。'];
const pageWith = (after: string) => {
  const body =
    `<h1>${QUESTION}</h1><p>网友「湾区码农」 · 29/09/2021</p><p>平时工作比较忙，作息不太规律。</p>` +
    `<h3>医生回答</h3><div><p>周明医生</p><p>注册中医师 · BHSc</p><p>好市围仁和中医诊所</p></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><span>Posted on 30/09/2021 1:24 PM</span>${after}`;
  return entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${QUESTION}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
};

describe('the asker’s stamp by their nickname', () => {
  it('is theirs: their words under it are none of the answer, its day none of the answer’s', () => {
    expect(isAskerNickStamp('网友「悉尼小王」 · 16 Jun 2021')).toBe(true);
    expect(isAskerNickStamp('网友评论（3）')).toBe(false);
    const page = pageWith('');
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2021-09-30');
  });
});

describe('a site’s feed of answered questions (热门问答) after the answer', () => {
  it('is no related list, and flags the entry', () => {
    const item = (n: number, q: string, s: string) => `<a href="/health/qa/${n}"><h4>${q}</h4><p>${s}</p></a>`;
    const page = pageWith(
      `<div><h3>热门问答</h3>${item(1, '宝宝发烧怎么办？', '关于宝宝发烧，可以从以下几个方面来考虑：一般与手足口病有关，一般可以逐渐缓解。')}${item(2, '老人拉肚子要做什么检查', '老人拉肚子常见的原因有以下几种：年龄超过70岁的，不要长期自行服用益生菌。')}</div>`,
    );
    expect(page.related_urls).toEqual([]);
    expect(page.flags).toContain('unsure_reading');
  });
});

describe('two past columns linked with their days after the answer, under the column’s back-issues heading', () => {
  // 往期{column} over questions is the column's related list (related-list.ts, h/lift-d): their links are the entry's, nothing missed.
  it('are the page entry’s related links, and nothing is doubted for them', () => {
    const page = pageWith(
      `<div><h3>往期医生信箱</h3><ul><li><a href="https://www.example-weekly.co.uk/life/doctor/134158.html">手足口病怎么治疗效果好</a> <span>24/07/2020</span></li><li><a href="https://www.example-weekly.co.uk/life/doctor/134134.html">孕妇手足口病会引起发烧吗？</a> <span>07/02/2021</span></li></ul></div>`,
    );
    expect(page.related_urls).toEqual(['https://www.example-weekly.co.uk/life/doctor/134158.html', 'https://www.example-weekly.co.uk/life/doctor/134134.html']);
    expect(page.flags).not.toContain('unsure_reading');
  });
});
