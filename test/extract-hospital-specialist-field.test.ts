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
