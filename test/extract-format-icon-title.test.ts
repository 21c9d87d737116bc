import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The page's format shown only by an icon beside the question, its medium named in the icon's `title` or `aria-label`
 * (a picture of a phone or a camera the reader cannot see): the answer's format.
 */

const Q = '老人晚上睡不着觉怎么调理';
const A = ['老年人失眠常见的原因有以下几种：', '一、作息不规律，白天睡得太多，晚上自然难以入睡，建议固定起床时间。', '二、如果长期失眠伴有情绪低落，应到神经内科或心理科就诊。'];

const page = (icon: string) =>
  `<html><head><meta charset="utf-8"><title>${Q}_在线问医生</title></head><body>` +
  `<div class="q"><h1>${Q}</h1>${icon} <p class="who">提问人：网友***　2020-11-02</p></div>` +
  `<div class="doc">解答医生：赵明华 副主任医师 南城市中医院 神经内科</div>` +
  `<div class="a">${A.map((p) => `<p>${p}</p>`).join('')}</div><p>回答时间：2020-11-03</p>` +
  `<div class="foot">版权所有</div></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.wenzhen.example/q/881.html' }))).find((e) => e.origin === 'page')!;

describe('the format named by an icon’s title or aria-label beside the question', () => {
  it('reads a voice consultation from the icon’s aria-label', () => {
    const read = pageOf(page('<span class="icon icon-phone" aria-label="语音问诊"></span>'));
    expect(read.question).toBe(Q);
    expect(read.format).toBe('voice');
  });

  it('reads a video consultation from the icon’s title', () => {
    expect(pageOf(page('<em class="i-v" title="视频"></em>')).format).toBe('video');
  });

  it('reads nothing from an icon whose title is other words, nor from one with text', () => {
    expect(pageOf(page('<em class="i-v" title="收藏本问题"></em>')).format).toBe('unknown');
    expect(pageOf(page('<em class="i-v" title="视频咨询">分享</em>')).format).toBe('unknown');
  });
});
