import { describe, expect, it } from 'vitest';
import { isHashRoute, leadsNowhere } from '../src/extract/links/resolve-url.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A single-page app's links written as hash routes (`#/pages/qa/detail?id=2`): each names another page of the app, which its
 * router opens; a list of such questions (no answer shown) gives the page entry its related links, as any link-only list does.
 * A fragment naming a place on the page (`#top`) stays no link.
 */

const URL = 'https://care.example.org/h5/index.html';
const read = (body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>产后小肚子胀吃什么药好</title></head><body>${body}</body></html>`, { url: URL })));
const ANSWER = ['产后小肚子胀可能是以下原因引起：', '（1）哺乳期饮食以清淡、易消化为主，有助于减轻小肚子胀。', '总之，原因比较多，需要在医生指导下明确原因后再治疗。'];
const PAGE = (href: (n: number) => string) =>
  '<div class="title">产后小肚子胀吃什么药好？</div><div class="meta"><span>2020.08.06 发布</span> <span>485人已读</span></div>' +
  '<div class="doctor"><span>夏慧雨</span> <span>副主任医师</span><div><span>东湖市人民医院</span> <span>内分泌科</span></div></div>' +
  `<div class="answer">${ANSWER.map((p) => `<div><span>${p}</span></div>`).join('\n')}</div>` +
  '<div class="more"><div><span>更多问答</span></div>' +
  [['产后尿频挂什么科？', 5565], ['产后尿急怎么办', 7549], ['小肚子胀几天了怎么办', 10192]]
    .map(([q, n], i) => `<a class="more-item" href="${href(137352 + i)}"><div><span>${q}</span></div><div><span>${n}人已读</span></div></a>`)
    .join('\n') +
  '</div>';

describe('hash routes', () => {
  it('a route after the # is a link; a place on the page is not', () => {
    expect(isHashRoute('#/pages/qa/detail?id=2')).toBe(true);
    expect(isHashRoute('#!/q/2')).toBe(true);
    for (const href of ['#top', '#', '#/']) expect(isHashRoute(href), href).toBe(false);
    expect(leadsNowhere('#/pages/qa/detail?id=2')).toBe(false);
    expect(leadsNowhere('#answer')).toBe(true);
  });

  it('a list of questions linked by hash routes gives the page entry its related links, no entries', () => {
    const entries = read(PAGE((n) => `#/pages/qa/detail?id=${n}`));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.answer_paragraphs).toEqual(ANSWER);
    expect(entries[0]!.related_urls).toEqual([137352, 137353, 137354].map((n) => `${URL}#/pages/qa/detail?id=${n}`));
  });
});
