import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { hasDoctorTitle, isDepartment } from '../src/extract/words/genre.js';

/** Cards of doctors practising abroad: the practice's calling read whole, its licence and contact lines none of the card's fields. */

describe('a practice’s calling', () => {
  it('is read whole, its specialty part of it, not a department and a shorter title', () => {
    expect(parseCardParts(['Dr Liu Simin', '职务：内科专科医生 Internist', '诊所：约克内科专科诊所'])).toMatchObject({ name: 'Liu Simin', title: '内科专科医生', department: null, hospital: '约克内科专科诊所' });
    expect(parseCardParts(['周思敏', '注册中医师', '仁心中医针灸诊所']).title).toBe('注册中医师');
    expect(parseCardParts(['王明', '全科医生 GP', '宝活医疗中心']).title).toBe('全科医生');
  });

  it('drops the place of practice before 执业 (the page’s traditional characters are read folded, test/extract-letter-column)', () => {
    expect(parseCardParts(['刘嘉怡', '纽约执业牙医师'])).toMatchObject({ name: '刘嘉怡', title: '牙医师' });
    expect(parseCardParts(['陈雅琪', '旧金山湾区执业家庭医师'])).toMatchObject({ name: '陈雅琪', title: '家庭医师', department: null });
    expect(parseCardParts(['刘明', '内科医师']).title).toBe('内科医师');
  });

  it('leaves a department run into a clinical title, and a family doctors’ studio, as they were', () => {
    expect(parseCardParts(['王芳', '心内科医师', '江州市人民医院'])).toMatchObject({ department: '心内科', title: '医师' });
    expect(isDepartment('家庭医生工作室')).toBe(true);
    expect(hasDoctorTitle('家庭医生工作室')).toBe(false);
  });
});

describe('a practice’s labelled card', () => {
  it('takes no name from the languages spoken, no hospital from the street, and the clinic under 诊所', () => {
    const doctor = parseCardParts(['姓名：Dr Liu Simin', '资格：MD, FRCPC', '职务：内科专科医生 Internist', '诊所：约克内科专科诊所', '专科：内科 Internal Medicine', '地址：2851 John St, Markham, ON', '电话：416 559-8754', '语言：国语、粤语、English']);
    expect(doctor).toMatchObject({ name: 'Liu Simin', title: '内科专科医生', department: '内科', hospital: '约克内科专科诊所' });
  });

  it('reads the Chinese name with its calling under 姓名 where an English one follows', () => {
    expect(parseCardParts(['姓名：陈思敏医生 Dr Annie Chen', '职务：注册中医师', '诊所：仁心中医针灸诊所']).name).toBe('陈思敏');
  });
});
