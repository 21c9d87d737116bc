import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A column's profile line gives the doctor's unit in the clause after the title (`专家简介：李明，主任医师，江州市人民医院骨科。`);
 * a clause saying where the doctor once studied (`曾在北京协和医院进修`) names no unit of theirs.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (bio: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼痛怎么办 – 某某日报</title></head><body><article><header><h1>老人膝盖疼痛怎么办</h1><div><time>2022年3月12日</time></div></header>` +
  `<div class="entry"><p>问：老人膝盖疼怎么办？</p><p>答：</p>${A.map((p) => `<p>${p}</p>`).join('')}<p>专家简介：${bio}</p></div></article></body></html>`;
const doctor = (bio: string) => entriesOf(extractOrThrow(pageRecord(page(bio), { url: 'https://www.example-daily.com/health/88.html' }))).find((e) => e.origin === 'page')!.doctor;

describe("a column's profile line", () => {
  it('gives the unit the clause after the title names', () => {
    expect(doctor('李明，主任医师，江州市人民医院骨科。擅长关节疾病。')).toMatchObject({ name: '李明', title: '主任医师', hospital: '江州市人民医院', department: '骨科' });
  });

  it('gives no unit from a clause saying where the doctor once studied', () => {
    expect(doctor('李明，主任医师，曾在北京协和医院进修。擅长关节疾病。')).toMatchObject({ name: '李明', title: '主任医师', hospital: null });
    expect(doctor('李明，主任医师，曾在北京协和医院。擅长关节疾病。')).toMatchObject({ name: '李明', title: '主任医师', hospital: null });
  });
});
