import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A phone-in's caller labelled as a listener with their name (`听众王先生：`, `听众张伟：`) or by address alone (`王先生：`): the caller's turns, the asking one and the one that
 * asks nothing (`谢谢医生。`), none of the answer.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (body: string) =>
  `<html><head><meta charset="utf-8"><title>健康热线_某某电台</title></head><body><h1>膝盖疼怎么办</h1><p>2023-05-06</p><p>嘉宾：江州市人民医院骨科主任医师 李明</p><p>主持人：我们接进一位听众的电话。</p>${body}</body></html>`;
const own = (body: string) => entriesOf(extractOrThrow(pageRecord(page(body), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a listener named by address calling in', () => {
  it('asks, and thanks: none of the answer', () => {
    expect(own(`<p>听众王先生：我母亲上下楼膝盖疼，该怎么办？</p><p>李明：${A[0]}</p><p>${A[1]}</p><p>${A[2]}</p><p>听众王先生：谢谢医生。</p>`).answer_paragraphs).toEqual(A);
    expect(own(`<p>听众王先生：谢谢医生。</p><p>听众王先生：我母亲上下楼膝盖疼，该怎么办？</p><p>李明：${A[0]}</p><p>${A[1]}</p><p>${A[2]}</p>`).answer_paragraphs).toEqual(A);
    expect(own(`<p>热线听众李女士：我母亲上下楼膝盖疼，该怎么办？</p><p>李明：${A[0]}</p><p>${A[1]}</p><p>${A[2]}</p>`).answer_paragraphs).toEqual(A);
    expect(own(`<p>听众张伟：我母亲上下楼膝盖疼，该怎么办？</p><p>李明：${A[0]}</p><p>${A[1]}</p><p>${A[2]}</p><p>听众张伟：谢谢医生。</p>`).answer_paragraphs).toEqual(A);
    expect(own(`<p>王先生：我母亲上下楼膝盖疼，该怎么办？</p><p>李明：${A[0]}</p><p>${A[1]}</p><p>${A[2]}</p><p>王先生：谢谢医生。</p>`).answer_paragraphs).toEqual(A);
  });
});
