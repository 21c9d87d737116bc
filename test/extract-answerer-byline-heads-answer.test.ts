import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A byline heading an answer (`回复者：李明`) with the asker's line of words above it: the answer starts under the byline, the
 * asker's words are none of it. A later byline heads another's answer and ends the first.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const read = (body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_江州市人民医院</title></head><body><h1>老人膝盖疼怎么办？</h1>${body}</body></html>`, { url: 'https://www.example-hospital.cn/qa/88.html' }))).find((e) => e.origin === 'page')!;

describe('a byline heading the answer', () => {
  it("starts the answer under it, the asker's words above it none of it", () => {
    expect(read(`<p>提问时间：2023-05-05</p><p>老人上下楼膝盖疼。</p><p>回复者：李明</p><p>回复时间：2023-05-06</p>${ps(A)}`).answer_paragraphs).toEqual(A);
  });

  it("ends the answer at a later one, another's answer under it", () => {
    expect(read(`<p>提问时间：2023-05-05</p><p>回复者：李明</p><p>回复时间：2023-05-06</p>${ps(A)}<p>回复者：路人甲</p><p>多休息就好了，我也是这样过来的。</p>`).answer_paragraphs).toEqual(A);
  });
});
