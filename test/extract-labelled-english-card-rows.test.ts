import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A guest doctor's box of labelled rows (`【嘉宾医生】` 姓名 / 资格 / 职务 / 诊所 …) whose rows print the English alone. */

describe('a labelled card row holding English alone', () => {
  it('reads the English clinic and rank whole under their labels, not parted at their spaces', () => {
    const rows = ['姓名：陈明 (Chen Ming), MD, CCFP', '资格：MD, CCFP', '职务：Family Physician', '诊所：North York Chinese Medical Centre', '地址：2851 John St, Markham, ON', '电话：647 468-9081'];
    expect(parseCardParts(rows)).toMatchObject({ name: '陈明', title: 'Family Physician', hospital: 'North York Chinese Medical Centre' });
  });

  it('keeps the Chinese where a row prints both', () => {
    expect(parseCardParts(['姓名：王晓东', '职务：内科专科医生 Internist', '诊所：约克内科专科诊所 York Internal Medicine Clinic'])).toMatchObject({ title: '内科专科医生', hospital: '约克内科专科诊所' });
  });

});
