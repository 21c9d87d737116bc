import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isPictureCaption } from '../src/extract/words/figure-caption.js';

/** A news portal's 问诊 with its own clip set into the answer: the line naming the clip under the player is none of the answer. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '孕妇干眼症的症状有哪些';
const ANSWER = ['干眼症常见的表现是眼睛干涩、异物感，看屏幕久了会加重。', '孕期可以先用不含防腐剂的人工泪液，少熬夜，症状不缓解要到眼科就诊。'];
const card = `<div class="doc"><p>任宁清 <span>主治医师</span></p><p>北岸市第一人民医院</p><p>眼科</p></div>`;
const RELATED = `<div class="rel"><h3>相关问诊</h3><ul><li><a href="/wenzhen/2.html">眼睛干涩怎么办</a><p>眼睛干涩多与用眼过度有关...</p></li><li><a href="/wenzhen/3.html">干眼症能治好吗</a><p>多数干眼症可以控制...</p></li></ul></div>`;
const pageWith = (afterPlayer: string) =>
  html(`${QUESTION}_问诊`, `<h1>${QUESTION}</h1><div class="meta">2023-05-06 14:22　来源：某某网</div>${card}<div class="a"><h3>专家解答</h3><div class="v"><video src="https://v.example.cn/a.mp4" controls></video>${afterPlayer}</div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${RELATED}`);

describe('a clip set into the answer', () => {
  it('leaves the player’s caption out of the answer and keeps the format video', () => {
    const page = pageOf(pageWith('<p>某某健康视频</p>'));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.format).toBe('video');
  });

  it('keeps a short line after the player that names no clip', () => {
    expect(isPictureCaption('某某健康视频', null)).toBe(false);
    const page = pageOf(pageWith('<p>先说结论</p>'));
    expect(page.answer_paragraphs).toEqual(['先说结论', ...ANSWER]);
  });
});
