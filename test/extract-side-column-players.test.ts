import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A player in a side column — an `<aside>`, a sidebar's box headed 推荐视频 / 热门视频, a 相关视频 box — plays the site's film,
 * none of the answer's: it gives the answer no format, whether the column stands after the content or before it
 * (inSideColumn in card/side-column.ts). A player in the answer's block, or heading a video page over its question, still
 * does. Before, a video platform's framed player (v.qq.com, player.bilibili.com, player.youku.com) or a `<video>` anywhere
 * in the side column made a text answer a video, silently.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-jk.com/wenda/1.html' }))).find((e) => e.origin === 'page')!;
const ANSWER = ['湿疹反复多与皮肤屏障差有关，平时要加强保湿，每天全身涂抹保湿霜两到三次。', '急性发作时可以短期外用弱效激素药膏，症状控制后逐渐减量，不要突然停药。'];
const page = (side: string, { before = false, inAnswer = '' } = {}) =>
  `<html><head><meta charset="utf-8"><title>宝宝湿疹反复怎么办-健康问答</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> &gt; <a href="/wenda/">问答</a></div><div class="wrap">` +
  (before ? side : '') +
  `<div class="main"><div class="q"><h1>宝宝湿疹反复怎么办</h1><p>宝宝五个月，脸上和脖子湿疹反反复复，用了药膏好了又长。</p><p class="qt">提问时间：2023-03-02</p></div>` +
  `<div class="doc"><span class="name">王秀兰</span> <span>主任医师</span> <span>皮肤科</span> <span>江州市儿童医院</span></div>` +
  `<div class="ans">${inAnswer}${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
  `<p class="time">回答时间：2023-03-03</p></div>` +
  (before ? '' : side) +
  `</div><div class="foot">© 江州健康网</div></body></html>`;

const QQ = '<iframe src="https://v.qq.com/txp/iframe/player.html?vid=x0033abcd" frameborder="0" allowfullscreen></iframe>';
const BILI = '<iframe src="//player.bilibili.com/player.html?bvid=BV1xx411c7mD" scrolling="no" frameborder="no"></iframe>';
const YOUKU = '<iframe src="https://player.youku.com/embed/XNTk5ODA2ODg0MA==" frameborder=0 allowfullscreen></iframe>';

describe('a player in a side column', () => {
  it('a framed player in an <aside> after the content: no format', () => {
    const own = read(page(`<aside class="side"><h3>推荐视频</h3><div class="vbox">${QQ}<p>儿科医生讲：宝宝湿疹如何护理</p></div></aside>`));
    expect(own.format).toBe('unknown');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-03-03');
  });

  it('a <video> in an <aside> set before the content: no format', () => {
    const own = read(page('<aside><h3>推荐视频</h3><video src="/v/eczema.mp4" poster="/v/e.jpg" controls></video><p>儿科医生讲：宝宝湿疹如何护理</p></aside>', { before: true }));
    expect(own.format).toBe('unknown');
  });

  it('a sidebar box headed 热门视频 (no <aside>), before the content: no format', () => {
    const side = `<div class="sidebar"><div class="box"><div class="hd">热门视频</div>${BILI}<p>过敏体质的孩子怎么养</p></div><div class="box"><div class="hd">热门文章</div><ul><li><a href="/a/1.html">春季过敏高发</a></li></ul></div></div>`;
    expect(read(page(side, { before: true })).format).toBe('unknown');
  });

  it('a 相关视频 box of the right column, before the content: no format', () => {
    expect(read(page(`<div class="right-col"><div class="mod"><h4>相关视频</h4>${YOUKU}<span>湿疹宝宝洗澡注意事项</span></div></div>`, { before: true })).format).toBe('unknown');
  });
});

describe('a player in or by the answer', () => {
  it('framed in the answer’s block: a video', () => {
    const own = read(page('', { inAnswer: `<div class="v">${QQ}</div>` }));
    expect(own.format).toBe('video');
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('in the answer’s block while the side column holds another: a video', () => {
    expect(read(page(`<aside><h3>推荐视频</h3>${YOUKU}</aside>`, { inAnswer: `<div class="v">${BILI}</div>` })).format).toBe('video');
  });
});
