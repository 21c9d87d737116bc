import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * (The column's page as in extract-column-video-answer.test.ts.) Only a player over the column's answer (after the reader's
 * question, before the answer's first words) gives its format. The article's read-aloud player above the reader's question
 * (`<audio>` 听全文) is none of the answer's; a video between the answer's paragraphs may be an ad slot's or the expert's, so
 * the format is left unknown and the reading doubted. Before, either made a text answer a voice or video one, silently.
 */

const URL = 'https://www.example-mag.com.cn/zjdy/129951.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['哺乳期心慌的处理要根据病情轻重来决定：', '（1）年龄超过60岁的，多数需要复查血常规，保持心情舒畅也很重要。', '总之，心慌的原因比较多，需要在医生指导下明确原因后再治疗。'];
const BOX = '<div class="zj-box"><p class="lb">答疑专家</p><p class="nm"><b>司马勇</b> 主治医师</p><p>石门市第二人民医院 儿童保健科</p></div>';
const page = (top: string, underLabel: string, mid: string) =>
  `<html><head><title>哺乳期心慌还乏力怎么回事_专家答疑</title></head><body><div class="main"><h1>哺乳期心慌还乏力怎么回事</h1><p class="info">2022年08月26日　来源：《育儿》</p>${top}` +
  `<div class="wen"><p><b>读者 石门的陈女士 问：</b>哺乳期心慌还乏力怎么回事<br>家里老人说没事，我还是不放心。</p></div>` +
  `<div class="da-box">${BOX}<p class="da"><b>专家答：</b></p>${underLabel}\n<p>${ANSWER[0]}</p>${mid}<p>${ANSWER[1]}</p><p>${ANSWER[2]}</p></div>` +
  `<p class="bq">版权声明：本文为原创内容，未经授权不得转载。</p></div></body></html>`;

describe('a player elsewhere on a column’s page', () => {
  it('the article’s read-aloud player above the reader’s question: unknown', () => {
    const [own] = read(page('<div class="tts"><audio src="/tts/129951.mp3" controls></audio><span>听全文</span></div>', '', ''));
    expect(own!.format).toBe('unknown');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('an ad slot’s video between the answer’s paragraphs: unknown, and doubted', () => {
    const [own] = read(page('', '', '<div class="ad"><span>广告</span><video src="/ad/milk.mp4" poster="/ad/p.jpg" autoplay muted></video></div>'));
    expect(own!.format).toBe('unknown');
    expect(own!.flags).toContain('unsure_reading');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('the expert’s video right under the label: video', () => {
    const [own] = read(page('', '<div class="sp"><video src="/v/a.mp4" poster="/p/a.jpg" controls></video></div>', ''));
    expect(own!.format).toBe('video');
  });
});
