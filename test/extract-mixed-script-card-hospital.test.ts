import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A card on a page in simplified script naming a hospital in traditional (`臺北市立某某醫院`, a Taiwanese doctor quoted on a
 * mainland site): its title reads as printed, and its hospital, read folded, is kept as printed too.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (card: string) => `<html lang="zh-CN"><head><meta charset="utf-8"><title>老人膝盖疼怎么办_健康问答</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><span>2023-05-06 10:12</span></div><div class="ans"><div class="card">${card}</div><div class="txt">${A.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a card naming a hospital in traditional script on a simplified page', () => {
  it('keeps the hospital, as printed', () => {
    expect(read(page('<b>李明</b> 骨科主治医生 <span>臺北市立某某醫院</span>')).doctor).toMatchObject({ name: '李明', title: '主治医生', hospital: '臺北市立某某醫院' });
  });
});
