import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isFieldsHeading } from '../src/extract/words/card-words.js';

/** A paper's column prints its doctor's box under a head (`本期医生`, `专栏医生`, `解答医生`), the name in letters with degrees after it. */

describe('a column’s doctor box', () => {
  it('takes its head for no name nor rank', () => {
    expect(isFieldsHeading('本期医生')).toBe(true);
    expect(isFieldsHeading('专栏医生')).toBe(true);
    expect(isFieldsHeading('王明医生')).toBe(false);
    expect(parseCardParts(['本期医生', 'Dr. Emily Zhao 赵文博', 'Registered TCM Practitioner', '唐人街仁和堂中医诊所 Ren He Tang Chinese Medicine Clinic'])).toMatchObject({ name: '赵文博', title: 'Registered TCM Practitioner', hospital: '唐人街仁和堂中医诊所' });
  });

  it('reads a name in letters with its degrees after a comma, no `Dr` before it', () => {
    expect(parseCardParts(['专栏医生', 'Sarah Zhang, MBBS, MRCGP', '全科医生', 'London Chinese GP Practice'])).toMatchObject({ name: 'Sarah Zhang', title: '全科医生' });
    expect(parseCardParts(['本期医生', 'Li Zihan, Docteur en médecine', '全科医生 Médecin généraliste', '巴黎十三区华人诊所'])).toMatchObject({ name: 'Li Zihan', title: '全科医生', hospital: '巴黎十三区华人诊所' });
  });
});
