import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A whole hospital's name with a centre of a field run on after it (`…医院疼痛诊疗中心`): the centre is the unit, the hospital
 * the name before it; a numbered or national centre stays part of the name. A 科 right before 医院 is a specialist hospital's
 * own name (`某某口腔科医院`), no department run into a hospital.
 */
describe('a hospital with its centre run on', () => {
  it('parts a field’s centre from the hospital', () => {
    expect(parseCardParts(['江州市第一人民医院疼痛诊疗中心 副主任医师 尹海波'])).toMatchObject({ name: '尹海波', hospital: '江州市第一人民医院', department: '疼痛诊疗中心' });
    expect(parseCardParts(['滨海大学附属医院老年医学中心'])).toMatchObject({ hospital: '滨海大学附属医院', department: '老年医学中心' });
  });
  it('keeps a numbered centre in the name', () => {
    expect(parseCardParts(['江州军区总医院第三医学中心'])).toMatchObject({ hospital: '江州军区总医院第三医学中心', department: null });
  });
  it('reads a specialist hospital named by its 科 whole', () => {
    expect(parseCardParts(['滨海市精神科医院儿童心理研究中心'])).toMatchObject({ hospital: '滨海市精神科医院', department: '儿童心理研究中心' });
    expect(parseCardParts(['骨科滨海市人民医院'])).toMatchObject({ hospital: '滨海市人民医院', department: '骨科' });
  });
});
