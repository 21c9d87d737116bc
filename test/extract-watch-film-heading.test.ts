import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A player after the written answer under a heading asking to watch it (`觀看短片`, `观看视频`), out of any ad's box: the
 * answer's film, format video, the heading none of the answer. Before, the format was left unknown (silently where a credit
 * line stood between the answer and the player) and the heading kept as the answer's last line.
 */
const ANSWER = ['眼屎多多數與結膜炎有關，注意休息、多喝溫水，一般幾天就能緩解，不緩解再就診。'];
const page = (between: string, heading: string) =>
  `<html><head><meta charset="utf-8"><title>眼屎多怎麼辦</title></head><body><article><h1>眼屎多怎麼辦</h1>` +
  `<p>顧問醫生孟磊（基督教聯合醫院眼科）</p><div class="body">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${between}` +
  `<div class="film"><p>${heading}</p><video controls src="/media/a.mp4" poster="/media/a.jpg"></video></div>` +
  `<div class="share">分享：<a href="#">Facebook</a></div></article></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a player under a heading asking to watch it, after the answer', () => {
  it('is the answer’s film, its heading none of the answer', () => {
    const entry = own(page('', '觀看短片'));
    expect(entry.format).toBe('video');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
  it('is the answer’s film after a closing credit too, where no card heads the answer', () => {
    const html = page('<p>（資料提供：基督教聯合醫院眼科顧問醫生孟磊）</p>', '觀看短片').replace('<p>顧問醫生孟磊（基督教聯合醫院眼科）</p>', '<p><strong>答：</strong></p>');
    expect(own(html).format).toBe('video');
  });
  it('gives no format under another heading (an ad’s 广告)', () => {
    expect(own(page('', '广告')).format).toBe('unknown');
  });
});
