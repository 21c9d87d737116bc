import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A further-reading box set into the answer (`<div><b>延伸閱讀</b><a>…</a><a>…</a></div>` after its first paragraph) whose link
 * titles print a calling (`營養師教你挑早餐`): the titles are articles', no one's card. Read as a card, the box counted as a
 * doctor's card element, the answer ended at it and the page gave no entry.
 */

const Q = '長期失眠可以吃褪黑激素嗎？';
const A = ['褪黑激素適合調整時差或作息顛倒，對長期失眠的效果有限。', '長期失眠應先找出原因，例如焦慮、咖啡因或睡前滑手機，再決定是否需要藥物。'];
const page = `<html lang="zh-TW"><head><meta charset="utf-8"><title>${Q}｜安和新聞網</title></head><body>
<nav><a href="/">首頁</a> <a href="/health">健康</a></nav>
<article><h1>${Q}</h1><div class="time">2023/02/14 09:40</div>
<p class="doc">解答醫師：安和醫院精神科主治醫師 溫子謙</p>
<div class="body"><p>${A[0]}</p>
<div class="more-in"><b>延伸閱讀</b><a href="/n/101">營養師教你挑早餐</a><a href="/n/102">午睡多久最剛好</a></div>
<p>${A[1]}</p></div></article>
<footer>安和新聞網 版權所有</footer></body></html>`;

describe('a further-reading box whose link titles print a calling', () => {
  it('is no card: the answer reads on past it', () => {
    const entry = entriesOf(extractOrThrow(pageRecord(page))).find((e) => e.origin === 'page')!;
    expect(entry.doctor.name).toBe('溫子謙');
    expect(entry.answer_paragraphs).toEqual(A);
  });
});
