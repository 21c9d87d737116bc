import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (row: string, verified: string) =>
  `<html><head><meta charset="utf-8"><title>膝盖疼_问答</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1></div><div class="wrap">` +
  `<div class="ask">${row}</div><div class="v">${verified}</div>${A.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a name and a bare relative day (江州网友 3天前) over a verification line naming no one', () => {
  for (const verified of ['<span>主治医师</span><span>江州市人民医院</span><span>骨科</span>', '<span>已认证</span> <span>主治医师｜江州市人民医院｜骨科</span>'])
    it(`names no doctor (the asker's row as often) and keeps the card's lines out of the answer: ${verified.replace(/<[^>]+>/gu, ' ').trim()}`, () => {
      const e = pageEntry(page('<b>江州网友</b> <i>3天前</i>', verified));
      expect(e.doctor.name).toBeNull();
      expect(e.flags).toContain('no_doctor');
      expect(e.answer_paragraphs).toEqual(A);
    });
  it('still reads the name of a row stamped with a verb of answering (小花 回答于 3天前)', () => {
    expect(pageEntry(page('<b>小花</b> <i>回答于 3天前</i>', '<span>主治医师</span><span>江州市人民医院</span><span>骨科</span>')).doctor.name).toBe('小花');
  });
});
