import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A card's hospital with its campus glued on (`…医院东院区`), a department's sub-specialty or disease group after its 科
 * (`…科移植亚专业`, `…科心衰组`), a hospital's centre named by a field of medicine alone (`运动医学中心`): what the blind split
 * fresh-113 taught. The campus is part of the hospital as printed; the group and the centre are the department.
 */
describe('campuses, groups and field centres on a card', () => {
  it('keeps a campus glued to the hospital’s name', () => {
    expect(parseCardParts(['周立新', '主任医师', '神经内科', '江州市第一人民医院东湖院区'])).toMatchObject({ hospital: '江州市第一人民医院东湖院区', department: '神经内科' });
    expect(parseCardParts(['滨海大学附属医院南山院區 骨科 副主任医师 何文'])).toMatchObject({ hospital: '滨海大学附属医院南山院區' });
  });
  it('reads no ward as a campus', () => {
    expect(parseCardParts(['周立新', '主任医师', '江州市第一人民医院', '心内二病区'])).toMatchObject({ hospital: '江州市第一人民医院', department: '心内二病区' });
  });
  it('reads a department’s sub-specialty or group as the department', () => {
    expect(parseCardParts(['周立新', '主治医师', '肾内科透析亚专业', '江州市第一人民医院'])).toMatchObject({ department: '肾内科透析亚专业', hospital: '江州市第一人民医院' });
    expect(parseCardParts(['周立新', '副主任医师', '普通外科疝与腹壁组', '江州市第一人民医院'])).toMatchObject({ department: '普通外科疝与腹壁组', hospital: '江州市第一人民医院' });
  });
  it('reads a field’s centre beside the hospital as the department, before or after it', () => {
    expect(parseCardParts(['周立新', '主任医师', '运动医学中心', '江州市第一人民医院'])).toMatchObject({ department: '运动医学中心', hospital: '江州市第一人民医院' });
    expect(parseCardParts(['周立新', '主任医师', '江州市第一人民医院', '疼痛医学中心'])).toMatchObject({ department: '疼痛医学中心', hospital: '江州市第一人民医院' });
  });
});
