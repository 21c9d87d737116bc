import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A card abroad prints a field in the local Latin script and in Chinese, one bracketed after the other, on one line with the rest. */
describe('a Latin gloss or a Latin name beside its Chinese one on a one-line card', () => {
  it('drops a bracketed post-nominal before a space', () => {
    expect(parseCardParts(['李明医生（MBBS） 骨科专科医生 吉隆坡中央医院'])).toMatchObject({ name: '李明', title: '骨科专科医生', hospital: '吉隆坡中央医院' });
  });
  it('reads a hospital printed in Latin with its Chinese name bracketed after', () => {
    expect(parseCardParts(['李明 专科医生 Hospital Kuala Lumpur（吉隆坡中央医院） 骨科'])).toMatchObject({ name: '李明', hospital: '吉隆坡中央医院', department: '骨科' });
    expect(parseCardParts(['王芳 主治医师 Bệnh viện Chợ Rẫy (大水镬医院)'])).toMatchObject({ name: '王芳', hospital: '大水镬医院' });
  });
  it('keeps a bracket that names no hospital', () => {
    expect(parseCardParts(['李明 主治医师 MBBS（香港大学） 江州市人民医院']).hospital).toBe('江州市人民医院');
  });
});
