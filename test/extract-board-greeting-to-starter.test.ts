import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { greetsThreadStarter } from '../src/extract/words/reply-form.js';

/** A board's reply opening with a greeting to whoever started the thread, alone on its line (`PO主你好：`, `楼主您好！`): the board's form, none of the answer. */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const forum = (first: string) => `<html><head><meta charset="utf-8"><title>Re: 老人膝盖疼怎么办 - 健康论坛</title></head><body><h1>Re: 老人膝盖疼怎么办</h1>
<div class="post"><div class="author">momo妈咪</div><div class="t_f"><p>家里老人最近上下楼膝盖疼。</p></div></div>
<div class="post"><div class="author">李明医生</div><p>江州市人民医院 骨科 主治医师</p><div class="t_f">${[first, ...A].map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
const answerOf = (first: string) => entriesOf(extractOrThrow(pageRecord(forum(first), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a greeting to the thread’s starter opening a board’s reply', () => {
  it('is none of the answer', () => {
    for (const greeting of ['PO主你好：', '楼主您好！', '樓主你好：', '原PO您好：']) {
      const e = answerOf(greeting);
      expect(e.answer_paragraphs).toEqual(A);
      expect(e.flags).not.toContain('unsure_reading');
    }
  });
  it('is told from a sentence about the starter', () => {
    expect(greetsThreadStarter('PO主你好：')).toBe(true);
    expect(greetsThreadStarter('楼主，你好')).toBe(true);
    expect(greetsThreadStarter('原PO说的情况很常见。')).toBe(false);
    expect(greetsThreadStarter('您好：')).toBe(false);
    expect(answerOf('楼主说的情况很常见。').answer_paragraphs[0]).toBe('楼主说的情况很常见。');
  });
});
