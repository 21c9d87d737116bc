import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A video answer's share page: the poster drawn as a still with the film's length (`01:27`) and no play sign,
 * over a bare transcript label (`文字稿`), the doctor's card after the text. The text transcribes the film: video.
 */

const QUESTION = '宝宝视物模糊是怎么回事';
const ANSWER = ['宝宝视物模糊要先排除屈光不正，可以到眼科做视力和验光检查。', '平时注意少看电子屏幕，多到户外活动。'];

function page(still: string, label: string): string {
  return (
    `<html><head><meta charset="utf-8"><title>${QUESTION}</title></head><body><div class="bar">打开某某健康APP</div>` +
    `<h1>${QUESTION}</h1>${still}<div class="l">${label}</div><div class="t">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
    `<div class="doc"><img class="avatar" src="/a/1.png"><div><p><b>蔡超</b> <span>副主任医师</span></p><p>南屏市人民医院 <span>眼科</span></p></div></div>` +
    `<p class="time">发布于 2020-11-09</p></body></html>`
  );
}
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.health.example/answer/1' }))).find((e) => e.origin === 'page')!;
const STILL = '<div class="player"><img src="/poster/1.jpeg"><span class="dur">01:27</span></div>';

describe('a still with its length over a transcript label', () => {
  it('is the answer’s video, the card after the text', () => {
    const entry = pageOf(page(STILL, '文字稿'));
    expect(entry.format).toBe('video');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('near miss: the same still under no transcript label says no format', () => {
    expect(pageOf(page(STILL, '')).format).toBe('unknown');
  });
});
