import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A chat vendor's invite box fixed over the page (商务通's `#LRdiv0`: a doctor `在线` and a first-person greeting,
 * chat-invite.ts): the site's sales window, its doctor none of the answer's, its greeting none of the answer.
 */

const URL = 'https://www.nanping-huaxia.com/zjjd/5501.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['脸色苍白可能是以下原因引起：', '一、一般是骨髓受到刺激，多数在2到7天内逐渐缓解，平时多喝温水。', '如果症状持续不缓解或者逐渐加重，应尽快到血液科就诊。'];

describe("a chat invite fixed over a private hospital's answer", () => {
  it("reads neither the invite's doctor nor its greeting, and reads the page's own card that prints no 职称 (untitled-card.ts)", () => {
    const [own] = read(`<html><head><title>脸色苍白几天了怎么办_南屏华夏中西医结合医院</title></head><body>
<div><span>南屏华夏中西医结合医院</span></div>
<h1>脸色苍白几天了怎么办</h1><p>发布时间：2022/07/05 15:01</p>
<div><p>解答专家：<b>贺文刚</b></p><p>学科带头人 知名专家</p><p>所在科室：血液科</p><a href="/swt/">向TA提问</a></div>
<div><h3>专家回复</h3>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div><h3>相关文章</h3><ul><li><a href="/zjjd/5502.html">小孩心慌怎么办</a></li><li><a href="/zjjd/5503.html">孕妇乏力是什么原因引起的</a></li></ul></div>
<div><p>Copyright © 2008-2026 南屏华夏中西医结合医院</p></div>
<div id="LRdiv0" style="position:fixed;left:50%;top:30%"><div id="LRdiv1">王国 主任医师 <em>在线</em></div><p>您好，我是王国医生，请问您哪里不舒服？可以详细描述一下您的症状。</p><a href="javascript:void(0)">立即咨询</a> <a href="javascript:void(0)">稍后再说</a></div>
</body></html>`);
    expect(own!.doctor).toMatchObject({ name: '贺文刚', title: null, department: '血液科' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
