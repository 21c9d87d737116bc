import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A reply's meta line as fresh-118's 厦门网 prints it: `回复时间：` its day and a format chip (`文字` alone, as `图文` is); or the
 * day left blank for a script to fill from a `data-time` stamp (`回复时间：--`), an `更新于` day under the answer.
 */
const page = (meta: string) => `<html><head><meta charset="utf-8"><title>宝宝湿疹怎么办_名医在线</title></head><body>
<div class="main"><h1>宝宝湿疹怎么办</h1><p class="ask-time">提问时间：2020-01-09</p><div class="ask-body">脸上反复起红疹。</div>
<div class="doc"><b>回复医生：</b><span class="name">王芳</span> <span class="title">主任医师</span><p class="org">江州市妇幼保健医院 皮肤科</p></div>
<div class="meta">${meta}</div>
<div class="answer"><p>宝宝湿疹要注意保湿，洗澡水温不要太高。</p><p>反复发作时，可以在医生指导下外用弱效激素药膏。</p></div>
<p class="upd">更新于 2020-02-24</p></div>
</body></html>`;
const read = (meta: string) => entriesOf(extractOrThrow(pageRecord(page(meta), { url: 'https://health.example-news.cn/mingyi/1.html' })))[0]!;

describe('a reply’s meta line', () => {
  it('a bare 文字 chip beside the reply’s day: the answer is text', () => {
    const entry = read('回复时间：<span class="t">2020.01.11 10:29</span>　<em class="fmt">文字</em>');
    expect([entry.date, entry.format]).toEqual(['2020-01-11', 'text']);
  });

  it('the reply’s day printed blank (a script fills it from data-time): the update day is none of the answer’s', () => {
    const entry = read('回复时间：<span class="t" data-time="1578709740">--</span><script>document.querySelectorAll("[data-time]").forEach(function(e){e.textContent=new Date(e.dataset.time*1000).toLocaleDateString()})</script>　<em class="fmt">图文</em>');
    expect([entry.date, entry.format]).toEqual([null, 'text']);
  });
});
