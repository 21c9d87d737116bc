import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { cardShapeDoubts } from '../src/extract/card/doctor-card.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Cards of international hospitals and of Hong Kong's and Singapore's clinics, printed in English beside Chinese or alone. */

describe('a bilingual card', () => {
  it('reads the Chinese name and title where both are printed, and leaves post-nominals out', () => {
    expect(parseCardParts(['Dr Tan Wei Ming 陈伟明医生', 'Family Physician 家庭医生', 'MBBS (Singapore), MMed (Family Medicine), FCFP (S)', '诊所：康宁家庭诊所'])).toMatchObject({
      name: '陈伟明',
      title: '家庭医生',
      hospital: '康宁家庭诊所',
    });
    expect(parseCardParts(['徐子涵 Dr. Xu Zihan', 'MD, PhD', '顾问医生 · 老年医学科', '广州和康国际医院'])).toMatchObject({ name: '徐子涵', title: '顾问医生', department: '老年医学科' });
  });

  it('reads the English name, title and hospital as printed where no Chinese one is, without doubting them', () => {
    const doctor = parseCardParts(['Dr Tan Wei Ming', 'Senior Consultant', '诊所：康宁家庭诊所']);
    expect(doctor).toMatchObject({ name: 'Tan Wei Ming', title: 'Senior Consultant', hospital: '康宁家庭诊所' });
    expect(cardShapeDoubts(doctor)).toEqual([]);
    expect(parseCardParts(['赵晓东 Dr. Zhao Xiaodong', 'Specialist 专科医生 · 营养科', 'Hekang International Clinic Tianjin'])).toMatchObject({
      name: '赵晓东',
      title: '专科医生',
      hospital: 'Hekang International Clinic Tianjin',
    });
    expect(parseCardParts(['Dr. 王明', 'Consultant Physician · 内科', '北京和康国际医院'])).toMatchObject({ name: '王明', title: 'Consultant Physician', department: '内科' });
  });

  it('keeps a unit’s letters (NICU) as the department, and a label word closing a run of fields as the title', () => {
    expect(parseCardParts(['王芳', '主管护师', 'NICU', '江州市妇幼保健院']).department).toBe('NICU');
    expect(parseCardParts(['本文作者', '周文博 Dr. Vivian Zhou', 'MBBS', '睿正医疗深圳福田诊所 · 消化内科 · 主诊医生'])).toMatchObject({ name: '周文博', title: '主诊医生', department: '消化内科' });
  });

  it('reads a closing credit in brackets whose name in English closes it, the bracket the credit’s own', () => {
    expect(parseCardParts(['（資料提供：銅鑼灣安心專科中心兒科專科醫生 林傑醫生 Dr. LAM S K）'])).toMatchObject({
      name: '林傑',
      title: '專科醫生',
      department: '兒科',
      hospital: '銅鑼灣安心專科中心',
    });
    expect(parseCardParts(['陈伟明医生 (Dr Tan Wei Ming)', '家庭医生', '康宁家庭诊所'])).toMatchObject({ name: '陈伟明', title: '家庭医生', hospital: '康宁家庭诊所' });
  });

  it('finds a card whose rank is printed only in English, and reads the answer apart from it', () => {
    const q = '女性高血压和头晕有关系吗';
    const answer = ['头晕多数与高血压有关，注意休息、多喝温水，一般几天就能缓解。', '如果头晕持续或者加重，应尽快到心血管内科就诊。'];
    const body = `<h1>${q}</h1><p>请问需要做什么检查？</p><div class="card"><p>Dr. 刘子涵</p><p>MBBS, MRCP (UK)</p><p>Attending Physician · 心血管内科</p><p>广州和康国际医院</p></div><div class="answer">${answer.map((p) => `<p>${p}</p>`).join('')}</div><p>Answered on Jun 19, 2021</p>`;
    const page = entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${q}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
    expect(page.doctor).toMatchObject({ name: '刘子涵', title: 'Attending Physician', department: '心血管内科', hospital: '广州和康国际医院' });
    expect(page.answer_paragraphs).toEqual(answer);
    expect(page.date).toBe('2021-06-19');
  });
});
