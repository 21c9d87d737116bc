import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A video page's player set as placed boxes: the `<video>` in a box filling the player from its top (`top:0`), the viewers'
 * 弹幕 in a layer placed over it. The layer's lines are over the player, none of the answer, as over a `<video>` in the flow.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page =
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_视频问答</title></head><body><h1>老人膝盖疼怎么办？</h1><p>2023-05-06</p><p>李明 主任医师 江州市人民医院 骨科</p>` +
  `<div class="player" style="position:relative"><div style="position:absolute;top:0;left:0;width:640px"><video src="/v/1.mp4"></video></div>` +
  `<div style="position:absolute;top:10px;left:0;width:640px"><p>讲得好</p><p>666</p><p>医生说得对</p></div></div>${A.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

describe('弹幕 over a video placed at the top of its player', () => {
  it('are none of the answer', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page, { url: 'https://www.example-video.cn/v/88.html' }))).find((e) => e.origin === 'page')!;
    expect(own.answer_paragraphs).toEqual(A);
    expect(own.format).toBe('video');
  });
});
