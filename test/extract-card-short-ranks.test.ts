import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { TITLE_RE } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Titles as compact cards print them (fresh-113): the attending rank written short (`主治`), kept as printed; a short rank or a post
 * with the university's rank after it (`主任 教授`): the card's title the clinical one, the academic rank none.
 */
describe('short ranks and academic ranks beside them', () => {
  it('reads `主治` standing alone as the title', () => {
    expect(parseCardParts(['沈丽华', '主治', '眼科', '江州市第二人民医院'])).toMatchObject({ name: '沈丽华', title: '主治', department: '眼科' });
    expect(parseCardParts(['沈丽华 | 主治 | 眼科 | 江州市第二人民医院'])).toMatchObject({ title: '主治' });
  });
  it('reads no 主治 run into other words or as a label', () => {
    expect(TITLE_RE.test('【功能主治】清热解毒')).toBe(false);
    expect(TITLE_RE.test('主治：风热感冒')).toBe(false);
    expect(TITLE_RE.test('主治疗方案')).toBe(false);
  });
  it('keeps the post or short rank over the academic rank after it', () => {
    expect(parseCardParts(['沈丽华', '主任 教授', '眼科', '江州市第二人民医院'])).toMatchObject({ title: '主任' });
    expect(parseCardParts(['沈丽华', '副主任', '副教授', '眼科', '江州市第二人民医院'])).toMatchObject({ title: '副主任' });
  });
  it('still takes the clinical title over the academic rank before it', () => {
    expect(parseCardParts(['沈丽华', '教授', '主任医师', '江州市第二人民医院'])).toMatchObject({ title: '主任医师' });
  });
});


describe('a short rank that markup splits from the rest of its title', () => {
  const page = `<html><head><meta charset="utf-8"><title>头晕怎么办</title></head><body><h1>头晕怎么办？</h1>
<div class="d"><span>回答医生：沈丽华　主治</span><span style="color:#333">医师　神经内科　江州市第二人民医院</span></div>
<div class="a"><p>头晕的原因很多，建议先测血压。</p><p>症状持续要到神经内科就诊。</p></div></body></html>`;
  it('reads the whole title (`主治|医师` is 主治医师)', () => {
    expect(entriesOf(extractOrThrow(pageRecord(page))).find((e) => e.origin === 'page')!.doctor).toMatchObject({ name: '沈丽华', title: '主治医师' });
  });
});
