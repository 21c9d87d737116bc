import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A county hospital's 医患互动 board as one table, no related list, a side column of the hospital's notices after it
 * (`最新公告`): the notices' head ends the reply, as the head of the site's news does.
 */

const Q = '经期牙疼要做什么检查';
const A = ['经期牙疼需要结合具体情况来看，一般有以下几种情况：', '（1）通常是牙齿受到刺激，适当热敷、按摩能促进牙齿的血液循环。', '如果症状持续不缓解或者逐渐加重，应尽快到口腔科就诊。'];

const page = (head: string, last = A.at(-1)!) =>
  `<html><head><meta charset="utf-8"><title>${Q}_医患互动_长兴县人民医院</title></head><body>
<div id="top"><img src="/logo.jpg" alt="长兴县人民医院"><span>长兴县人民医院</span></div>
<div id="menu"><a href="/">首页</a> | <a href="/yygk/">医院概况</a> | <a href="/hudong/">医患互动</a></div>
<table width="960"><tr><td width="700" valign="top">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/hudong/">医患互动</a> &gt; 在线咨询</div>
<table class="zx">
<tr><td>咨询标题：</td><td><b>${Q}</b></td></tr>
<tr><td>咨询人：</td><td>游客　　咨询时间：2020-5-19 08:08</td></tr>
<tr><td>咨询科室：</td><td>口腔科</td></tr>
<tr><td>咨询内容：</td><td>请问需要做什么检查？</td></tr>
<tr><td class="hf" colspan="2"><b>口腔科 徐清华（副主任医师）回复：</b><br>
${[...A.slice(0, -1), last].join('<br>\n')}<br>
<span class="t">回复时间：2020-5-24 13:54:02</span></td></tr>
</table>
</td><td width="250" valign="top"><div class="gg"><div class="tt">${head}</div><ul><li><a href="/news/8493.html">关于调整门诊时间的通知</a><li><a href="/news/7578.html">2020年招聘公告</a></ul></div></td></tr></table>
<div id="foot">长兴县人民医院 版权所有　浙ICP备39107151号</div>
</body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a hospital’s notices beside a board’s reply: their head (`最新公告`, `通知公告`) none of the answer', () => {
  it('ends the reply at the notices’ head', () => {
    for (const head of ['最新公告', '通知公告', '医院公告']) {
      const read = pageOf(page(head));
      expect(read.answer_paragraphs).toEqual(A);
      expect(read.doctor).toMatchObject({ name: '徐清华', title: '副主任医师', department: '口腔科', hospital: '长兴县人民医院' });
      expect(read.date).toBe('2020-05-24');
    }
  });

  it('keeps a line of the reply that speaks of the notices', () => {
    const last = '门诊时间调整请留意医院公告。';
    expect(pageOf(page('最新公告', last)).answer_paragraphs.at(-1)).toBe(last);
  });
});
