import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's specialist with the field run into the calling (`耳鼻喉科专科医生　仰光总医院`) on a Chinese paper abroad declaring
 * its language's region (`zh-CN`): title 专科医生, the field the department (fresh-81's convention). A practice's calling beside a
 * clinic (`内科专科医生`, fresh-69's PRACTICE_TITLES) stays whole, as every card does on a page declaring no region (reader81a's
 * guard). Before, the hospital's specialist was read whole too, silently.
 */
const page = (card: string, lang = 'zh-CN') =>
  `<html lang="${lang}"><head><meta charset="utf-8"><title>宝宝耳朵痛怎么办？</title></head><body><article><h1>宝宝耳朵痛怎么办？</h1>` +
  `<p>${card}</p><p>宝宝耳朵痛多数与中耳炎有关，注意休息、多喝温水，不缓解要及时到医院就诊。</p></article></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a specialist’s field at a hospital', () => {
  it('parts the field from 专科医生 beside a hospital', () => {
    expect(doctorOf(page('解答医生：王明（Dr. U Kyaw Win）　耳鼻喉科专科医生　仰光总医院'))).toMatchObject({ name: '王明', title: '专科医生', department: '耳鼻喉科', hospital: '仰光总医院' });
  });
  it('keeps a practice’s calling whole beside a clinic', () => {
    expect(doctorOf(page('解答医生：王明　内科专科医生　约克内科专科诊所'))).toMatchObject({ title: '内科专科医生', department: null });
  });
  it('keeps the calling whole on a page declaring no region', () => {
    expect(doctorOf(page('解答医生：王明　耳鼻喉科专科医生　仰光总医院', 'zh'))).toMatchObject({ title: '耳鼻喉科专科医生', department: null });
  });
});

/**
 * A hospital's own 健康问答 card with the department and 医师 run together (`专家：{name}，儿科医师`), the hospital the site's, the
 * info line's source the office editing its posts (`来源：健康教育科`): title 医师, department 儿科 (fresh-100's convention, as
 * 心内科医师 is 心内科's 医师). Before, 儿科医师 was read whole and the editing office taken for the department, silently.
 */
const hospitalQa = (card: string) =>
  `<html lang="zh-CN"><head><meta charset="utf-8"><title>拉肚子是怎么回事-健康问答-江州市人民医院</title></head><body>` +
  `<div class="top"><img src="/logo.png" alt="江州市人民医院"></div><div class="zw"><h1>拉肚子是怎么回事</h1>` +
  `<div class="sj">发布时间：2022-09-29　浏览：4571次　来源：健康教育科</div><p>${card}</p>` +
  `<div class="nr"><p>拉肚子多数与饮食不洁有关，注意休息、多喝温水，不缓解要及时到医院就诊。</p><p>平时要注意饮食卫生。</p></div></div>` +
  `<div class="foot">江州市人民医院 版权所有 地址：江州市赛罕区昭乌达路20号</div></body></html>`;

describe('a field’s 医师 on a hospital’s card', () => {
  it('parts the field from 医师 where the hospital is the site’s, and takes no editing office for the department', () => {
    expect(doctorOf(hospitalQa('专家：熊雪静，儿科医师'))).toMatchObject({ name: '熊雪静', title: '医师', department: '儿科', hospital: '江州市人民医院' });
    expect(doctorOf(hospitalQa('专家：熊雪静，皮肤科副主任医师'))).toMatchObject({ title: '副主任医师', department: '皮肤科' });
    expect(doctorOf(hospitalQa('专家：熊雪静，副主任医师'))).toMatchObject({ title: '副主任医师', department: null });
  });
  it('parts them on a hospital’s page declaring no region too (an e-newsletter’s `<html>` with no lang)', () => {
    expect(doctorOf(hospitalQa('专家：熊雪静，儿科医师').replace(' lang="zh-CN"', ''))).toMatchObject({ title: '医师', department: '儿科', hospital: '江州市人民医院' });
  });
  it('keeps a practice’s 内科医师 whole beside a clinic', () => {
    expect(doctorOf(page('解答医生：王明　内科医师　华埠内科诊所'))).toMatchObject({ title: '内科医师', department: null });
  });
});
