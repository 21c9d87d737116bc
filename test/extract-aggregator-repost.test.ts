import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isReporterByline } from '../src/extract/words/news-lead.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A news aggregator's repost of a health site's doctor Q&A: the repost's day at its head, the reporter's byline, the source's credit
 * naming the original's day, the source's other posts each tagged with its name.
 */

const read = (body: string) => {
  const entries = entriesOf(extractOrThrow(pageRecord(`<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>頭痛怎麼辦？ | 健康網 | 新聞</title></head><body>${body}</body></html>`, { url: 'saved-repost.html' })));
  return { page: entries.find((e) => e.origin === 'page')!, entries };
};
const ANSWER = ['頭痛常見的原因有以下幾種：', '1.可能與睡眠不足有關，注意規律作息、避免熬夜。', '如果症狀持續不緩解，應盡快到神經內科就診。'];
const repost = ({ credit = '', list = '' } = {}) =>
  `<main><article><div><span>華人健康網</span> <button>追蹤</button></div><h1>頭痛怎麼辦？</h1><div><span>2023年5月8日 下午2:22</span></div>` +
  `<div class="content"><p>文／華人健康網 記者陳怡君</p><p class="expert">諮詢專家：王明（台安醫院神經內科主治醫師）</p>` +
  `${ANSWER.map((p) => `<p>${p}</p>`).join('')}${credit}</div></article>${list}</main>`;

describe('a reporter’s byline with a space before 記者', () => {
  it('is the outlet’s, none of the answer', () => {
    expect(isReporterByline('文／華人健康網 記者陳怡君')).toBe(true);
    expect(read(repost()).page.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a repost’s credit naming the day the original was published (`原文刊登於`)', () => {
  it('dates the answer over the repost’s own later day at its head', () => {
    expect(readMetaLine('本文经授权转载自华人健康网（原文刊登于2023/05/06）').dates).toEqual([{ iso: '2023-05-06', kind: 'answered' }]);
    const { page } = read(repost({ credit: '<p>本文經授權轉載自華人健康網（原文刊登於2023/05/06）</p>' }));
    expect(page.date).toBe('2023-05-06');
    expect(page.flags).not.toContain('unsure_reading');
  });
  it('leaves the repost’s day where no such credit is printed', () => {
    expect(read(repost()).page.date).toBe('2023-05-08');
  });
});

describe('the source’s name tagging every link of its other posts', () => {
  it('is none of the questions, and no snippet', () => {
    const item = (id: string, q: string) => `<a href="https://example.org/article/${id}"><span>${q}</span><span>華人健康網</span></a>`;
    const list = `<section><h3>更多華人健康網的文章</h3>${item('a1', '偏頭痛要做什麼檢查？')}${item('a2', '頭暈頭痛是怎麼回事')}${item('a3', '緊張性頭痛吃什麼藥好')}</section>`;
    const { page, entries } = read(repost({ list }));
    expect(page.related_urls).toEqual(['https://example.org/article/a1', 'https://example.org/article/a2', 'https://example.org/article/a3']);
    expect(entries.filter((e) => e.origin !== 'page')).toEqual([]);
  });
});
