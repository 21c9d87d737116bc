import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A newsletter's event box ends the answer (`活动预告` over a lecture's day, test/extract-member-newsletter-qa.test.ts); the same
 * words heading a part of the doctor's own advice do not: a rehab plan's `近期活动` over what to do in the first weeks is the answer's.
 */

const page = (answer: string[]) => `<html><head><title>老人髋关节置换后怎么康复_健康问答_中国养老网</title></head><body>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; 问题详情</div>
<dl class="q"><dt>老人髋关节置换后怎么康复</dt><dd>提问者：老人子女　提问时间：2020-05-24 22:49</dd><dd class="ms">请问需要注意什么？</dd></dl>
<dl class="a"><dt><img src="/images/ys.gif"> <b>汤华</b> 主治医师</dt><dd class="hos">北岸市人民医院 骨科</dd>
<dd class="nr">${answer.join('<br>\n')}</dd><dd class="sj">回答时间：2020-05-26</dd></dl>
<p class="sm">声明：以上回答仅供参考，老人身体不适请及时就医。</p>
<div class="xgwd"><h3>相关问答</h3><dl>
<dt><a href="/wenda/119890.html">老人骨折后吃什么好？</a></dt><dd>骨折后饮食要清淡，多吃富含钙的食物...</dd>
<dt><a href="/wenda/119891.html">膝关节置换多久能走路</a></dt><dd>一般术后第二天就可以在助行器帮助下下地...</dd>
</dl></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html)))[0]!;

describe('an event box’s head word in the doctor’s advice', () => {
  it('keeps a rehab plan’s `近期活动` sub-head and what follows it', () => {
    const plan = ['髋关节置换术后的康复可以分阶段进行：', '近期活动', '术后两周内以床上活动为主，每天做踝泵练习和股四头肌收缩。', '远期目标', '三个月后可逐步恢复散步，避免久坐和盘腿。'];
    const own = read(page(plan));
    expect(own.answer_paragraphs).toEqual(plan);
    expect(own.date).toBe('2020-05-26');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('still ends the answer at an event box whose notice follows its head', () => {
    const advice = ['髋关节置换术后的康复可以分阶段进行：', '术后两周内以床上活动为主，每天做踝泵练习和股四头肌收缩。'];
    const own = read(page([...advice, '活动预告', '骨科健康讲堂：2020年6月6日 14:00「关节置换后的康复」公开课，免费报名。']));
    expect(own.answer_paragraphs).toEqual(advice);
  });
});
