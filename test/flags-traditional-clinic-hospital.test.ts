import { describe, expect, it } from 'vitest';
import { ownDoubts } from '../src/flags/consistency.js';
import type { Doctor } from '../src/schema/entry.js';

/** A clinic named in traditional characters (Hong Kong's `…專科診所`, `…醫務所`) is a workplace as its simplified name is: no doubt. */
const shapeOf = (hospital: string, department = '兒科') => {
  const doctor: Doctor = { name: '林傑', title: '專科醫生', department, hospital, hospital_grade: null };
  return ownDoubts({ question: '小孩發燒反覆怎麼辦', answer_paragraphs: ['反覆發燒要先找原因，多數是病毒感染，注意補水休息。'], doctor, date: null, origin: 'page' }).doctor_shape;
};

describe('a clinic in traditional characters read as the hospital', () => {
  it('尖沙咀康泰專科診所 and 荃灣仁安醫務所 are workplaces, as 康泰专科诊所 is', () => {
    expect(shapeOf('康泰专科诊所')).toBeNull();
    expect(shapeOf('尖沙咀康泰專科診所')).toBeNull();
    expect(shapeOf('荃灣仁安醫務所')).toBeNull();
  });

  it('a 診所 read as the department is still doubted', () => {
    expect(shapeOf('尖沙咀康泰專科診所', '康泰專科診所')).not.toBeNull();
  });
});
