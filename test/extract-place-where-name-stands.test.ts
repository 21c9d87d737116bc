import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A card printing only the place its hospital is in where the name should be (`江州 主任医师 江州市人民医院`): no person named. */
describe('a place alone where a card’s name stands', () => {
  it('is no name', () => {
    expect(parseCardParts(['江州 主任医师 江州市人民医院 骨科'])).toMatchObject({ name: null, title: '主任医师', hospital: '江州市人民医院' });
    expect(parseCardParts(['浙江 副主任医师 浙江省人民医院']).name).toBeNull();
  });
  it('leaves a name beside it', () => {
    expect(parseCardParts(['李明 主任医师 江州市人民医院 骨科']).name).toBe('李明');
    expect(parseCardParts(['李明 主任医师 李明中医诊所']).name).toBe('李明');
  });
});
