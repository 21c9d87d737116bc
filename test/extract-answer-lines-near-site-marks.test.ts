import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const bare = (body: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_健康问答_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1>` +
  `<p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans">${body}</div></body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('the answer’s own pointer to a site (详情可查询中国疾控中心网站 www.chinacdc.cn)', () => {
  it('stays the answer’s: words sending the reader there are no watermark', () => {
    const line = '详情可查询中国疾控中心网站 www.chinacdc.cn';
    expect(pageEntry(bare(ps([A[0]!, A[1]!, line, A[2]!]))).answer_paragraphs).toContain(line);
  });
  it('still drops a site’s name and address alone between the paragraphs', () => {
    expect(pageEntry(bare(ps([A[0]!, '期刊阅读网 http://www.qikanyuedu.com.cn', A[1]!, A[2]!]))).answer_paragraphs).toEqual(A);
  });
});
