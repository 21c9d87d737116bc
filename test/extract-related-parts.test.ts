import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { cheerioQuery } from '../src/extract/page-query.js';
import { youlai } from '../src/extract/profiles/youlai.js';
import { SiteProfileSchema, type RelatedItems } from '../src/extract/profiles/profile.js';
import { readFixture } from './helpers/pages.js';

const [desktop, mobile] = youlai.layouts as [(typeof youlai.layouts)[0], (typeof youlai.layouts)[0]];

/** The related list as the profile reads it, with its items' parts named (`items`) and without. */
function readBoth(html: string, label: string, items: RelatedItems) {
  const q = cheerioQuery(load(html));
  return { byParts: q.relatedList((h) => h, label, items).items, bySearch: q.relatedList((h) => h, label).items };
}

const youlaiItem = (n: number, snippet: string, meta = '<span class="type">语音解答</span> <span class="time">2021-05-18</span>') => `
  <li>
    <h3><a href="/ask/${n}.html">第${n}个问题是什么原因</a></h3>
    <p class="txt">${snippet}</p>
    <div class="voice">${meta}</div>
  </li>`;
const youlaiList = (items: string) => `<html><body><div class="main"><p>正文很长的一段文字，不在相关推荐里面。</p>
  <div class="recommend"><h4>相关推荐</h4><ul>${items}</ul></div></div></body></html>`;
const SNIPPET = '这种情况一般考虑是炎症引起的，建议及时就医，在医生指导下用药。';

describe('a site profile naming its related items\' parts', () => {
  it('is part of the profile format; a profile without it (an older or a learned one) still loads', () => {
    expect(desktop.relatedItems).toMatchObject({ item: '.recommend li', link: 'h3 > a', snippet: 'p.txt' });
    expect(mobile.relatedItems).toMatchObject({ link: 'a', question: 'h4' });
    const older = { ...youlai, layouts: youlai.layouts.map(({ relatedItems: _, ...layout }) => layout) };
    expect(SiteProfileSchema.parse(older).layouts[0]!.relatedItems).toBeUndefined();
  });

  it('reads the youlai fixtures\' 14 related items each as the search for them does: question, snippet, format, date, address', () => {
    for (const [file, layout] of [['pages/youlai-desktop-749259.html', desktop], ['pages/youlai-mobile-796E93gPx5Y.html', mobile]] as const) {
      const { byParts, bySearch } = readBoth(readFixture(file).toString('utf8'), layout.related!, layout.relatedItems!);
      expect(byParts).toHaveLength(14);
      expect(byParts).toEqual(bySearch);
      expect(byParts.every((i) => i.date !== null && i.format === 'voice' && i.answerParagraphs.length === 1)).toBe(true);
    }
  });

  it('does not take a date printed inside the snippet for the item\'s date: the list is read as without the parts', () => {
    const page = youlaiList([1, 2, 3].map((n) => youlaiItem(n, `${SNIPPET}<span class="time">2021-05-1${n}</span>`, '')).join(''));
    const { byParts, bySearch } = readBoth(page, '.recommend > h4', { ...desktop.relatedItems!, format: undefined, date: '.time' });
    expect(bySearch.map((i) => i.date)).toEqual([null, null, null]);
    expect(byParts).toEqual(bySearch);
  });

  it('reads an item\'s text outside its named parts as the search does (an item labelled 广告 is no item)', () => {
    const items = [1, 2, 3].map((n) => youlaiItem(n, SNIPPET)).join('').replace('<h3><a href="/ask/2.html">', '<em>广告</em><h3><a href="/ask/2.html">');
    const { byParts, bySearch } = readBoth(youlaiList(items), '.recommend > h4', desktop.relatedItems!);
    expect(bySearch.map((i) => i.url)).toEqual(['/ask/1.html', '/ask/3.html']);
    expect(byParts).toEqual(bySearch);
  });

  it('reads the list as without the parts where a part\'s selector matches something else (the snippet named as the meta line)', () => {
    const page = youlaiList([1, 2, 3].map((n) => youlaiItem(n, SNIPPET)).join(''));
    const { byParts, bySearch } = readBoth(page, '.recommend > h4', { ...desktop.relatedItems!, snippet: '.voice' });
    expect(bySearch.map((i) => i.answerParagraphs)).toEqual([[SNIPPET], [SNIPPET], [SNIPPET]]);
    expect(byParts).toEqual(bySearch);
  });

  it('leaves a link in the list that is no item\'s named link to the search (a 更多 link after the items)', () => {
    const page = youlaiList([1, 2, 3].map((n) => youlaiItem(n, SNIPPET)).join('')).replace('</ul>', '</ul><a href="/ask/more.html">查看更多相关问题</a>');
    const { byParts, bySearch } = readBoth(page, '.recommend > h4', desktop.relatedItems!);
    expect(byParts).toEqual(bySearch);
    expect(byParts).toHaveLength(3);
  });
});
