import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A mother's byline may stand as her nickname and her stage with a plain space between (`小兔 备孕中`,
 * `豆豆妈 宝宝1岁2个月 2023-05-06`); a doctor's answer may hold a line of the same shape, a word and an age
 * (`建议 宝宝6个月 后添加辅食`), which is the answer's own text, not the opening of someone else's reply.
 */

const URL = 'https://m.example-baby.cn/wenda/share?qid=91';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe('a nickname and a stage with a plain space between', () => {
  it('is a byline where the stage ends the line or stands before the post’s meta', () => {
    for (const line of ['小兔 备孕中', '豆豆妈 宝宝1岁2个月', '小鱼 孕36周+3天 2023-05-06', '糖糖 宝宝8个月 LV5', '乐乐 宝宝2岁 提问于 05-06']) expect(isMemberByline(line), line).toBe(true);
  });

  it('is none where a sentence of the answer goes on after the age, or a word an answer opens with stands before it', () => {
    for (const line of ['建议 宝宝6个月 后添加辅食', '注意 宝宝2岁 以前不要吃蜂蜜', '一般 宝宝1岁 左右就能走路了', '注意 宝宝2岁', '另外 宝宝3个月']) expect(isMemberByline(line), line).toBe(false);
  });

  it('a doctor’s line of that shape cuts none of the answer', () => {
    const own = ['宝宝辅食添加要循序渐进，先从强化铁的米粉开始。', '建议 宝宝6个月 后添加辅食', '每次只加一种新食物，观察三到五天没有过敏再加下一种。', '注意 宝宝1岁 以前不要吃蜂蜜', '如有腹泻、皮疹，应暂停新加的食物并到儿科就诊。'];
    const html =
      `<html><head><title>宝宝什么时候加辅食 - 亲子问答</title></head><body>` +
      `<div><h1>宝宝什么时候加辅食</h1></div>` +
      `<div><div><p><span>王敏</span> <span>专家</span></p><p>主治医师 东湖市妇幼保健院 儿科</p></div><div>${own.map((p) => `<p>${p}</p>`).join('')}</div><div><span>2022-11-04</span> <span>赞 12</span></div></div>` +
      `<div><p>小兔 备孕中</p><p>同问，我家也是这个情况。</p><span>2022-11-05</span></div>` +
      `</body></html>`;
    const [entry] = read(html);
    expect(entry!.doctor.name).toBe('王敏');
    expect(entry!.answer_paragraphs).toEqual(own);
    expect(entry!.date).toBe('2022-11-04');
  });
});
