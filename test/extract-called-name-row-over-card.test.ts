import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (row: string) =>
  `<html><head><meta charset="utf-8"><title>膝盖疼_问答</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1></div><div class="wrap">` +
  `<div class="ask">${row}</div><div class="v"><span>主治医师</span><span>江州市人民医院</span><span>骨科</span></div>${A.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a row naming someone by their calling and a bare relative day (李明医生 3天前) over a nameless card', () => {
  it('names the doctor: an asker is called by no calling', () => {
    expect(pageEntry(page('<b>李明医生</b> <i>3天前</i>')).doctor.name).toBe('李明');
  });
  it('still names no one from a bare name and day (江州网友 3天前)', () => {
    expect(pageEntry(page('<b>江州网友</b> <i>3天前</i>')).doctor.name).toBeNull();
  });
});
