import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isCallToAction } from '../src/extract/words/call-to-action.js';

/**
 * A private hospital's calls to consult, book or dial set between an answer's paragraphs (call-to-action.ts): none of the
 * answer, no end of it, and no format of it (`电话咨询` is a button, not a phone answer).
 */

const URL = 'https://www.nanping-huaxia.com/zjjd/1201.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['慢性胃炎常见的原因有以下几种：', '一、饮食不规律、熬夜会刺激胃黏膜，平时要清淡饮食。', '二、幽门螺杆菌感染需要在医生指导下规范治疗。', '总之，胃炎的原因比较多，需要明确原因后再治疗。'];
const page = (between: readonly string[]) => `<html><head><title>慢性胃炎怎么治疗_南屏华夏胃肠医院</title></head><body>
<div><img src="/logo.png" alt="南屏华夏胃肠医院"> <span>南屏华夏胃肠医院</span></div>
<h1>慢性胃炎怎么治疗</h1><p>发布时间：2023-05-06</p>
<div><p>解答专家：<b>王伟</b> 副主任医师</p><p>消化内科</p><p>坐诊医院：南屏华夏胃肠医院</p></div>
<div>${ANSWER.map((p, i) => `<p>${p}</p>${between[i] ?? ''}`).join('\n')}</div>
<div><h3>相关问答</h3><ul><li><a href="/zjjd/1202.html">胃胀气怎么办</a><p>胃胀气多与饮食有关，少食多餐，饭后适当活动。</p></li><li><a href="/zjjd/1203.html">胃痛吃什么药</a><p>胃痛原因较多，需查明病因后在医生指导下用药。</p></li></ul></div>
</body></html>`;

describe("a private hospital's calls to action between the answer's paragraphs", () => {
  it('reads the whole answer over rows of buttons, a hotline and a click prompt, with no format taken from them', () => {
    const [own] = read(page([
      '<div><a href="tel:400-123-4567">电话咨询</a><a href="/swt/">在线咨询</a><a href="/yuyue/">预约挂号</a></div>',
      '<p>咨询电话：<b>400-123-4567</b>（24小时在线）</p>',
      '<p>温馨提示：病情因人而异，<a href="/swt/">点击咨询在线医生</a>，获取专属诊疗方案。</p>',
    ]));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('unknown');
  });

  it("reads the answer on past an ad slot whose mark the markup glues to its call (`广告专业治疗 费用透明 立即咨询`) after a reading link", () => {
    const [own] = read(page([
      '<p>【推荐阅读】<a href="/wenda/61817.html">胃炎吃什么好？这几种食物要少吃</a></p><div><span>广告</span><a href="https://ad.example.com/c?id=1" rel="nofollow">专业治疗 费用透明 立即咨询</a></div>',
    ]));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads the answer on past a reading link over a call to consult marked after it (`专业治疗 费用透明 立即咨询推广`)', () => {
    const [own] = read(page([
      '<p>【推荐阅读】<a href="/wenda/52288.html">慢性咽炎吃什么好？这几种食物要少吃</a></p><div class="quwrap"><a href="https://e.example.cn/0c6304" target="_blank">专业治疗 费用透明 立即咨询</a><i>推广</i></div>',
    ]));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('keeps a line of the answer that ends with a bracketed prompt (the prompt is cut off it)', () => {
    expect(isCallToAction('胃胀的处理要根据病情轻重来决定： [点击咨询医生]')).toBe(false);
    expect(isCallToAction('注意规律作息、避免熬夜。 【点击咨询】')).toBe(false);
  });

  it("takes neither a format tag alone nor a search ad's question for a call", () => {
    expect(isCallToAction('电话问诊')).toBe(false);
    expect(isCallToAction('胆囊炎怎么治疗好？专家在线解答，立即咨询')).toBe(false);
    expect(isCallToAction('点击咨询专家 预约挂号')).toBe(true);
    expect(isCallToAction('今日已有 808 人咨询')).toBe(true);
  });
});
