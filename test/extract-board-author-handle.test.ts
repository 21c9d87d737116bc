import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAuthorHandleLine } from '../src/extract/words/furniture-lines.js';

/** A board's author line over the post: the label and the account's handle, its owner's name bracketed after on some (`作者 kneedoc (李明)`): none of the answer. */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (author: string) => `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办 - 健康论坛</title></head><body><h1>老人膝盖疼怎么办？</h1>
<div class="meta"><div>${author}</div><div><span>时间</span><span>2023-05-06 10:12</span></div></div>
<div class="content">${A.map((p) => `<p>${p}</p>`).join('')}<p>李明 江州市人民医院 骨科 主治医师</p></div></body></html>`;
const answerOf = (author: string) => entriesOf(extractOrThrow(pageRecord(page(author), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!.answer_paragraphs;

describe('a board’s author line with the account’s handle', () => {
  it('is none of the answer', () => {
    expect(answerOf('<span>作者</span><span>kneedoc (李明)</span>')).toEqual(A);
    expect(answerOf('<span>作者：</span><span>kneedoc</span>')).toEqual(A);
    expect(answerOf('<span>發文者</span> <span>bone_doc（李明）</span>')).toEqual(A);
  });
  it('is told from prose about an author', () => {
    expect(isAuthorHandleLine('作者kneedoc (李明)')).toBe(true);
    expect(isAuthorHandleLine('楼主：膝盖小王')).toBe(true);
    expect(isAuthorHandleLine('作者认为膝盖疼多与退变有关。')).toBe(false);
    expect(isAuthorHandleLine('作者认为')).toBe(false);
    expect(isAuthorHandleLine('作者：王芳 主任医师 江州市人民医院')).toBe(false);
    expect(isAuthorHandleLine('作者：王芳医生')).toBe(false);
  });
});
