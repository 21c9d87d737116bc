import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A 讲师 is a title (a Japanese hospital's 讲师, a university's); a 讲师团 (a city's health lecturers' group) is no one's title. */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (line: string) => `<html><head><meta charset="utf-8"><title>老人膝盖疼痛怎么办 – 某某日报</title></head><body><article><header><h1>老人膝盖疼痛怎么办</h1><div><time>2022年3月12日</time></div></header><div class="entry"><p>${line}</p><p>读者问：家里老人最近上下楼梯膝盖疼，老人膝盖疼痛怎么办</p>${A.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a lecturers’ group', () => {
  it('gives no title 讲师', () => {
    expect(read(page('江州市健康讲师团成员 王刚')).doctor.title).not.toBe('讲师');
  });
});
