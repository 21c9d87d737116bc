import { describe, expect, it } from 'vitest';
import { isAskerStamp, isStarterStamp } from '../src/extract/layouts/asker-stamp.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * What stands over a question and dates or formats it: a row of chips over an app's `<h1>`, one the consultation's service
 * (`语音咨询` beside the disease): the answer's format; the asker's line by a masked phone number (`用户138****1234 · 女 ·
 * 35岁 · day`) and a forum thread's opening stamp of its 楼主: the day the question was asked, none of the answer's.
 * What the blind split fresh-78 taught the genre reader.
 */

const read = (html: string, url = 'https://m.example-app.cn/ask/share?id=12') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const ANSWER = ['颈椎病可能是以下原因引起：', '一、有颈椎病病史的患者，多数在4到8天内逐渐缓解，一般可以逐渐缓解。', '二、可能是颈椎受到刺激，做到早发现、早治疗。'];
const app = (chips: string, asker: string) => `<html><head><title>颈椎病吃什么好</title></head><body>
<div class="q"><div class="tags">${chips}</div><h1>颈椎病吃什么好</h1><p>平时工作比较忙，作息不太规律。</p><div class="meta">${asker}</div></div>
<section class="a"><h2>医生回复</h2><div class="d"><p class="n">余颖</p><p>主治医师 | 骨科</p><p>江州市中心医院</p></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="f"><span>2021年11月18日 21:34</span> · <span>481人觉得有用</span></div></section></body></html>`;
const ASKER = '<span>用户159****6701</span> · <span>男 · 49岁</span> · <span>2021年11月17日 19:41</span>';

describe('a service chip over the question', () => {
  it('gives the answer’s format', () => {
    expect(read(app('<span>语音咨询</span><span>颈椎病</span>', ASKER))[0]!.format).toBe('voice');
    expect(read(app('<span>图文问诊</span> <span>颈椎病</span>', ASKER))[0]!.format).toBe('text');
  });

  it('but not a row of links, nor a row naming two services', () => {
    expect(read(app('<a href="/tw">图文咨询</a><a href="/dh">颈椎病</a>', ASKER))[0]!.format).toBe('unknown');
    expect(read(app('<span>图文咨询</span><span>视频咨询</span><span>颈椎病</span>', ASKER))[0]!.format).toBe('unknown');
  });
});

describe('the asker’s stamp by a masked phone number', () => {
  it('is an asker’s stamp', () => {
    expect(isAskerStamp('泰康用户138****1234 · 女 · 35岁 · 2023-05-06 14:22')).toBe(true);
    expect(isAskerStamp('用户138****1234 · 男 · 30岁 · 2023年5月6日 14:22')).toBe(true);
    expect(isAskerStamp('客服热线400****1234 · 2023-05-06')).toBe(false);
  });

  it('dates the question, the stamp under the answer the answer', () => {
    const [own] = read(app('<span>骨科</span>', ASKER));
    expect(own!.date).toBe('2021-11-18');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('a forum thread’s opening stamp', () => {
  const thread = (head: string) => `<html><head><title>年轻人咳嗽严重吗</title></head><body>
<div class="post"><div class="hd"><img src="/a.jpg"><span>安安宝贝453</span> <span>孕28周</span> ${head} <span>2019年10月26日</span></div><h1>年轻人咳嗽严重吗</h1><div><p>请问需要做什么检查？</p></div></div>
<div class="floors"><h3>全部回复(2)</h3>
<div class="fl"><div class="hd"><span>小鱼儿842</span> <span>孕12周</span><span>1楼</span></div><div><p>同问，我家也是这个情况。</p></div><div class="ft"><span>2019年10月27日</span> <span>赞 111</span></div></div>
<div class="fl"><div class="hd"><span>高佳慧</span> <i>专家</i> <span>副主任医师</span><p>南屏市人民医院 · 儿科</p><span>2楼</span></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="ft"><span>2019年10月28日</span> <span>赞 209</span></div></div>
</div></body></html>`;

  it('is the starter’s, not a line merely naming the starter', () => {
    expect(isStarterStamp('安安宝贝453 孕28周 楼主 2019年10月26日')).toBe(true);
    expect(isStarterStamp('楼主赞过')).toBe(false);
    expect(isStarterStamp('建议楼主去医院看看')).toBe(false);
  });

  it('dates the question: the expert’s floor’s day dates the answer', () => {
    const [own] = read(thread('<i>楼主</i>'), 'https://m.example-mom.cn/post/1.html');
    expect(own!.doctor.name).toBe('高佳慧');
    expect(own!.date).toBe('2019-10-28');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
