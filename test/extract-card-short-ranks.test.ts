import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { TITLE_RE } from '../src/extract/words/genre.js';

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
