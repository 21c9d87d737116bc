import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A post's box holding the reader's labelled question (`网友提问：…`) with a line under it: the asker's further words
 * (`最近一直这样。`) are none of the answer; a line greeting the asker (`您好，不用太担心。`) is the answerer's opening, kept.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const post = (under: string) =>
  `<html><head><meta charset="utf-8"><title>【专家答疑】第20期 - 江州市人民医院 - 文章镜像</title></head><body><div class="rich_media"><h2>【专家答疑】第20期</h2>` +
  `<div><em>2022-09-04</em> <a href="/a/1">江州市人民医院</a></div><div><section><p>李明</p><p>江州市人民医院骨科主任医师</p></section>` +
  `<section><p>网友提问：老人膝盖疼怎么办？</p><p>${under}</p></section>${A.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
const answer = (under: string) => entriesOf(extractOrThrow(pageRecord(post(under), { url: 'https://mirror.example-wx.cn/n/88' }))).find((e) => e.origin === 'page')!.answer_paragraphs;

describe("the line under the reader's question in its box", () => {
  it("is the asker's further words, none of the answer", () => {
    expect(answer('最近一直这样。')).toEqual(A);
  });

  it("is the answerer's opening where it greets the asker", () => {
    expect(answer('您好，不用太担心。')).toEqual(['您好，不用太担心。', ...A]);
  });
});
