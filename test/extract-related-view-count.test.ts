import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related list's item whose only line beside its link counts its readers (`1294人已看`, as `847人看过` does) is a link only:
 * no entry of its own, as no answer is printed. Before this rule the count was read as the item's answer, silently.
 */
const page = (count: (n: number) => string) =>
  `<html><head><meta charset="utf-8"><title>头晕乏力要紧吗-药师问答</title></head><body>` +
  `<div class="q"><h1>头晕乏力要紧吗</h1><p>最近总是头晕，没力气。</p></div>` +
  `<div class="a"><h3>药师回复</h3><div class="ph"><b>周明</b> <span>执业药师</span></div>` +
  `<p>头晕乏力常见于贫血、低血压或睡眠不足，建议先测血压、查血常规。</p><p>平时规律作息，症状加重请及时就医。</p>` +
  `<p class="t">回复时间：2023-05-06 14:22</p></div>` +
  `<div class="rel"><h3>相关问题</h3><table>` +
  `<tr><td><a href="/yaoshi/ask/101">男性乏力是怎么回事</a></td><td>${count(1294)}</td></tr>` +
  `<tr><td><a href="/yaoshi/ask/102">老人头晕挂什么科</a></td><td>${count(2859)}</td></tr>` +
  `<tr><td><a href="/yaoshi/ask/103">低血压头晕吃什么好</a></td><td>${count(504)}</td></tr></table></div></body></html>`;
const entries = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-pharmacy.cn/yaoshi/ask/100' })));

describe('a related item whose only other line is `N人已看`', () => {
  it('is a link, no entry of its own', () => {
    const all = entries(page((n) => `${n}人已看`));
    expect(all.filter((e) => e.origin === 'page')).toHaveLength(1);
    expect(all.filter((e) => e.origin !== 'page')).toHaveLength(0);
    expect(all[0]!.related_urls).toEqual(['https://m.example-pharmacy.cn/yaoshi/ask/101', 'https://m.example-pharmacy.cn/yaoshi/ask/102', 'https://m.example-pharmacy.cn/yaoshi/ask/103']);
  });

  it('an item printing a snippet of its answer is still an entry', () => {
    const all = entries(page((n) => `乏力多与睡眠不足、贫血有关，建议先查血常规…　${n}人已看`));
    expect(all.filter((e) => e.origin !== 'page').length).toBeGreaterThan(0);
  });
});
