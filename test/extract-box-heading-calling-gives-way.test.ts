import { describe, expect, it } from 'vitest';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';

/**
 * A side box headed by the site's word for whom to consult (`諮詢醫師`) over labelled rows: the bare 醫師 of the heading gives way
 * to the rank the 職稱 row prints, a pharmacist's or a nurse's too (`主管藥師`, `護理師`), as it does to a doctor's (`主治醫師`).
 */
describe('a bare 醫師 in a box heading over a labelled 職稱', () => {
  it('gives way to a pharmacist’s or a nurse’s rank standing alone', () => {
    expect(parseDoctorCard('諮詢醫師 曹英 職稱：主管藥師 服務單位：桃園博愛醫院 科別：家庭醫學科').title).toBe('主管藥師');
    expect(parseDoctorCard('咨询医师 王芳 职称：主管护师 工作单位：江州市人民医院 科室：护理部').title).toBe('主管护师');
  });

  it('as to a doctor’s rank; a 醫師 row keeps 醫師', () => {
    expect(parseDoctorCard('諮詢醫師 曹英 職稱：主治醫師 服務單位：桃園博愛醫院 科別：家庭醫學科').title).toBe('主治醫師');
    expect(parseDoctorCard('諮詢醫師 曹英 職稱：醫師 服務單位：桃園博愛醫院 科別：家庭醫學科').title).toBe('醫師');
  });
});
