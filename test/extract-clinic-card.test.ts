import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { cardShapeDoubts } from '../src/extract/card/doctor-card.js';

/** Cards of private and cross-border clinics: a check-up centre is a department, a partner-hospital tag no hospital, their ranks titles. */

describe('a clinic’s card', () => {
  it('reads a check-up centre with no name of its own as the department of the hospital the card names', () => {
    expect(parseCardParts(['崔允贞 / Dr. Choi Yoon-jung', '院长|健康检查中心', '首尔清潭皮肤科诊所'])).toMatchObject({ department: '健康检查中心', hospital: '首尔清潭皮肤科诊所' });
    // One with a name before it is a hospital.
    expect(parseCardParts(['李秀贤', '院长', '首尔江南圣心体检中心'])).toMatchObject({ hospital: '首尔江南圣心体检中心' });
  });

  it('doubts a partner-hospital tag read as the hospital', () => {
    const doctor = parseCardParts(['金志勋', '代表院长', '韩国合作医院']);
    expect(doctor.title).toBe('代表院长');
    expect(cardShapeDoubts(doctor).some((d) => d.includes('hospital'))).toBe(true);
  });

  it('reads the ranks private and Japanese clinics print as titles, as printed', () => {
    expect(parseCardParts(['田中浩二', '医长|循环内科', '东京丸之内消化内科诊所']).title).toBe('医长');
    expect(parseCardParts(['赵晓东', '科室主任 · 营养科', '天津和康国际诊所']).title).toBe('科室主任');
    // 专科医院 is a hospital, not the rank 专科医 and a 院.
    expect(parseCardParts(['王芳', '主治医师', '江州市口腔专科医院']).title).toBe('主治医师');
  });
});
