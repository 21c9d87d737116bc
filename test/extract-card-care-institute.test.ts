import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A 保健所 a place names (`某市妇幼保健所`) is the doctor's workplace as a 保健院 is; bare, it names no hospital. */
describe('a placed 保健所 on a card', () => {
  it('reads it as the hospital', () => {
    expect(parseCardParts(['儿童保健科 祁晓梅 副主任医师 江州市妇幼保健所'])).toMatchObject({ name: '祁晓梅', department: '儿童保健科', hospital: '江州市妇幼保健所' });
    expect(parseCardParts(['祁晓梅', '主治医师', '滨海县儿童保健所'])).toMatchObject({ hospital: '滨海县儿童保健所' });
  });
  it('reads no hospital from a bare 保健所', () => {
    expect(parseCardParts(['祁晓梅 主治医师 妇幼保健所'])).toMatchObject({ hospital: null });
  });
});
