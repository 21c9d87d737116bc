import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** An AMP or MIP page's own player elements (`<amp-youtube>`, `<amp-video>`, `<amp-audio>`, `<mip-audio>`) play the answer as <video> / <audio> would. */

const html = (body: string) => `<html ⚡ lang="zh-HK"><head><meta charset="utf-8"><title>眼乾點算好</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '孕婦乾眼症的症狀有哪些？';
const ANSWER = ['乾眼症常見的表現是眼睛乾澀、異物感，看屏幕久了會加重。', '孕期可以先用不含防腐劑的人工淚液，少熬夜，症狀不緩解要到眼科求診。'];
const pageWith = (player: string) =>
  html(`<h1>${QUESTION}</h1><div class="meta">2023-05-06 14:22</div><div class="a"><p>眼科醫生 任寧清 主治醫師</p>${player}${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`);

describe('an AMP page’s player', () => {
  it('reads an <amp-youtube> by the answer as a video', () => {
    expect(pageOf(pageWith('<amp-youtube data-videoid="abcdefghijk" layout="responsive" width="480" height="270"></amp-youtube>')).format).toBe('video');
  });

  it('reads an <amp-audio> by the answer as a voice', () => {
    expect(pageOf(pageWith('<amp-audio src="https://cdn.example.com/a.mp3" width="300" height="40"></amp-audio>')).format).toBe('voice');
  });

  it('reads a MIP page’s <mip-audio> and <mip-video> as a voice and a video', () => {
    expect(pageOf(pageWith('<mip-audio src="https://media.example.com/a/f9645c4c9d.mp3" layout="fixed-height" height="50"></mip-audio>')).format).toBe('voice');
    expect(pageOf(pageWith('<mip-video src="https://media.example.com/v/1.mp4" layout="responsive" width="640" height="360"></mip-video>')).format).toBe('video');
  });

  it('reads an <amp-img> as no player', () => {
    expect(pageOf(pageWith('<amp-img src="https://cdn.example.com/a.jpg" width="800" height="450"></amp-img>')).format).toBe('unknown');
  });
});
