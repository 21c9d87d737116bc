import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Uyghur, Kazakh or foreign name as Chinese writes it: its given name and its father's name (or surname) apart by an
 * interpunct (`阿依古丽·买合木提`, `艾尔肯•吐尔逊`, `古丽娜尔‧阿不都拉`). The dot between two runs of Han is of the name,
 * no separator between a card's fields.
 */
describe('a name with an interpunct between two Han runs', () => {
  it('is one name, as printed', () => {
    expect(parseCardParts(['专家：阿依古丽·买合木提　新疆医科大学第一附属医院皮肤科　主任医师'])).toMatchObject({
      name: '阿依古丽·买合木提',
      title: '主任医师',
      department: '皮肤科',
    });
    expect(parseCardParts(['专家：艾尔肯•吐尔逊　心内科　副主任医师']).name).toBe('艾尔肯•吐尔逊');
    expect(parseCardParts(['古丽娜尔‧阿不都拉', '主治医师', '儿科']).name).toBe('古丽娜尔‧阿不都拉');
  });
  it('still parts fields a dot stands between', () => {
    expect(parseCardParts(['王建国·主任医师·心内科'])).toMatchObject({ name: '王建国', title: '主任医师', department: '心内科' });
    expect(parseCardParts(['王建国 主任医师 · 心内科 · 江州市人民医院'])).toMatchObject({ name: '王建国', department: '心内科', hospital: '江州市人民医院' });
    expect(parseCardParts(['心内科·王建国', '主任医师'])).toMatchObject({ name: '王建国', department: '心内科' });
  });
});

describe('a hospital page whose doctor has a Uyghur name', () => {
  const page = `<html><head><meta charset="utf-8"><title>湿疹反复发作怎么办-健康科普-江州医科大学第一附属医院</title></head><body>
<h1>湿疹反复发作怎么办</h1><div class="info">发布时间：2023-05-06</div>
<div class="expert"><p>专家：阿依古丽·买合木提　皮肤科　主任医师</p></div>
<p>湿疹反复发作，多与皮肤屏障受损有关，平时要做好保湿，避免热水烫洗和搔抓。</p>
<p>急性期可以在医生指导下外用激素药膏，症状控制后逐渐减量，不要自行停药。</p></body></html>`;
  it('reads the whole name and does not doubt it for want of a surname', () => {
    const entry = entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
    expect(entry.doctor.name).toBe('阿依古丽·买合木提');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
