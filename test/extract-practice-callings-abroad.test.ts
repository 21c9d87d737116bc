import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** The cards of practices abroad: their callings as printed, and a dental practice named as one. */

describe('a practice abroad’s card', () => {
  it('reads a calling printed in English alone as the title', () => {
    expect(parseCardParts(['张晓东医生 Dr. Zhang Xiaodong（R.TCM.P）', 'Registered TCM Practitioner', '仁心中医针灸诊所'])).toMatchObject({ name: '张晓东', title: 'Registered TCM Practitioner', hospital: '仁心中医针灸诊所' });
    expect(parseCardParts(['张思敏医生 Dr. Vivian Zhang（MD, FRCPC）', 'Internist', '约克内科专科诊所'])).toMatchObject({ name: '张思敏', title: 'Internist', department: null });
    expect(parseCardParts(['Dr. Lily Chen', 'Médecin généraliste', 'Cabinet Médical Belleville'])).toMatchObject({ name: 'Lily Chen', title: 'Médecin généraliste' });
  });

  it('reads 牙医 and 内科医生 whole, the Chinese beside the English', () => {
    expect(parseCardParts(['周嘉怡医生 Dr. Annie Zhou（DDS）', '牙医 Dentist', '丽晶牙科诊所'])).toMatchObject({ name: '周嘉怡', title: '牙医', department: null, hospital: '丽晶牙科诊所' });
    expect(parseCardParts(['周思敏医生', '华埠内科诊所', '内科医生'])).toMatchObject({ name: '周思敏', title: '内科医生', department: null, hospital: '华埠内科诊所' });
  });

  it('takes a dental practice named by its place and 家庭牙科 / 微笑牙科 as the clinic, no department', () => {
    expect(parseCardParts(['吴嘉怡医生 Dr. Vivian Wu（DDS）', 'Dentist', '太平洋家庭牙科'])).toMatchObject({ title: 'Dentist', department: null, hospital: '太平洋家庭牙科' });
    expect(parseCardParts(['王晓东医生', '宝活微笑牙科', '牙医'])).toMatchObject({ title: '牙医', department: null, hospital: '宝活微笑牙科' });
    // A hospital's own dental department stays one.
    expect(parseCardParts(['李明', '主治医师', '江州市人民医院', '儿童牙科'])).toMatchObject({ department: '儿童牙科', hospital: '江州市人民医院' });
  });
});
