import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related list of bare linked questions, each link holding the question and its day in spans of their own
 * (`<a><span>痔疮的症状有哪些</span><span>2021-09-05</span></a>`): the day is the item's, none of its question, and the list is
 * read as the page's related questions even where a question asks only at its end (`…有哪些`).
 */

const ITEMS = ['痔疮的症状有哪些', '痔疮怎么治疗效果好', '年轻人肛门疼痛严重吗'];
const page = `<html><head><title>痔疮出血怎么办 - 某某健康</title></head><body>
<div class="article">
<h1>痔疮出血怎么办</h1>
<div class="info"><span>发布时间：2022-09-07</span></div>
<p>本期专家：吴清宁　青川市中医院肛肠科主任医师</p>
<p>痔疮出血可能是以下原因引起：</p>
<p>一、多数与便秘有关，要避免辛辣刺激和油腻的食物，以免延误病情。</p>
<p>平时要注意保持良好的生活习惯，按时复查。</p>
</div>
<div class="related"><h3>相关阅读</h3>${ITEMS.map((q, i) => `<a href="https://m.example.com/health/article/${100 + i}.html"><span class="t">${q}</span><span class="d">2021-0${i + 3}-05</span></a>`).join('\n')}</div>
</body></html>`;

describe('a link-only related list with each item’s day in its link', () => {
  it('the links are the page’s related questions', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page))).find((e) => e.origin === 'page')!;
    expect(own.related_urls).toEqual(ITEMS.map((_, i) => `https://m.example.com/health/article/${100 + i}.html`));
  });
});
