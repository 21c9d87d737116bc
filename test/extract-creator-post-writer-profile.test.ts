import { describe, expect, it } from 'vitest';
import { isTipPrompt } from '../src/extract/words/tip-prompt.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A doctor's post on a creator platform: a byline naming them `{name}醫師`, their profile beside their name, a tip box, their other posts. */

const read = (body: string, title = '頭痛怎麼辦') => {
  const entries = entriesOf(extractOrThrow(pageRecord(`<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>${title}｜方格</title></head><body>${body}</body></html>`, { url: 'saved-post.html' })));
  return { page: entries.find((e) => e.origin === 'page')!, entries };
};
const post = (q: string, card: { head?: string; tail?: string; box?: string }, after = '') =>
  `<header><a href="/">首頁</a> <a href="/salons">沙龍</a></header><main><div class="salon-head"><a href="/salon/x">王明醫師的診間筆記</a>${card.head ?? ''}<button>追蹤沙龍</button></div>` +
  `<article><h1>${q}</h1><div class="byline"><a href="/user/x">王明醫師</a> <span>2023/05/06</span></div><div class="content">` +
  `<p>頭痛常見的原因有以下幾種：</p><p>1.可能與睡眠不足有關，注意規律作息、避免熬夜。</p><p>如果症狀持續不緩解，應盡快到神經內科就診。</p>${card.tail ?? ''}</div>` +
  `<div class="sponsor">喜歡這篇文章嗎？<button>贊助作者</button> 用實際行動支持創作者！</div></article>${card.box ?? ''}${after}</main>`;

describe('a creator platform’s box asking readers to tip the writer', () => {
  it('is no line of the answer', () => {
    expect(isTipPrompt('喜欢这篇文章吗？ 用实际行动支持创作者！')).toBe(true);
    expect(isTipPrompt('打赏支持')).toBe(true);
    expect(isTipPrompt('家人要多支持鼓励患者。')).toBe(false);
    const { page } = read(post('頭痛怎麼辦？', { tail: '<p>（本文作者為江州市人民醫院神經內科主治醫師王明）</p>' }));
    expect(page.answer_paragraphs.at(-1)).toBe('如果症狀持續不緩解，應盡快到神經內科就診。');
  });
});

describe('a byline naming the writer with their profession only', () => {
  it('is completed by the author box’s bio beside their name', () => {
    const box = '<div class="author-box"><a href="/user/x">王明</a><p>江州市人民醫院神經內科副主任醫師。看診之餘寫點衛教文章，回覆讀者來信。</p><button>追蹤</button></div>';
    const { page } = read(post('頭痛怎麼辦？', { box }));
    expect(page.doctor).toMatchObject({ name: '王明', title: '副主任醫師', department: '神經內科', hospital: '江州市人民醫院' });
  });

  it('is completed by the description under the column named after them', () => {
    const { page } = read(post('頭痛怎麼辦？', { head: '<p>江州市人民醫院｜神經內科｜主治醫師</p>' }));
    expect(page.doctor).toMatchObject({ name: '王明', title: '主治醫師', department: '神經內科', hospital: '江州市人民醫院' });
  });
});

describe('a closing note naming the post’s writer', () => {
  it('is the card it encloses: `本文作者為` none of the hospital', () => {
    const { page } = read(post('頭痛怎麼辦？', { tail: '<p>（本文作者為江州市人民醫院神經內科主治醫師王明）</p>' }));
    expect(page.doctor).toMatchObject({ name: '王明', title: '主治醫師', department: '神經內科', hospital: '江州市人民醫院' });
  });
});

describe('the writer’s other posts under their name', () => {
  it('is a related list’s label; a bare 其他文章 names no one', () => {
    expect(isRelatedLabel('王明医师的诊间笔记 的其他文章')).toBe(true);
    expect(isRelatedLabel('更多华人健康网的文章')).toBe(true);
    expect(isRelatedLabel('其他文章')).toBe(false);
    const list =
      '<section><h3>王明醫師的診間筆記 的其他文章</h3><a href="https://example.org/article/a1"><h4>偏頭痛要做什麼檢查？</h4></a>' +
      '<a href="https://example.org/article/a2"><h4>頭暈頭痛是怎麼回事</h4></a><a href="https://example.org/article/a3"><h4>緊張性頭痛吃什麼藥好</h4></a></section>';
    const { page } = read(post('頭痛怎麼辦？', { tail: '<p>（本文作者為江州市人民醫院神經內科主治醫師王明）</p>' }, list));
    expect(page.related_urls).toEqual(['https://example.org/article/a1', 'https://example.org/article/a2', 'https://example.org/article/a3']);
  });
});
